#include "designer/commands/AutoLayoutCommand.h"

#include <QCoreApplication>

namespace netsmith::ui {

AutoLayoutCommand::AutoLayoutCommand(ProjectDocument* document, std::map<int, QPointF> from,
                                     std::map<int, QPointF> to, QUndoCommand* parent)
    : MoveNodesCommand(document, std::move(from), std::move(to), parent)
{
    setText(QCoreApplication::translate("DesignerCommand", "Arrange layers"));
}

} // namespace netsmith::ui
