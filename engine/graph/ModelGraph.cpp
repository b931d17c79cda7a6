#include "graph/ModelGraph.h"

#include "graph/LayerRegistry.h"
#include "project/JsonKeys.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <climits>
#include <cmath>
#include <unordered_set>

namespace netsmith {

namespace {


QJsonValue paramToJson(const ParamSpec* spec, const QVariant& value)
{
    if (!spec)
        return QJsonValue::fromVariant(value);
    switch (spec->type) {
    case ParamType::Int:
        if (!spec->specialText.isEmpty() && value.toLongLong() == qlonglong(spec->minimum))
            return spec->specialText;
        return qint64(value.toLongLong());
    case ParamType::Float: return value.toDouble();
    case ParamType::Bool: return value.toBool();
    case ParamType::Choice: return value.toString();
    }
    return {};
}

bool paramFromJson(const ParamSpec& spec, const QJsonValue& json, QVariant* out)
{
    switch (spec.type) {
    case ParamType::Int:
        if (json.isString() && !spec.specialText.isEmpty() && json.toString() == spec.specialText) {
            *out = QVariant::fromValue<qlonglong>(qlonglong(spec.minimum));
            return true;
        }
        if (!json.isDouble())
            return false;
        // The range first: converting a double beyond int64 (1e24, found by fuzz_project) to
        // an integer is undefined behaviour.
        if (!(json.toDouble() >= spec.minimum && json.toDouble() <= spec.maximum) ||
            json.toDouble() != std::floor(json.toDouble()))
            return false;
        *out = QVariant::fromValue<qlonglong>(qlonglong(json.toDouble()));
        return true;
    case ParamType::Float:
        if (!json.isDouble())
            return false;
        *out = json.toDouble();
        return json.toDouble() >= spec.minimum && json.toDouble() <= spec.maximum;
    case ParamType::Bool:
        if (!json.isBool())
            return false;
        *out = json.toBool();
        return true;
    case ParamType::Choice:
        *out = json.toString();
        return json.isString() && spec.choices.contains(json.toString());
    }
    return false;
}

} // namespace

const GraphNode* ModelGraph::node(int id) const
{
    for (const GraphNode& n : nodes_)
        if (n.id == id)
            return &n;
    return nullptr;
}

GraphNode* ModelGraph::node(int id)
{
    return const_cast<GraphNode*>(static_cast<const ModelGraph*>(this)->node(id));
}

const GraphNode* ModelGraph::nodeByName(const QString& name) const
{
    for (const GraphNode& n : nodes_)
        if (n.name == name)
            return &n;
    return nullptr;
}

int ModelGraph::nextId() const
{
    int id = 0;
    for (const GraphNode& n : nodes_)
        id = std::max(id, n.id);
    return id + 1;
}

bool ModelGraph::isValidName(const QString& name)
{
    // torch's register_module rejects dots and empty names; keep names file- and code-friendly.
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_\\-]{0,63}$"));
    return pattern.match(name).hasMatch();
}

QString ModelGraph::uniqueName(const QString& base) const
{
    if (isValidName(base) && !nodeByName(base))
        return base;
    QString stem = base;
    static const QRegularExpression suffix(QStringLiteral("_\\d+$"));
    stem.remove(suffix);
    if (!isValidName(stem))
        stem = QStringLiteral("layer");
    for (int i = 1;; ++i) {
        const QString candidate = QStringLiteral("%1_%2").arg(stem).arg(i);
        if (!nodeByName(candidate))
            return candidate;
    }
}

int ModelGraph::addNode(const QString& kind, const QPointF& pos, const QString& name)
{
    const LayerKind* k = LayerRegistry::instance().find(kind);
    if (!k)
        return 0;
    GraphNode n;
    n.id = nextId();
    n.kind = kind;
    n.name = name.isEmpty() ? uniqueName(QString::fromLatin1(k->defaultNamePrefix) + QStringLiteral("_1"))
                            : uniqueName(name);
    n.params = k->defaultParams();
    n.pos = pos;
    nodes_.push_back(n);
    return n.id;
}

void ModelGraph::insertNode(const GraphNode& node)
{
    nodes_.push_back(node);
}

