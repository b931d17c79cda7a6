#pragma once
// Undo step: the project renamed (the name shows in the title bar and names run folders).
#include <QString>
#include <QUndoCommand>

namespace netsmith::ui {

class ProjectDocument;

class RenameProjectCommand : public QUndoCommand
{
public:
    RenameProjectCommand(ProjectDocument* document, const QString& oldName, const QString& newName,
                         QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ProjectDocument* document_;
    QString old_;
    QString new_;
};

} // namespace netsmith::ui
