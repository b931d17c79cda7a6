#pragma once
// Undo step: a layer renamed (the name is how weights, errors and the summary refer to it).
#include <QString>
#include <QUndoCommand>

namespace netsmith::ui {

class ProjectDocument;

class RenameNodeCommand : public QUndoCommand
{
public:
    RenameNodeCommand(ProjectDocument* document, int nodeId, const QString& oldName, const QString& newName,
                      QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ProjectDocument* document_;
    int nodeId_;
    QString old_;
    QString new_;
};

} // namespace netsmith::ui
