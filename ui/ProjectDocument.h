#pragma once
// ProjectDocument: the open project as the windows see it. It owns the Project (graph,
// training settings, dataset), its file path and a QUndoStack; every edit goes through a small
// QUndoCommand (ui/designer/commands) and comes back out as a typed change signal, after which
// the graph is re-analysed so that views always show current shapes, costs and problems.
// Views observe it; none of them owns the model.
#include "graph/CostModel.h"
#include "graph/ShapeInference.h"
#include "project/Project.h"

#include <QObject>
#include <QPointF>
#include <QSizeF>
#include <map>

class QUndoStack;

namespace netsmith::ui {

class ProjectDocument : public QObject
{
    Q_OBJECT
public:
    explicit ProjectDocument(QObject* parent = nullptr);
    ~ProjectDocument() override;

    const Project& project() const { return project_; }
    const ModelGraph& graph() const { return project_.graph; }
    const GraphAnalysis& analysis() const { return analysis_; }
    const ModelCost& cost() const { return cost_; }
    QUndoStack* undoStack() const { return undoStack_; }

    QString filePath() const { return filePath_; }
    bool isModified() const;
    /// The project's name, or "untitled" when it has none.
    QString displayName() const;

    // ---- Whole documents (these clear the undo history) ----
    /// Replaces everything: a new project, a preset, a recovered file.
    void reset(const Project& project, const QString& filePath = {});
    /// Opens a file or a preset by name; on failure `error` says why and nothing changes.
    bool load(const QString& pathOrPreset, QString* error);
    /// Saves atomically; on success the path becomes the document's and it is clean.
    bool save(const QString& path, QString* error);
    /// A blank project: one 1×28×28 input, default training settings, dataset "digits".
    static Project blankProject();

    // ---- Edits: each pushes one undoable step ----
    /// Adds a layer with default parameters; returns its id (0 for an unknown kind).
    int addNode(const QString& kind, const QPointF& pos);
    /// Adds a layer below `afterNodeId` and connects it (one step); returns its id.
    int appendNode(const QString& kind, int afterNodeId);
    /// Deletes these layers and every connection touching them.
    void deleteNodes(const QList<int>& ids);
    /// One step for a whole drag: every moved node's old and new position.
    void moveNodes(const std::map<int, QPointF>& from, const std::map<int, QPointF>& to);
    /// Connects two ports; returns why it cannot when it cannot (and changes nothing).
    QString connectPorts(const GraphEdge& edge);
    void disconnectEdge(const GraphEdge& edge);
    /// Changes one parameter. Changes with the same non-zero `mergeSession` to the same field
    /// merge into one undo step (typing in a spin box).
    void setParam(int nodeId, const QString& key, const QVariant& value, int mergeSession = 0);
    /// Renames a layer; returns why not (invalid or taken name) and changes nothing then.
    QString renameNode(int nodeId, const QString& name);
    /// Inserts a copied fragment with fresh ids and names, shifted by `offset`; returns the
    /// new ids.
    QList<int> pasteFragment(const ModelGraph& fragment, const QPointF& offset);
    /// Arranges every layer in `flow` direction as one undo step (the direction included);
    /// `view` is the visible canvas at zoom 1, which a left-to-right chain wraps to fit.
    void autoLayout(FlowDirection flow, const QSizeF& view = {});
    /// Changes the training settings; changes with the same non-zero `mergeSession` merge into
    /// one undo step (a page passes one session per editing burst, 0 for a separate step).
    void setTrainingSettings(const TrainingSettings& settings, int mergeSession = 0);
    /// Changes the augmentation settings (part of the training settings). Changes of the same
    /// `control` (a knob key, or "preset") with the same non-zero `mergeSession` merge into one
    /// undo step.
    void setAugmentation(const AugmentationSettings& settings, const QString& control, int mergeSession = 0);
    void setDataset(const QString& dataset);
    void setProjectName(const QString& name);

    // ---- Primitives: only undo commands call these ----
    void applyInsertNode(const GraphNode& node, int index = -1);
    void applyRemoveNode(int id);
    void applyInsertEdge(const GraphEdge& edge, int index = -1);
    void applyRemoveEdge(const GraphEdge& edge);
    void applyNodePos(int id, const QPointF& pos);
    void applyFlow(FlowDirection flow);
    void applyParam(int id, const QString& key, const QVariant& value);
    void applyName(int id, const QString& name);
    void applyTrainingSettings(const TrainingSettings& settings);
    void applyDataset(const QString& dataset);
    void applyProjectName(const QString& name);
    int nodeIndex(int id) const;
    int edgeIndex(const GraphEdge& edge) const;

Q_SIGNALS:
    void nodeAdded(int id);
    void nodeRemoved(int id);
    /// Name, parameters or position changed.
    void nodeChanged(int id);
    void edgeAdded(const netsmith::GraphEdge& edge);
    void edgeRemoved(const netsmith::GraphEdge& edge);
    /// The graph's flow direction changed (ports move from top/bottom to left/right).
    void flowChanged();
    /// Everything changed (new or opened project): views rebuild.
    void graphReset();
    /// Any training setting changed, the augmentation included.
    void trainingSettingsChanged();
    void datasetChanged();
    void projectNameChanged();
    /// Shapes, costs or problems may have changed (after every edit).
    void analysisChanged();
    void filePathChanged(const QString& path);
    void modifiedChanged(bool modified);

private:
    void reanalyze();

    Project project_;
    GraphAnalysis analysis_;
    ModelCost cost_;
    QString filePath_;
    QUndoStack* undoStack_ = nullptr;
};

} // namespace netsmith::ui

Q_DECLARE_METATYPE(netsmith::GraphEdge)