void ModelGraph::removeNode(int id)
{
    edges_.erase(std::remove_if(edges_.begin(), edges_.end(),
                                [id](const GraphEdge& e) { return e.fromNode == id || e.toNode == id; }),
                 edges_.end());
    nodes_.erase(std::remove_if(nodes_.begin(), nodes_.end(), [id](const GraphNode& n) { return n.id == id; }),
                 nodes_.end());
}

bool ModelGraph::reaches(int from, int to) const
{
    std::vector<int> stack{from};
    std::vector<int> seen;
    while (!stack.empty()) {
        const int current = stack.back();
        stack.pop_back();
        if (current == to)
            return true;
        if (std::find(seen.begin(), seen.end(), current) != seen.end())
            continue;
        seen.push_back(current);
        for (const GraphEdge& e : edges_)
            if (e.fromNode == current)
                stack.push_back(e.toNode);
    }
    return false;
}

QString ModelGraph::connectionProblem(const GraphEdge& edge) const
{
    const GraphNode* from = node(edge.fromNode);
    const GraphNode* to = node(edge.toNode);
    if (!from || !to)
        return QCoreApplication::translate("ModelGraph", "That layer no longer exists.");
    if (edge.fromNode == edge.toNode)
        return QCoreApplication::translate("ModelGraph", "A layer cannot feed itself.");
    const LayerKind* toKind = LayerRegistry::instance().find(to->kind);
    if (toKind && toKind->maxInputs == 0)
        return QCoreApplication::translate("ModelGraph", "%1 \"%2\" takes no input: it is where data enters the network.").arg(to->kind, to->name);
    for (const GraphEdge& e : edges_) {
        if (e.fromNode == edge.fromNode && e.toNode == edge.toNode)
            return QCoreApplication::translate("ModelGraph", "\"%1\" is already connected to \"%2\".").arg(from->name, to->name);
        if (e.toNode == edge.toNode && e.toPort == edge.toPort)
            return QCoreApplication::translate("ModelGraph", "%1 \"%2\" already has an input; only Add and Concat take several — "
                      "disconnect the old one first or merge the branches with Add or Concat")
                .arg(to->kind, to->name);
    }
    if (reaches(edge.toNode, edge.fromNode))
        return QCoreApplication::translate("ModelGraph", "Connecting \"%1\" to \"%2\" would make a cycle; data must flow one way.")
            .arg(from->name, to->name);
    return {};
}

bool ModelGraph::connect(const GraphEdge& edge)
{
    if (!connectionProblem(edge).isEmpty())
        return false;
    edges_.push_back(edge);
    return true;
}

void ModelGraph::disconnect(const GraphEdge& edge)
{
    edges_.erase(std::remove(edges_.begin(), edges_.end(), edge), edges_.end());
}

int ModelGraph::nextFreeInputPort(int nodeId) const
{
    int port = 0;
    for (const GraphEdge& e : edges_)
        if (e.toNode == nodeId)
            port = std::max(port, e.toPort + 1);
    return port;
}

std::vector<GraphEdge> ModelGraph::inputsOf(int nodeId) const
{
    std::vector<GraphEdge> in;
    for (const GraphEdge& e : edges_)
        if (e.toNode == nodeId)
            in.push_back(e);
    std::sort(in.begin(), in.end(), [](const GraphEdge& a, const GraphEdge& b) { return a.toPort < b.toPort; });
    return in;
}

std::vector<GraphEdge> ModelGraph::outputsOf(int nodeId) const
{
    std::vector<GraphEdge> out;
    for (const GraphEdge& e : edges_)
        if (e.fromNode == nodeId)
            out.push_back(e);
    return out;
}

