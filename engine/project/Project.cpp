#include "project/Project.h"

#include "project/JsonKeys.h"
#include "project/ProjectMigration.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace netsmith {

namespace {

QJsonArray toArray(const std::vector<double>& values)
{
    QJsonArray a;
    for (double v : values)
        a.append(v);
    return a;
}

/// The numbers of a JSON list (absent: none); false when it is not a list of numbers.
bool numbers(const QJsonValue& value, std::vector<double>* out)
{
    if (!value.isUndefined() && !value.isArray())
        return false;
    for (const QJsonValue& x : value.toArray()) {
        if (!x.isDouble())
            return false;
        out->push_back(x.toDouble());
    }
    return true;
}


} // namespace

QJsonObject Project::toJson() const
{
    QJsonObject o{{QStringLiteral("format"), QStringLiteral("netsmith-project")},
                  {QStringLiteral("version"), kFormatVersion},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("graph"), graph.toJson()},
                  {QStringLiteral("training"), training.toJson()},
                  {QStringLiteral("dataset"), dataset}};
    if (!normalization.mean.empty())
        o.insert(QStringLiteral("normalization"),
                 QJsonObject{{QStringLiteral("mean"), toArray(normalization.mean)},
                             {QStringLiteral("std"), toArray(normalization.std)}});
    if (stroke.isKnown())
        o.insert(QStringLiteral("stroke"), stroke.toJson());
    return o;
}

bool Project::fromJson(const QJsonObject& file, Project* out, QString* error)
{
    QJsonObject json = file;
    if (json.value(QStringLiteral("format")).toString() != QLatin1String("netsmith-project")) {
        *error = QCoreApplication::translate("Project", "not a Netsmith project (the \"format\" field is missing or different)");
        return false;
    }
    const int version = json.value(QStringLiteral("version")).toInt(0);
    if (version > kFormatVersion) {
        *error = QCoreApplication::translate("Project", "written by a newer Netsmith (format version %1; this version reads up to %2) — "
                    "update Netsmith to open it")
                     .arg(version)
                     .arg(kFormatVersion);
        return false;
    }
    if (version < 1) {
        *error = QCoreApplication::translate("Project", "has no valid format version");
        return false;
    }
    if (version < kFormatVersion && !ProjectMigration::toCurrent(&json, version, error))
        return false;
    QStringList known = Project().toJson().keys();
    known << QStringLiteral("normalization") << QStringLiteral("stroke"); // written only once measured
    if (const QString unknown = JsonKeys::checkKnown(json, known, QCoreApplication::translate("Project", "the project"));
        !unknown.isEmpty()) {
        *error = unknown;
        return false;
    }
    // A value of the wrong type would read as a default (a "graph" array as an empty graph).
    const auto wrongType = [&](const char* key, bool (QJsonValue::*is)() const, const char* expected) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined() || (v.*is)())
            return false;
        *error = QCoreApplication::translate("Project", "\"%1\" must be %2").arg(QLatin1String(key),
                                                                               QCoreApplication::translate("Project", expected));
        return true;
    };
    if (wrongType("name", &QJsonValue::isString, QT_TRANSLATE_NOOP("Project", "text")) ||
        wrongType("dataset", &QJsonValue::isString, QT_TRANSLATE_NOOP("Project", "text")) ||
        wrongType("graph", &QJsonValue::isObject, QT_TRANSLATE_NOOP("Project", "an object with nodes and edges")) ||
        wrongType("training", &QJsonValue::isObject, QT_TRANSLATE_NOOP("Project", "an object of training settings")) ||
        wrongType("normalization", &QJsonValue::isObject, QT_TRANSLATE_NOOP("Project", "an object with mean and std")) ||
        wrongType("stroke", &QJsonValue::isObject, QT_TRANSLATE_NOOP("Project", "an object with width and intensity")))
        return false;
    Project p;
    p.name = json.value(QStringLiteral("name")).toString();
    QString graphError;
    if (!ModelGraph::fromJson(json.value(QStringLiteral("graph")).toObject(), &p.graph, &graphError)) {
        *error = QCoreApplication::translate("Project", "graph: %1").arg(graphError);
        return false;
    }
    if (!TrainingSettings::fromJson(json.value(QStringLiteral("training")).toObject(), &p.training, error))
        return false;
    p.dataset = json.value(QStringLiteral("dataset")).toString(p.dataset);
    const QJsonObject norm = json.value(QStringLiteral("normalization")).toObject();
    if (!numbers(norm.value(QStringLiteral("mean")), &p.normalization.mean) ||
        !numbers(norm.value(QStringLiteral("std")), &p.normalization.std)) {
        *error = QCoreApplication::translate("Project", "normalization: \"mean\" and \"std\" must be lists of numbers");
        return false;
    }
    if (p.normalization.mean.size() != p.normalization.std.size()) {
        *error = QCoreApplication::translate("Project", "normalization: mean and std have different lengths");
        return false;
    }
    // One entry per input channel, and a spread to divide by: a 3-entry normalisation for a
    // 1-channel model failed later as a broadcast error that aborted evaluate and predict.
    if (!p.normalization.mean.empty()) {
        for (const GraphNode& node : p.graph.nodes()) {
            const qlonglong channels = node.params.value(QStringLiteral("channels")).toLongLong();
            if (node.kind == QLatin1String("Input") && channels > 0 && std::size_t(channels) != p.normalization.mean.size()) {
                *error = QCoreApplication::translate("Project", "normalization: %1 entries, but the Input layer \"%2\" has %3 "
                                                                "channels")
                             .arg(p.normalization.mean.size())
                             .arg(node.name)
                             .arg(channels);
                return false;
            }
        }
        for (double s : p.normalization.std)
            if (!(s > 0) || !std::isfinite(s)) {
                *error = QCoreApplication::translate("Project", "normalization: std %1 is not a positive number").arg(s);
                return false;
            }
        for (double m : p.normalization.mean)
            if (!std::isfinite(m)) {
                *error = QCoreApplication::translate("Project", "normalization: mean %1 is not a number").arg(m);
                return false;
            }
    }
    if (json.contains(QStringLiteral("stroke")) &&
        !StrokeStatistics::fromJson(json.value(QStringLiteral("stroke")).toObject(), &p.stroke, error))
        return false;
    *out = p;
    return true;
}

} // namespace netsmith
