#pragma once
// Undo step: one layer parameter changed. Successive changes to the same field in the same
// editing session (typing 1, 12, 128 into a spin box) merge into one step, like Tiled's
// ChangeValue commands.
#include <QUndoCommand>
#include <QVariant>

namespace netsmith::ui {

class ProjectDocument;

class ChangeParamCommand : public QUndoCommand
{
public:
    ChangeParamCommand(ProjectDocument* document, int nodeId, const QString& key, const QVariant& oldValue,
                       const QVariant& newValue, int mergeSession, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    ProjectDocument* document_;
    int nodeId_;
    QString key_;
    QVariant old_;
    QVariant new_;
    int mergeSession_;
};

} // namespace netsmith::ui
