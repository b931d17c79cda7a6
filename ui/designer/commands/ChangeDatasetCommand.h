#pragma once
// Undo step: the project's dataset (a bundled name or a path) changed.
#include <QString>
#include <QUndoCommand>

namespace netsmith::ui {

class ProjectDocument;

class ChangeDatasetCommand : public QUndoCommand
{
public:
    ChangeDatasetCommand(ProjectDocument* document, const QString& oldDataset, const QString& newDataset,
                         QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ProjectDocument* document_;
    QString old_;
    QString new_;
};

} // namespace netsmith::ui
