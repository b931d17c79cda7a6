#include "designer/DiagramExporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace netsmith::ui {

bool DiagramExporter::exportTo(QGraphicsScene* scene, const QString& path, QString* error)
{
    const QString shown = QDir::toNativeSeparators(path);
    QRectF source = scene->itemsBoundingRect().adjusted(-20, -20, 20, 20);
    if (source.isEmpty()) {
        *error = QCoreApplication::translate("DiagramExporter", "%1: the diagram is empty").arg(shown);
        return false;
    }
    // Export what the model is, not what happens to be selected.
    const QList<QGraphicsItem*> selected = scene->selectedItems();
    scene->clearSelection();
    const QString suffix = QFileInfo(path).suffix().toLower();
    bool ok = false;
    if (suffix == QLatin1String("svg")) {
        QSaveFile file(path);
        if (file.open(QIODevice::WriteOnly)) {
            QSvgGenerator svg;
            svg.setOutputDevice(&file);
            svg.setSize(source.size().toSize());
            svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
            svg.setTitle(QStringLiteral("Netsmith model"));
            QPainter painter(&svg);
            scene->render(&painter, QRectF(QPointF(0, 0), source.size()), source);
            painter.end();
            ok = file.commit();
        }
        if (!ok)
            *error = QCoreApplication::translate("DiagramExporter", "%1: cannot be written (%2)")
                         .arg(shown, file.errorString());
    } else {
        QImage image((source.size() * 2).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        scene->render(&painter, QRectF(QPointF(0, 0), image.size()), source);
        painter.end();
        QSaveFile file(path);
        ok = file.open(QIODevice::WriteOnly) && image.save(&file, "PNG") && file.commit();
        if (!ok)
            *error = QCoreApplication::translate("DiagramExporter", "%1: cannot be written (%2)")
                         .arg(shown, file.errorString());
    }
    for (QGraphicsItem* item : selected)
        item->setSelected(true);
    return ok;
}

} // namespace netsmith::ui
