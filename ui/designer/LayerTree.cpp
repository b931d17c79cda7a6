#include "designer/LayerTree.h"

#include "designer/DesignerView.h"

#include <QMimeData>

namespace netsmith::ui {

LayerTree::LayerTree(QWidget* parent)
    : QTreeWidget(parent)
{
    setHeaderHidden(true);
    setDragEnabled(true);
    setDragDropMode(DragOnly);
    setRootIsDecorated(true);
}

QStringList LayerTree::mimeTypes() const
{
    return {DesignerView::layerMimeType()};
}

QMimeData* LayerTree::mimeData(const QList<QTreeWidgetItem*>& items) const
{
    if (items.isEmpty() || items.first()->data(0, KindRole).toString().isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(DesignerView::layerMimeType(), items.first()->data(0, KindRole).toString().toUtf8());
    return data;
}

} // namespace netsmith::ui
