#include "designer/DesignerPage.h"

#include "Icons.h"
#include "ProjectDocument.h"
#include "designer/DesignerScene.h"
#include "designer/DesignerView.h"
#include "designer/DiagramExporter.h"
#include "designer/GraphClipboard.h"
#include "designer/LayerPalette.h"
#include "designer/LayerTree.h"
#include "designer/ModelSummaryView.h"
#include "designer/NodeItem.h"
#include "designer/ProblemsPanel.h"
#include "designer/PropertyEditor.h"
#include "graph/LayerRegistry.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QEvent>
#include <QMimeData>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>
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
    // Its dock first shows after the window laid out (the window opens on the start page),
    // and would come squeezed to the narrowest it may be: that must still read the kinds.
    palette_->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 26);

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

    createActions();
    createToolBar();
    createDocks();
    retranslateUi();
}

QAction* DesignerPage::separator()
{
    auto* s = new QAction(this);
    s->setSeparator(true);
    return s;
}

void DesignerPage::createActions()
{
    const auto make = [this](const QString& name, void (DesignerPage::*slot)(), const QList<QKeySequence>& keys) {
        auto* a = new QAction(this);
        a->setObjectName(name); // for saved toolbar layouts and debugging; code uses the members
        a->setShortcuts(keys);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    const auto keys = [](QKeySequence::StandardKey key) { return QKeySequence::keyBindings(key); };
    actions_.cut = make(QStringLiteral("cut"), &DesignerPage::cutSelection, keys(QKeySequence::Cut));
    actions_.copy = make(QStringLiteral("copy"), &DesignerPage::copySelection, keys(QKeySequence::Copy));
    actions_.paste = make(QStringLiteral("paste"), &DesignerPage::paste, keys(QKeySequence::Paste));
    actions_.duplicate =
        make(QStringLiteral("duplicate"), &DesignerPage::duplicateSelection, {QKeySequence(Qt::CTRL | Qt::Key_D)});
    actions_.deleteSelection = make(QStringLiteral("delete"), &DesignerPage::deleteSelection,
                                    keys(QKeySequence::Delete) << QKeySequence(Qt::Key_Backspace));
    actions_.selectAll = make(QStringLiteral("selectAll"), &DesignerPage::selectAll, keys(QKeySequence::SelectAll));
    actions_.connectLayers =
        make(QStringLiteral("connect"), &DesignerPage::connectSelection, {QKeySequence(Qt::CTRL | Qt::Key_L)});
    actions_.arrange =
        make(QStringLiteral("arrange"), &DesignerPage::arrange, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)});
    actions_.arrangeLeftToRight = make(QStringLiteral("arrangeLeftToRight"), &DesignerPage::arrangeLeftToRight,
                                       {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L)});
    actions_.zoomIn = make(QStringLiteral("zoomIn"), &DesignerPage::zoomIn, keys(QKeySequence::ZoomIn));
    actions_.zoomOut = make(QStringLiteral("zoomOut"), &DesignerPage::zoomOut, keys(QKeySequence::ZoomOut));
    actions_.fit = make(QStringLiteral("fit"), &DesignerPage::fitToView, {QKeySequence(Qt::CTRL | Qt::Key_0)});
    actions_.focusPalette = new QAction(this);
    actions_.focusPalette->setIcon(Icons::bundled("palette"));
    actions_.focusPalette->setObjectName(QStringLiteral("focusPalette"));
    actions_.focusPalette->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(actions_.focusPalette, &QAction::triggered, this, [this] {
        paletteDock_->show();
        paletteDock_->raise();
        palette_->setFocus();
    });

    actions_.cut->setIcon(Icons::themed("edit-cut"));
    actions_.copy->setIcon(Icons::themed("edit-copy"));
    actions_.paste->setIcon(Icons::themed("edit-paste"));
    actions_.duplicate->setIcon(Icons::bundled("edit-duplicate"));
    actions_.deleteSelection->setIcon(Icons::themed("edit-delete"));
    actions_.selectAll->setIcon(Icons::themed("edit-select-all"));
    actions_.connectLayers->setIcon(Icons::bundled("connect-layers"));
    actions_.arrange->setIcon(Icons::bundled("arrange-layers"));
    actions_.arrangeLeftToRight->setIcon(Icons::bundled("arrange-left-to-right"));
    actions_.zoomIn->setIcon(Icons::themed("zoom-in"));
    actions_.zoomOut->setIcon(Icons::themed("zoom-out"));
    actions_.fit->setIcon(Icons::themed("zoom-fit-best"));

    editSeparator_ = separator();
    viewSeparator_ = separator();

    // Right-click on the canvas offers the editing commands that apply there.
    view_->addActions({actions_.cut, actions_.copy, actions_.paste, actions_.duplicate, actions_.deleteSelection,
                       actions_.connectLayers, actions_.arrange, actions_.arrangeLeftToRight, actions_.fit});
    view_->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void DesignerPage::createToolBar()
{
    toolBar_ = new QToolBar(this);
    toolBar_->setObjectName(QStringLiteral("designerToolBar"));
    // Icon and text, or icons only: the window's View > Icons Only decides for every toolbar.
    toolBar_->addActions({actions_.deleteSelection, actions_.arrange, actions_.arrangeLeftToRight});
    toolBar_->addSeparator();
    toolBar_->addActions({actions_.zoomIn, actions_.zoomOut, actions_.fit});
}

