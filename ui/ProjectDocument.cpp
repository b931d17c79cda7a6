#include "ProjectDocument.h"

#include "designer/LayeredLayout.h"
#include "designer/commands/AddNodeCommand.h"
#include "designer/commands/AutoLayoutCommand.h"
#include "designer/commands/ChangeProjectTextCommand.h"
#include "designer/commands/ChangeParamCommand.h"
#include "designer/commands/ChangeTrainingSettingsCommand.h"
#include "designer/commands/ConnectCommand.h"
#include "designer/commands/DeleteNodesCommand.h"
#include "designer/commands/DisconnectCommand.h"
#include "designer/commands/MoveNodesCommand.h"
#include "designer/commands/PasteCommand.h"
#include "designer/commands/RenameNodeCommand.h"
#include "graph/LayerRegistry.h"
#include "project/ProjectFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QUndoStack>
#include <algorithm>

namespace netsmith::ui {

namespace {

/// Vertical distance between a layer and the one appended below it.
constexpr double kAppendSpacing = 110.0;

} // namespace

ProjectDocument::ProjectDocument(QObject* parent)
    : QObject(parent)
    , undoStack_(new QUndoStack(this))
{
    qRegisterMetaType<netsmith::GraphEdge>();
    project_ = blankProject();
    reanalyze();
    connect(undoStack_, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

ProjectDocument::~ProjectDocument() = default;

bool ProjectDocument::isModified() const
{
    return !undoStack_->isClean();
}

QString ProjectDocument::displayName() const
{
    return project_.name.isEmpty() ? tr("untitled") : project_.name;
}

Project ProjectDocument::blankProject()
{
    Project p;
    p.name = QStringLiteral("untitled");
    p.graph.addNode(QStringLiteral("Input"), QPointF(0, 0), QStringLiteral("input"));
    return p;
}

void ProjectDocument::reset(const Project& project, const QString& filePath)
{
    project_ = project;
    undoStack_->clear();
    undoStack_->setClean();
    reanalyze();
    if (filePath_ != filePath) {
        filePath_ = filePath;
        Q_EMIT filePathChanged(filePath_);
    }
    Q_EMIT graphReset();
    Q_EMIT trainingSettingsChanged();
    Q_EMIT datasetChanged();
    Q_EMIT projectNameChanged();
    Q_EMIT analysisChanged();
    Q_EMIT modifiedChanged(false);
}

bool ProjectDocument::load(const QString& pathOrPreset, QString* error)
{
    Project loaded;
    if (!ProjectFile::load(pathOrPreset, &loaded, error))
        return false;
    // A preset is a template, not a file of the user's: saving asks for a path.
    const bool isPreset = !ProjectFile::presetPath(pathOrPreset).isEmpty() && !QFile::exists(pathOrPreset);
    reset(loaded, isPreset ? QString() : pathOrPreset);
    return true;
}

bool ProjectDocument::save(const QString& path, QString* error)
{
    if (!ProjectFile::save(project_, path, error))
        return false;
    if (filePath_ != path) {
        filePath_ = path;
        Q_EMIT filePathChanged(filePath_);
    }
    undoStack_->setClean();
    return true;
}

// ---- Edits ----

int ProjectDocument::addNode(const QString& kind, const QPointF& pos)
{
    ModelGraph scratch = project_.graph;
    const int id = scratch.addNode(kind, pos);
    if (id == 0)
        return 0;
    undoStack_->push(new AddNodeCommand(this, *scratch.node(id)));
    return id;
}

int ProjectDocument::appendNode(const QString& kind, int afterNodeId)
{
    const GraphNode* after = project_.graph.node(afterNodeId);
    if (!after)
        return addNode(kind, QPointF(0, 0));
    const QPointF below = after->pos + QPointF(0, kAppendSpacing);
    const LayerKind* k = LayerRegistry::instance().find(kind);
    if (!k)
        return 0;
    undoStack_->beginMacro(tr("Append %1").arg(k->translatedName()));
    const int id = addNode(kind, below);
    if (k->maxInputs != 0) {
        const GraphEdge edge{afterNodeId, 0, id, 0};
        if (project_.graph.connectionProblem(edge).isEmpty())
            undoStack_->push(new ConnectCommand(this, edge));
    }
    undoStack_->endMacro();
    return id;
}

void ProjectDocument::deleteNodes(const QList<int>& ids)
{
    QList<int> existing;
    for (int id : ids)
        if (project_.graph.node(id) && !existing.contains(id))
            existing << id;
    if (!existing.isEmpty())
        undoStack_->push(new DeleteNodesCommand(this, existing));
}

void ProjectDocument::moveNodes(const std::map<int, QPointF>& from, const std::map<int, QPointF>& to)
{
    if (from == to || to.empty())
        return;
    undoStack_->push(new MoveNodesCommand(this, from, to));
}

QString ProjectDocument::connectPorts(const GraphEdge& edge)
{
    const QString problem = project_.graph.connectionProblem(edge);
    if (problem.isEmpty())
        undoStack_->push(new ConnectCommand(this, edge));
    return problem;
}

void ProjectDocument::disconnectEdge(const GraphEdge& edge)
{
    if (edgeIndex(edge) >= 0)
        undoStack_->push(new DisconnectCommand(this, edge));
}

void ProjectDocument::setParam(int nodeId, const QString& key, const QVariant& value, int mergeSession)
{
    const GraphNode* n = project_.graph.node(nodeId);
    if (!n || n->params.value(key) == value)
        return;
    undoStack_->push(new ChangeParamCommand(this, nodeId, key, n->params.value(key), value, mergeSession));
}

QString ProjectDocument::renameNode(int nodeId, const QString& name)
{
    const GraphNode* n = project_.graph.node(nodeId);
    if (!n || n->name == name)
        return {};
    if (!ModelGraph::isValidName(name))
        return tr("\"%1\" is not a valid layer name: start with a letter or _, then use letters, digits, _ and - "
                  "(at most 64)")
            .arg(name);
    if (project_.graph.nodeByName(name))
        return tr("Another layer is already called \"%1\".").arg(name);
    undoStack_->push(new RenameNodeCommand(this, nodeId, n->name, name));
    return {};
}

QList<int> ProjectDocument::pasteFragment(const ModelGraph& fragment, const QPointF& offset)
{
    // Fresh ids and names so the pasted layers never collide with the ones already there.
    ModelGraph scratch = project_.graph;
    std::vector<GraphNode> nodes;
    std::map<int, int> newId;
    int next = scratch.nextId();
    for (const GraphNode& original : fragment.nodes()) {
        if (!LayerRegistry::instance().find(original.kind))
            continue;
        GraphNode n = original;
        n.id = next++;
        n.name = scratch.uniqueName(original.name);
        n.pos = original.pos + offset;
        scratch.insertNode(n);
        newId[original.id] = n.id;
        nodes.push_back(n);
    }
    std::vector<GraphEdge> edges;
    for (const GraphEdge& e : fragment.edges()) {
        if (!newId.count(e.fromNode) || !newId.count(e.toNode))
            continue;
        edges.push_back({newId[e.fromNode], e.fromPort, newId[e.toNode], e.toPort});
    }
    QList<int> ids;
    for (const GraphNode& n : nodes)
        ids << n.id;
    if (!nodes.empty())
        undoStack_->push(new PasteCommand(this, nodes, edges));
    return ids;
}

void ProjectDocument::autoLayout(FlowDirection flow, const QSizeF& view)
{
    const std::map<int, QPointF> to = LayeredLayout::arrange(project_.graph, flow, view);
    std::map<int, QPointF> from;
    for (const GraphNode& n : project_.graph.nodes())
        from[n.id] = n.pos;
    if (from != to || flow != project_.graph.flow())
        undoStack_->push(new AutoLayoutCommand(this, {from, project_.graph.flow()}, {to, flow}));
}

void ProjectDocument::setTrainingSettings(const TrainingSettings& settings, int mergeSession)
{
    if (!(settings == project_.training))
        undoStack_->push(new ChangeTrainingSettingsCommand(this, project_.training, settings, mergeSession));
}

void ProjectDocument::setAugmentation(const AugmentationSettings& settings, const QString& control, int mergeSession)
{
    if (settings == project_.training.augmentation)
        return;
    QString label = QCoreApplication::translate("DesignerCommand", "preset");
    for (const AugmentationKnob& k : AugmentationSettings::knobs())
        if (k.key == control)
            label = k.translatedLabel();
    TrainingSettings changed = project_.training;
    changed.augmentation = settings;
    undoStack_->push(new ChangeTrainingSettingsCommand(
        this, project_.training, changed, mergeSession, control,
        QCoreApplication::translate("DesignerCommand", "Change augmentation: %1").arg(label)));
}

void ProjectDocument::setDataset(const QString& dataset)
{
    if (dataset != project_.dataset)
        undoStack_->push(new ChangeProjectTextCommand(
            this, &ProjectDocument::applyDataset, project_.dataset, dataset,
            QCoreApplication::translate("DesignerCommand", "Use dataset %1").arg(dataset)));
}

void ProjectDocument::setProjectName(const QString& name)
{
    if (name != project_.name)
        undoStack_->push(new ChangeProjectTextCommand(
            this, &ProjectDocument::applyProjectName, project_.name, name,
            QCoreApplication::translate("DesignerCommand", "Rename project to %1").arg(name)));
}

// ---- Primitives ----

int ProjectDocument::nodeIndex(int id) const
{
    const auto& nodes = project_.graph.nodes();
    for (size_t i = 0; i < nodes.size(); ++i)
        if (nodes[i].id == id)
            return int(i);
    return -1;
}

int ProjectDocument::edgeIndex(const GraphEdge& edge) const
{
    const auto& edges = project_.graph.edges();
    const auto it = std::find(edges.begin(), edges.end(), edge);
    return it == edges.end() ? -1 : int(it - edges.begin());
}

void ProjectDocument::applyInsertNode(const GraphNode& node, int index)
{
    const auto& nodes = project_.graph.nodes();
    if (index < 0 || index >= int(nodes.size())) {
        project_.graph.insertNode(node);
    } else {
        // Undo puts a node back where it was, so that undo-all gives back an identical graph.
        ModelGraph rebuilt;
        for (int i = 0; i < int(nodes.size()); ++i) {
            if (i == index)
                rebuilt.insertNode(node);
            rebuilt.insertNode(nodes[size_t(i)]);
        }
        for (const GraphEdge& e : project_.graph.edges())
            rebuilt.insertEdge(e);
        project_.graph = rebuilt;
    }
    reanalyze();
    Q_EMIT nodeAdded(node.id);
    Q_EMIT analysisChanged();
}

void ProjectDocument::applyRemoveNode(int id)
{
    // Edges first, each with its own signal, so that views never hold an edge to nothing.
    for (const GraphEdge& e : project_.graph.inputsOf(id))
        applyRemoveEdge(e);
    for (const GraphEdge& e : project_.graph.outputsOf(id))
        applyRemoveEdge(e);
    project_.graph.removeNode(id);
    reanalyze();
    Q_EMIT nodeRemoved(id);
    Q_EMIT analysisChanged();
}

void ProjectDocument::applyInsertEdge(const GraphEdge& edge, int index)
{
    const auto& edges = project_.graph.edges();
    if (index < 0 || index >= int(edges.size())) {
        project_.graph.insertEdge(edge);
    } else {
        std::vector<GraphEdge> copy = edges;
        copy.insert(copy.begin() + index, edge);
        ModelGraph rebuilt;
        for (const GraphNode& n : project_.graph.nodes())
            rebuilt.insertNode(n);
        for (const GraphEdge& e : copy)
            rebuilt.insertEdge(e);
        project_.graph = rebuilt;
    }
    reanalyze();
    Q_EMIT edgeAdded(edge);
    Q_EMIT analysisChanged();
}

void ProjectDocument::applyRemoveEdge(const GraphEdge& edge)
{
    project_.graph.disconnect(edge);
    reanalyze();
    Q_EMIT edgeRemoved(edge);
    Q_EMIT analysisChanged();
}

void ProjectDocument::applyNodePos(int id, const QPointF& pos)
{
    if (GraphNode* n = project_.graph.node(id)) {
        n->pos = pos;
        Q_EMIT nodeChanged(id);
    }
}

void ProjectDocument::applyFlow(FlowDirection flow)
{
    if (flow == project_.graph.flow())
        return;
    project_.graph.setFlow(flow);
    Q_EMIT flowChanged();
}

void ProjectDocument::applyParam(int id, const QString& key, const QVariant& value)
{
    if (GraphNode* n = project_.graph.node(id)) {
        n->params.insert(key, value);
        reanalyze();
        Q_EMIT nodeChanged(id);
        Q_EMIT analysisChanged();
    }
}

void ProjectDocument::applyName(int id, const QString& name)
{
    if (GraphNode* n = project_.graph.node(id)) {
        n->name = name;
        reanalyze(); // problems name the layer
        Q_EMIT nodeChanged(id);
        Q_EMIT analysisChanged();
    }
}

void ProjectDocument::applyTrainingSettings(const TrainingSettings& settings)
{
    project_.training = settings;
    Q_EMIT trainingSettingsChanged();
}

void ProjectDocument::applyDataset(const QString& dataset)
{
    project_.dataset = dataset;
    Q_EMIT datasetChanged();
}

void ProjectDocument::applyProjectName(const QString& name)
{
    project_.name = name;
    Q_EMIT projectNameChanged();
}

void ProjectDocument::reanalyze()
{
    analysis_ = analyzeGraph(project_.graph);
    cost_ = computeCost(analysis_);
}

} // namespace netsmith::ui
