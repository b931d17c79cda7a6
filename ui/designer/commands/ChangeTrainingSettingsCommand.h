#pragma once
// Undo step: the training settings changed (the Train page's form, or one augmentation
// control on the Data page). Successive edits of one burst merge into one step; with a
// `mergeKey` (an augmentation knob's key, "preset") only edits of that same control merge.
#include "project/TrainingSettings.h"

#include <QUndoCommand>

namespace netsmith::ui {

class ProjectDocument;

class ChangeTrainingSettingsCommand : public QUndoCommand
{
public:
    ChangeTrainingSettingsCommand(ProjectDocument* document, const TrainingSettings& oldSettings,
                                  const TrainingSettings& newSettings, int mergeSession = 0,
                                  const QString& mergeKey = {}, const QString& text = {},
                                  QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    ProjectDocument* document_;
    TrainingSettings old_;
    TrainingSettings new_;
    int mergeSession_;
    QString mergeKey_;
};

} // namespace netsmith::ui
