#include "designer/GraphClipboard.h"

#include <QJsonDocument>
#include <QMimeData>

namespace netsmith::ui {

QString GraphClipboard::mimeType()
{
    return QStringLiteral("application/x-netsmith-graph+json");
}

ModelGraph GraphClipboard::fragment(const ModelGraph& graph, const QList<int>& nodeIds)
{
    ModelGraph part;
    for (const GraphNode& n : graph.nodes())
        if (nodeIds.contains(n.id))
            part.insertNode(n);
    for (const GraphEdge& e : graph.edges())
        if (nodeIds.contains(e.fromNode) && nodeIds.contains(e.toNode))
            part.insertEdge(e);
    return part;
}

QMimeData* GraphClipboard::toMimeData(const ModelGraph& fragment)
{
    const QByteArray json = QJsonDocument(fragment.toJson()).toJson(QJsonDocument::Indented);
    auto* data = new QMimeData;
    data->setData(mimeType(), json);
    data->setText(QString::fromUtf8(json));
    return data;
}

bool GraphClipboard::fromMimeData(const QMimeData* data, ModelGraph* fragment)
{
    if (!data)
        return false;
    const QByteArray json = data->hasFormat(mimeType()) ? data->data(mimeType()) : data->text().toUtf8();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    QString why;
    return ModelGraph::fromJson(doc.object(), fragment, &why) && !fragment->nodes().empty();
}

} // namespace netsmith::ui
