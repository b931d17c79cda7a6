#pragma once
// LayerTree: the palette's tree of layer kinds by category. Dragging an entry carries the
// kind id (DesignerView::layerMimeType()) to the canvas.
#include <QTreeWidget>

namespace netsmith::ui {

class LayerTree : public QTreeWidget
{
    Q_OBJECT
public:
    static constexpr int KindRole = Qt::UserRole + 1;

    explicit LayerTree(QWidget* parent = nullptr);

protected:
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QList<QTreeWidgetItem*>& items) const override;
};

} // namespace netsmith::ui
