#pragma once
// Undo step: the training settings changed (from the training page or a dialog).
#include "project/TrainingSettings.h"

#include <QUndoCommand>

namespace netsmith::ui {

class ProjectDocument;

class ChangeTrainingSettingsCommand : public QUndoCommand
{
public:
    ChangeTrainingSettingsCommand(ProjectDocument* document, const TrainingSettings& oldSettings,
                                  const TrainingSettings& newSettings, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    ProjectDocument* document_;
    TrainingSettings old_;
    TrainingSettings new_;
};

} // namespace netsmith::ui
