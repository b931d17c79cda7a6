#pragma once
// Undo step: the project's augmentation settings changed (a control on the Data page's panel,
// or a preset chosen there). Successive changes of the same control in one editing session
// (spinning the rotation 10, 11, 12) merge into one step, like ChangeParamCommand; a
// different control, or a new session, starts a new step.
#include "data/AugmentationSettings.h"

#include <QUndoCommand>

namespace netsmith::ui {

class ProjectDocument;

class ChangeAugmentationCommand : public QUndoCommand
{
public:
    /// `control`: the knob's key ("rotation_degrees") or "preset"; `mergeSession` 0: never merges.
    ChangeAugmentationCommand(ProjectDocument* document, const AugmentationSettings& oldSettings,
                              const AugmentationSettings& newSettings, const QString& control, int mergeSession,
                              QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    ProjectDocument* document_;
    AugmentationSettings old_;
    AugmentationSettings new_;
    QString control_;
    int mergeSession_;
};

} // namespace netsmith::ui