QJsonObject ModelGraph::toJson() const
{
    QJsonArray nodes;
    for (const GraphNode& n : nodes_) {
        const LayerKind* kind = LayerRegistry::instance().find(n.kind);
        QJsonObject params;
        for (auto it = n.params.begin(); it != n.params.end(); ++it)
            params.insert(it.key(), paramToJson(kind ? kind->param(it.key()) : nullptr, it.value()));
        QJsonObject o{{QStringLiteral("id"), n.id},
                      {QStringLiteral("kind"), n.kind},
                      {QStringLiteral("name"), n.name},
                      {QStringLiteral("pos"), QJsonArray{n.pos.x(), n.pos.y()}}};
        if (!params.isEmpty())
            o.insert(QStringLiteral("params"), params);
        nodes.append(o);
    }
    QJsonArray edges;
    for (const GraphEdge& e : edges_)
        edges.append(QJsonObject{{QStringLiteral("from"), e.fromNode},
                                 {QStringLiteral("fromPort"), e.fromPort},
                                 {QStringLiteral("to"), e.toNode},
                                 {QStringLiteral("toPort"), e.toPort}});
    QJsonObject json{{QStringLiteral("nodes"), nodes}, {QStringLiteral("edges"), edges}};
    if (flow_ == FlowDirection::LeftToRight) // absent means top to bottom, as in older files
        json.insert(QStringLiteral("flow"), QStringLiteral("left-to-right"));
    return json;
}

namespace {

/// A whole number that fits an int, or absent (`out` keeps its default); false otherwise.
bool integer(const QJsonValue& value, int* out)
{
    if (value.isUndefined())
        return true;
    const double v = value.toDouble(0.5);
    if (!value.isDouble() || v != std::floor(v) || v < double(INT_MIN) || v > double(INT_MAX))
        return false;
    *out = int(v);
    return true;
}

bool stringOrAbsent(const QJsonValue& value)
{
    return value.isUndefined() || value.isString();
}

} // namespace