void DesignerPage::createDocks()
{
    const auto dock = [this](QWidget* content, const char* objectName) {
        auto* d = new QDockWidget(this);
        d->setObjectName(QString::fromLatin1(objectName)); // the key of the saved window layout
        d->setWidget(content);
        return d;
    };
    paletteDock_ = dock(palette_, "paletteDock");
    propertiesDock_ = dock(properties_, "propertiesDock");
    problemsDock_ = dock(problems_, "problemsDock");
    summaryDock_ = dock(summary_, "summaryDock");
    historyView_ = new QUndoView(document_->undoStack());
    historyDock_ = dock(historyView_, "historyDock");
}

QList<QDockWidget*> DesignerPage::dockWidgets() const
{
    return {paletteDock_, propertiesDock_, problemsDock_, summaryDock_, historyDock_};
}

WorkbenchPage::DockPlace DesignerPage::dockPlace(const QDockWidget* dock) const
{
    if (dock == paletteDock_)
        return {Qt::LeftDockWidgetArea, 230};
    if (dock == propertiesDock_)
        return {Qt::RightDockWidgetArea, 320};
    return {Qt::BottomDockWidgetArea, 140};
}

QList<QAction*> DesignerPage::editActions() const
{
    return {actions_.cut,       actions_.copy,      actions_.paste,  actions_.duplicate, actions_.deleteSelection,
            actions_.selectAll, editSeparator_, actions_.connectLayers, actions_.arrange, actions_.arrangeLeftToRight};
}

QList<QAction*> DesignerPage::viewActions() const
{
    return {actions_.zoomIn, actions_.zoomOut, actions_.fit, viewSeparator_, actions_.focusPalette};
}

QString DesignerPage::title() const
{
    return tr("Design");
}

void DesignerPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DesignerPage::retranslateUi()
{
    const auto set = [](QAction* a, const QString& text, const QString& tip = {}) {
        a->setText(text);
        a->setStatusTip(tip);
    };
    set(actions_.cut, tr("Cu&t"));
    set(actions_.copy, tr("&Copy"));
    set(actions_.paste, tr("&Paste"));
    set(actions_.duplicate, tr("D&uplicate"));
    set(actions_.deleteSelection, tr("&Delete"), tr("Delete the selected layers and connections"));
    set(actions_.selectAll, tr("Select &All"));
    set(actions_.connectLayers, tr("Co&nnect Selected Layers"),
        tr("Connect two selected layers, the upper (or left) one into the lower (or right) one"));
    set(actions_.arrange, tr("A&rrange Layers"), tr("Lay the network out from top to bottom"));
    set(actions_.arrangeLeftToRight, tr("Arrange Left to Ri&ght"),
        tr("Lay the network out from left to right, wrapping a long chain into bands that fit the window"));
    set(actions_.zoomIn, tr("Zoom &In"));
    set(actions_.zoomOut, tr("Zoom &Out"));
    set(actions_.fit, tr("&Fit to Window"));
    set(actions_.focusPalette, tr("Go to &Palette"));
    toolBar_->setWindowTitle(tr("Designer toolbar"));
    paletteDock_->setWindowTitle(tr("Layers"));
    propertiesDock_->setWindowTitle(tr("Properties"));
    problemsDock_->setWindowTitle(tr("Problems"));
    summaryDock_->setWindowTitle(tr("Summary"));
    historyDock_->setWindowTitle(tr("History"));
    historyView_->setEmptyLabel(tr("<opened project>"));
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
    Q_EMIT statusMessage(tr("Copied layers: %1").arg(ids.size()));
}

void DesignerPage::cutSelection()
{
    copySelection();
    const QList<int> ids = scene_->selectedNodeIds();
    if (ids.isEmpty())
        return;
    document_->undoStack()->beginMacro(tr("Cut layers"));
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
    const bool leftToRight = document_->graph().flow() == FlowDirection::LeftToRight;
    if (leftToRight ? a->pos.x() > b->pos.x() : a->pos.y() > b->pos.y())
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
    document_->autoLayout(FlowDirection::TopToBottom);
    fitToView();
}

void DesignerPage::arrangeLeftToRight()
{
    document_->autoLayout(FlowDirection::LeftToRight, view_->viewport()->size());
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

bool DesignerPage::contextHelp(QString* title, QString* text) const
{
    QString kindId;
    if (palette_->tree()->hasFocus() && palette_->tree()->currentItem())
        kindId = palette_->tree()->currentItem()->data(0, LayerTree::KindRole).toString();
    const QList<int> ids = scene_->selectedNodeIds();
    if (kindId.isEmpty() && !ids.isEmpty())
        if (const GraphNode* node = document_->graph().node(ids.first()))
            kindId = node->kind;
    const LayerKind* kind = LayerRegistry::instance().find(kindId);
    if (!kind)
        return false;
    *title = kind->translatedName();
    *text = QStringLiteral("<p>%1</p><p><i>%2</i> (%3)</p>")
                .arg(kind->translatedHelp().toHtmlEscaped(), categoryDisplayName(kind->category).toHtmlEscaped(),
                     kind->id);
    return true;
}

void DesignerPage::onSelectionChanged()
{
    const QList<int> ids = scene_->selectedNodeIds();
    properties_->setNode(ids.size() == 1 ? ids.first() : 0);
}

} // namespace netsmith::ui
