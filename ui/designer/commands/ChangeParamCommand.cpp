#include "designer/commands/ChangeParamCommand.h"

#include "ProjectDocument.h"

#include <QCoreApplication>

namespace netsmith::ui {

namespace {
constexpr int kChangeParamId = 0x4e5301;
}

ChangeParamCommand::ChangeParamCommand(ProjectDocument* document, int nodeId, const QString& key,
                                       const QVariant& oldValue, const QVariant& newValue, int mergeSession,
                                       QUndoCommand* parent)
    : QUndoCommand(parent)
    , document_(document)
    , nodeId_(nodeId)
    , key_(key)
    , old_(oldValue)
    , new_(newValue)
    , mergeSession_(mergeSession)
{
    const GraphNode* n = document->graph().node(nodeId);
    setText(QCoreApplication::translate("DesignerCommand", "Change %1 of %2").arg(key, n ? n->name : QString()));
}

void ChangeParamCommand::redo()
{
    document_->applyParam(nodeId_, key_, new_);
}

void ChangeParamCommand::undo()
{
    document_->applyParam(nodeId_, key_, old_);
}

int ChangeParamCommand::id() const
{
    return mergeSession_ != 0 ? kChangeParamId : -1;
}

bool ChangeParamCommand::mergeWith(const QUndoCommand* other)
{
    const auto* o = static_cast<const ChangeParamCommand*>(other);
    if (o->mergeSession_ != mergeSession_ || o->nodeId_ != nodeId_ || o->key_ != key_)
        return false;
    new_ = o->new_;
    setObsolete(new_ == old_);
    return true;
}

} // namespace netsmith::ui