bool ModelGraph::fromJson(const QJsonObject& json, ModelGraph* graph, QString* error)
{
    ModelGraph g;
    std::unordered_set<int> ids; // what g holds so far, looked up without a scan per node
    QSet<QString> names;
    const auto unknownKey = [error](const QJsonObject& o, const QStringList& known, const QString& where) {
        *error = JsonKeys::checkKnown(o, known, where);
        return !error->isEmpty();
    };
    if (unknownKey(json, {QStringLiteral("nodes"), QStringLiteral("edges"), QStringLiteral("flow")},
                   QCoreApplication::translate("ModelGraph", "the graph")))
        return false;
    for (const char* list : {"nodes", "edges"})
        if (json.contains(QLatin1String(list)) && !json.value(QLatin1String(list)).isArray()) {
            *error = QCoreApplication::translate("ModelGraph", "\"%1\" must be a list").arg(QLatin1String(list));
            return false;
        }
    if (json.contains(QStringLiteral("flow")) && !json.value(QStringLiteral("flow")).isString()) {
        *error = QCoreApplication::translate("ModelGraph", "the graph's \"flow\" must be top-to-bottom or left-to-right");
        return false;
    }
    const QString flow = json.value(QStringLiteral("flow")).toString(QStringLiteral("top-to-bottom"));
    if (flow == QLatin1String("left-to-right")) {
        g.flow_ = FlowDirection::LeftToRight;
    } else if (flow != QLatin1String("top-to-bottom")) {
        *error = QCoreApplication::translate("ModelGraph", "the graph's \"flow\" is \"%1\" (use top-to-bottom or left-to-right)")
                     .arg(flow);
        return false;
    }
    const QJsonArray nodes = json.value(QStringLiteral("nodes")).toArray();
    if (nodes.size() > kMaxLayers) {
        *error = QCoreApplication::translate("ModelGraph", "the graph has %1 layers, more than the %2 Netsmith reads")
                     .arg(nodes.size())
                     .arg(kMaxLayers);
        return false;
    }
    for (int i = 0; i < nodes.size(); ++i) {
        const QJsonObject o = nodes.at(i).toObject();
        const QString where = QCoreApplication::translate("ModelGraph", "node %1").arg(i + 1);
        if (!nodes.at(i).isObject()) {
            *error = QCoreApplication::translate("ModelGraph", "%1 is not an object").arg(where);
            return false;
        }
        if (unknownKey(o, {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("pos"),
                           QStringLiteral("params")},
                       where))
            return false;
        if (o.contains(QStringLiteral("params")) && !o.value(QStringLiteral("params")).isObject()) {
            *error = QCoreApplication::translate("ModelGraph", "%1: \"params\" must be an object of parameter values")
                         .arg(where);
            return false;
        }
        GraphNode n;
        const QJsonValue pos = o.value(QStringLiteral("pos"));
        const bool posIsPoint = pos.isUndefined() || (pos.isArray() && pos.toArray().size() == 2 &&
                                                      pos.toArray().at(0).isDouble() && pos.toArray().at(1).isDouble());
        if (!integer(o.value(QStringLiteral("id")), &n.id) || !stringOrAbsent(o.value(QStringLiteral("kind"))) ||
            !stringOrAbsent(o.value(QStringLiteral("name"))) || !posIsPoint) {
            *error = QCoreApplication::translate("ModelGraph", "%1: \"id\" must be a whole number, \"kind\" and "
                                                               "\"name\" text, \"pos\" a list of two numbers")
                         .arg(where);
            return false;
        }
        n.kind = o.value(QStringLiteral("kind")).toString();
        n.name = o.value(QStringLiteral("name")).toString();
        n.pos = QPointF(pos.toArray().at(0).toDouble(), pos.toArray().at(1).toDouble());
        const LayerKind* kind = LayerRegistry::instance().find(n.kind);
        if (!kind) {
            *error = QCoreApplication::translate("ModelGraph", "node %1 (\"%2\") has an unknown layer kind \"%3\"").arg(i + 1).arg(n.name, n.kind);
            return false;
        }
        if (n.id <= 0 || ids.count(n.id)) {
            *error = QCoreApplication::translate("ModelGraph", "node \"%1\" has a missing or repeated id").arg(n.name);
            return false;
        }
        if (!isValidName(n.name) || names.contains(n.name)) {
            *error = QCoreApplication::translate("ModelGraph", "node %1 has an invalid or repeated name \"%2\" (use letters, digits, _ and -)")
                         .arg(i + 1)
                         .arg(n.name);
            return false;
        }
        n.params = kind->defaultParams();
        const QJsonObject params = o.value(QStringLiteral("params")).toObject();
        for (auto it = params.begin(); it != params.end(); ++it) {
            const ParamSpec* spec = kind->param(it.key());
            if (!spec) {
                *error = QCoreApplication::translate("ModelGraph", "%1 \"%2\" has an unknown parameter \"%3\"").arg(n.kind, n.name, it.key());
                return false;
            }
            QVariant value;
            if (!paramFromJson(*spec, it.value(), &value)) {
                *error = QCoreApplication::translate("ModelGraph", "%1 \"%2\": parameter \"%3\" has an invalid value (allowed: %4 to %5)")
                             .arg(n.kind, n.name, it.key())
                             .arg(spec->minimum)
                             .arg(spec->maximum);
                return false;
            }
            n.params.insert(it.key(), value);
        }
        ids.insert(n.id);
        names.insert(n.name);
        g.nodes_.push_back(n);
    }
    const QJsonArray edges = json.value(QStringLiteral("edges")).toArray();
    for (int i = 0; i < edges.size(); ++i) {
        const QJsonObject o = edges.at(i).toObject();
        if (unknownKey(o, {QStringLiteral("from"), QStringLiteral("fromPort"), QStringLiteral("to"), QStringLiteral("toPort")},
                       QCoreApplication::translate("ModelGraph", "edge %1").arg(i + 1)))
            return false;
        GraphEdge e;
        // A layer has one output (port 0) and at most one input per other layer.
        if (!integer(o.value(QStringLiteral("from")), &e.fromNode) ||
            !integer(o.value(QStringLiteral("fromPort")), &e.fromPort) ||
            !integer(o.value(QStringLiteral("to")), &e.toNode) || !integer(o.value(QStringLiteral("toPort")), &e.toPort) ||
            e.fromPort != 0 || e.toPort < 0 || e.toPort >= nodes.size()) {
            *error = QCoreApplication::translate("ModelGraph", "edge %1: \"from\" and \"to\" must be node ids, "
                                                               "\"fromPort\" 0 and \"toPort\" an input port number")
                         .arg(i + 1);
            return false;
        }
        if (!ids.count(e.fromNode) || !ids.count(e.toNode)) {
            *error = QCoreApplication::translate("ModelGraph", "edge %1 refers to a node id that does not exist").arg(i + 1);
            return false;
        }
        // Structural problems (cycles, doubled inputs) are kept so that validation can name them.
        g.edges_.push_back(e);
    }
    *graph = g;
    return true;
}

} // namespace netsmith
