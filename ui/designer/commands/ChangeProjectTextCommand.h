#pragma once
// Undo step for a project-level text value (its name, its dataset): one command for every
// such field, told which document primitive applies the value.
#include <QString>
#include <QUndoCommand>

namespace netsmith::ui {

class ProjectDocument;

class ChangeProjectTextCommand : public QUndoCommand
{
public:
    using Apply = void (ProjectDocument::*)(const QString&);

    ChangeProjectTextCommand(ProjectDocument* document, Apply apply, const QString& oldValue,
                             const QString& newValue, const QString& text, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ProjectDocument* document_;
    Apply apply_;
    QString old_;
    QString new_;
};

} // namespace netsmith::ui
