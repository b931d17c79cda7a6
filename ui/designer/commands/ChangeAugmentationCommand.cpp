#include "designer/commands/ChangeAugmentationCommand.h"

#include "ProjectDocument.h"

#include <QCoreApplication>

namespace netsmith::ui {

namespace {
constexpr int kChangeAugmentationId = 0x4e5303;

QString controlLabel(const QString& control)
{
    for (const AugmentationKnob& k : AugmentationSettings::knobs())
        if (k.key == control)
            return k.translatedLabel();
    return QCoreApplication::translate("DesignerCommand", "preset");
}
} // namespace

ChangeAugmentationCommand::ChangeAugmentationCommand(ProjectDocument* document, const AugmentationSettings& oldSettings,
                                                     const AugmentationSettings& newSettings, const QString& control,
                                                     int mergeSession, QUndoCommand* parent)
    : QUndoCommand(parent)
    , document_(document)
    , old_(oldSettings)
    , new_(newSettings)
    , control_(control)
    , mergeSession_(mergeSession)
{
    setText(QCoreApplication::translate("DesignerCommand", "Change augmentation: %1").arg(controlLabel(control)));
}

void ChangeAugmentationCommand::redo()
{
    document_->applyAugmentation(new_);
}

void ChangeAugmentationCommand::undo()
{
    document_->applyAugmentation(old_);
}

int ChangeAugmentationCommand::id() const
{
    return mergeSession_ != 0 ? kChangeAugmentationId : -1;
}

bool ChangeAugmentationCommand::mergeWith(const QUndoCommand* other)
{
    const auto* o = static_cast<const ChangeAugmentationCommand*>(other);
    if (o->mergeSession_ != mergeSession_ || o->control_ != control_)
        return false;
    new_ = o->new_;
    setObsolete(new_ == old_);
    return true;
}

} // namespace netsmith::ui
