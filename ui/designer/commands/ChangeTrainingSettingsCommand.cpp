#include "designer/commands/ChangeTrainingSettingsCommand.h"

#include "ProjectDocument.h"

#include <QCoreApplication>

namespace netsmith::ui {

ChangeTrainingSettingsCommand::ChangeTrainingSettingsCommand(ProjectDocument* document,
                                                             const TrainingSettings& oldSettings,
                                                             const TrainingSettings& newSettings,
                                                             int mergeSession, const QString& mergeKey,
                                                             const QString& text, QUndoCommand* parent)
    : QUndoCommand(parent)
    , document_(document)
    , old_(oldSettings)
    , new_(newSettings)
    , mergeSession_(mergeSession)
    , mergeKey_(mergeKey)
{
    setText(text.isEmpty() ? QCoreApplication::translate("DesignerCommand", "Change training settings") : text);
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
    return mergeSession_ != 0 ? 0x4e5302 : -1;
}

bool ChangeTrainingSettingsCommand::mergeWith(const QUndoCommand* other)
{
    // Edits of one burst (spinning the epochs up and down) are one step.
    const auto* o = static_cast<const ChangeTrainingSettingsCommand*>(other);
    if (o->mergeSession_ != mergeSession_ || o->mergeKey_ != mergeKey_)
        return false;
    new_ = o->new_;
    setObsolete(new_ == old_);
    return true;
}

} // namespace netsmith::ui
