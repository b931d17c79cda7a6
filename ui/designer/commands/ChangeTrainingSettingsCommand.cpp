#include "designer/commands/ChangeTrainingSettingsCommand.h"

#include "ProjectDocument.h"

#include <QCoreApplication>

namespace netsmith::ui {

ChangeTrainingSettingsCommand::ChangeTrainingSettingsCommand(ProjectDocument* document,
                                                             const TrainingSettings& oldSettings,
                                                             const TrainingSettings& newSettings,
                                                             QUndoCommand* parent)
    : QUndoCommand(parent)
    , document_(document)
    , old_(oldSettings)
    , new_(newSettings)
{
    setText(QCoreApplication::translate("DesignerCommand", "Change training settings"));
}

void ChangeTrainingSettingsCommand::redo()
{
    document_->applyTrainingSettings(new_);
}

void ChangeTrainingSettingsCommand::undo()
{
    document_->applyTrainingSettings(old_);
}

int ChangeTrainingSettingsCommand::id() const
{
    return 0x4e5302;
}

bool ChangeTrainingSettingsCommand::mergeWith(const QUndoCommand* other)
{
    // Consecutive settings edits (spinning the epochs, then the batch size) are one step.
    new_ = static_cast<const ChangeTrainingSettingsCommand*>(other)->new_;
    setObsolete(new_ == old_);
    return true;
}

} // namespace netsmith::ui
