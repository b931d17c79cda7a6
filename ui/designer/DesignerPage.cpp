#include "designer/DesignerPage.h"

#include "ProjectDocument.h"
#include "designer/DesignerScene.h"
#include "designer/DesignerView.h"
#include "designer/DiagramExporter.h"
#include "designer/GraphClipboard.h"
#include "designer/LayerPalette.h"
#include "designer/ModelSummaryView.h"
#include "designer/NodeItem.h"
#include "designer/ProblemsPanel.h"
#include "designer/PropertyEditor.h"
#include "graph/LayerRegistry.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QUndoStack>
#include <QVBoxLayout>

namespace netsmith::ui {

DesignerPage::DesignerPage(ProjectDocument* document, QWidget* parent)
    : QWidget(parent)
    , document_(document)
    , scene_(new DesignerScene(document, this))
    , view_(new DesignerView(scene_, this))
    , palette_(new LayerPalette)
    , properties_(new PropertyEditor(document))
    , problems_(new ProblemsPanel(document))
    , summary_(new ModelSummaryView(document))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view_);
    setFocusProxy(view_);

    connect(palette_, &LayerPalette::layerActivated, this, &DesignerPage::appendLayer);
    connect(view_, &DesignerView::layerDropped, this, [this](const QString& kind, const QPointF& pos) {
        if (const int id = document_->addNode(kind, pos)) {
            scene_->selectNodes({id});
            view_->setFocus();
        }
    });
    connect(scene_, &QGraphicsScene::selectionChanged, this, &DesignerPage::onSelectionChanged);
    connect(scene_, &DesignerScene::connectionRefused, this, &DesignerPage::statusMessage);
    connect(problems_, &ProblemsPanel::nodeActivated, this, &DesignerPage::showNode);
    connect(summary_, &ModelSummaryView::nodeActivated, this, &DesignerPage::showNode);
    connect(document_, &ProjectDocument::graphReset, this, [this] {
        pasteCount_ = 0;
        fitToView();
    });
}

int DesignerPage::appendLayer(const QString& kind)
{
    const QList<int> selected = scene_->selectedNodeIds();
    int after = selected.isEmpty() ? 0 : selected.last();
    if (after == 0) {
        // Nothing selected: continue the network at its end.
        const GraphAnalysis& analysis = document_->analysis();
        after = analysis.outputNode;
        if (after == 0 && !analysis.order.empty())
            after = analysis.order.back();
        if (after == 0 && !document_->graph().nodes().empty())
            after = document_->graph().nodes().back().id;
    }
    const int id = after ? document_->appendNode(kind, after) : document_->addNode(kind, QPointF(0, 0));
    if (id) {
        scene_->selectNodes({id});
        if (NodeItem* item = scene_->nodeItem(id))
            view_->ensureVisible(item, 40, 40);
    }
    return id;
}

void DesignerPage::deleteSelection()
{
    const QList<int> nodes = scene_->selectedNodeIds();
    QList<GraphEdge> edges;
    for (const GraphEdge& e : scene_->selectedEdges())
        if (!nodes.contains(e.fromNode) && !nodes.contains(e.toNode))
            edges << e;
    if (nodes.isEmpty() && edges.isEmpty())
        return;
    QUndoStack* stack = document_->undoStack();
    const bool macro = !edges.isEmpty() && (!nodes.isEmpty() || edges.size() > 1);
    if (macro)
        stack->beginMacro(tr("Delete selection"));
    for (const GraphEdge& e : edges)
        document_->disconnectEdge(e);
    if (!nodes.isEmpty())
        document_->deleteNodes(nodes);
    if (macro)
        stack->endMacro();
}

void DesignerPage::copySelection()
{
    const QList<int> ids = scene_->selectedNodeIds();
    if (ids.isEmpty())
        return;
    QApplication::clipboard()->setMimeData(GraphClipboard::toMimeData(GraphClipboard::fragment(document_->graph(), ids)));
    pasteCount_ = 0;
    Q_EMIT statusMessage(tr("Copied %n layers.", nullptr, int(ids.size())));
}

void DesignerPage::cutSelection()
{
    copySelection();
    const QList<int> ids = scene_->selectedNodeIds();
    if (ids.isEmpty())
        return;
    document_->undoStack()->beginMacro(tr("Cut %n layers", nullptr, int(ids.size())));
    document_->deleteNodes(ids);
    document_->undoStack()->endMacro();
}

void DesignerPage::paste()
{
    ModelGraph fragment;
    if (!GraphClipboard::fromMimeData(QApplication::clipboard()->mimeData(), &fragment)) {
        Q_EMIT statusMessage(tr("The clipboard holds no layers."));
        return;
    }
    ++pasteCount_;
    const QList<int> ids = document_->pasteFragment(fragment, QPointF(40, 40) * pasteCount_);
    scene_->selectNodes(ids);
}

void DesignerPage::duplicateSelection()
{
    const QList<int> ids = scene_->selectedNodeIds();
    if (ids.isEmpty())
        return;
    const QList<int> copies =
        document_->pasteFragment(GraphClipboard::fragment(document_->graph(), ids), QPointF(40, 40));
    scene_->selectNodes(copies);
}

void DesignerPage::selectAll()
{
    for (QGraphicsItem* item : scene_->items())
        if (item->flags() & QGraphicsItem::ItemIsSelectable)
            item->setSelected(true);
}

void DesignerPage::connectSelection()
{
    QList<int> ids = scene_->selectedNodeIds();
    if (ids.size() != 2) {
        Q_EMIT statusMessage(tr("Select exactly two layers to connect them."));
        return;
    }
    const GraphNode* a = document_->graph().node(ids[0]);
    const GraphNode* b = document_->graph().node(ids[1]);
    if (a->pos.y() > b->pos.y())
        std::swap(a, b);
    GraphEdge edge{a->id, 0, b->id, 0};
    if (const LayerKind* kind = LayerRegistry::instance().find(b->kind); kind && kind->acceptsManyInputs())
        edge.toPort = document_->graph().nextFreeInputPort(b->id);
    const QString problem = document_->connectPorts(edge);
    if (!problem.isEmpty())
        Q_EMIT statusMessage(problem);
}

void DesignerPage::arrange()
{
    document_->autoLayout();
    fitToView();
}

void DesignerPage::zoomIn()
{
    view_->zoomBy(1.25);
}

void DesignerPage::zoomOut()
{
    view_->zoomBy(1 / 1.25);
}

void DesignerPage::fitToView()
{
    view_->fitToContents();
}

bool DesignerPage::exportDiagram(const QString& path, QString* error)
{
    return DiagramExporter::exportTo(scene_, path, error);
}

void DesignerPage::showNode(int nodeId)
{
    if (NodeItem* item = scene_->nodeItem(nodeId)) {
        scene_->selectNodes({nodeId});
        view_->centerOn(item);
    }
}

void DesignerPage::onSelectionChanged()
{
    const QList<int> ids = scene_->selectedNodeIds();
    properties_->setNode(ids.size() == 1 ? ids.first() : 0);
}

} // namespace netsmith::ui
