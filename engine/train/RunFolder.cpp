#include "train/RunFolder.h"

#include "project/AtomicFile.h"
#include "project/ProjectFile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <cmath>
#include <map>
#include <sstream>

namespace netsmith {

namespace {

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

double numberOr(const QJsonValue& v)
{
    return v.isDouble() ? v.toDouble() : std::numeric_limits<double>::quiet_NaN();
}

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

/// Calls `visit` with every event of `kind` ("epoch", "status") in metrics.jsonl, in order.
template <typename Visit>
void forEachEvent(const QString& path, const char* kind, Visit visit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return;
    const QString event = QString::fromLatin1(kind);
    const QByteArray needle = QByteArray("\"") + kind + '"';
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        if (!line.contains(needle)) // cheap filter: most lines are batch events
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value(QStringLiteral("event")).toString() == event)
            visit(o);
    }
}

} // namespace

QJsonObject RunInfo::toJson() const
{
    QJsonObject o{{QStringLiteral("name"), name},
            {QStringLiteral("created"), created},
            {QStringLiteral("finished"), finished},
            {QStringLiteral("status"), status},
            {QStringLiteral("dataset"), dataset},
            {QStringLiteral("classes"), QJsonArray::fromStringList(classes)},
            {QStringLiteral("device"), device},
            {QStringLiteral("epochs"), epochs},
            {QStringLiteral("best_val_accuracy"), number(bestValAccuracy)},
            {QStringLiteral("test_accuracy"), number(testAccuracy)},
            {QStringLiteral("seconds"), seconds},
            {QStringLiteral("samples_per_second"), samplesPerSecond},
            {QStringLiteral("params"), double(params)}};
    if (!modelSha256.isEmpty())
        o.insert(QStringLiteral("model_sha256"), modelSha256);
    if (!checkpointSha256.isEmpty())
        o.insert(QStringLiteral("checkpoint_sha256"), checkpointSha256);
    return o;
}

RunInfo RunInfo::fromJson(const QJsonObject& json)
{
    RunInfo r;
    r.name = json.value(QStringLiteral("name")).toString();
    r.created = json.value(QStringLiteral("created")).toString();
    r.finished = json.value(QStringLiteral("finished")).toString();
    r.status = json.value(QStringLiteral("status")).toString();
    r.dataset = json.value(QStringLiteral("dataset")).toString();
    for (const QJsonValue& c : json.value(QStringLiteral("classes")).toArray())
        r.classes << (c.isString() ? c.toString() : QString::number(c.toDouble()));
    r.device = json.value(QStringLiteral("device")).toString();
    r.epochs = json.value(QStringLiteral("epochs")).toInt();
    r.bestValAccuracy = numberOr(json.value(QStringLiteral("best_val_accuracy")));
    r.testAccuracy = numberOr(json.value(QStringLiteral("test_accuracy")));
    r.seconds = json.value(QStringLiteral("seconds")).toDouble();
    r.samplesPerSecond = json.value(QStringLiteral("samples_per_second")).toDouble();
    r.params = int64_t(json.value(QStringLiteral("params")).toDouble());
    r.modelSha256 = json.value(QStringLiteral("model_sha256")).toString();
    r.checkpointSha256 = json.value(QStringLiteral("checkpoint_sha256")).toString();
    return r;
}

bool RunFolder::create(const QString& root, const QString& name, RunFolder* out, QString* error)
{
    // Names become folder names: keep letters, digits, dot, dash and underscore.
    QString safe = name;
    safe.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    if (safe.isEmpty())
        safe = QStringLiteral("run");
    const QString stem = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")) +
                         QLatin1Char('-') + safe;
    QDir rootDir(root);
    if (!rootDir.mkpath(QStringLiteral("."))) {
        *error = QCoreApplication::translate("RunFolder", "Cannot create the folder %1").arg(native(root));
        return false;
    }
    QString candidate = stem;
    for (int i = 2; rootDir.exists(candidate); ++i)
        candidate = stem + QLatin1Char('-') + QString::number(i);
    if (!rootDir.mkdir(candidate)) {
        *error = QCoreApplication::translate("RunFolder", "Cannot create the folder %1")
                     .arg(native(rootDir.filePath(candidate)));
        return false;
    }
    *out = RunFolder(QDir::cleanPath(rootDir.absoluteFilePath(candidate)));
    return true;
}

QString RunFolder::file(const QString& name) const
{
    return QDir(dir_).filePath(name);
}

bool RunFolder::writeProject(const Project& project, QString* error) const
{
    return ProjectFile::save(project, projectPath(), error);
}

bool RunFolder::writeModel(GraphModule& model, QString* error) const
{
    std::ostringstream stream;
    try {
        torch::save(model, stream);
    } catch (const std::exception& e) {
        *error = QCoreApplication::translate("RunFolder", "Cannot save the model: %1")
                     .arg(QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0));
        return false;
    }
    const std::string bytes = stream.str();
    return writeFileAtomically(modelPath(), QByteArray(bytes.data(), qsizetype(bytes.size())),
                               error);
}

bool RunFolder::writeEvaluation(const ClassificationReport& report, const QStringList& classes, QString* error) const
{
    return writeFileAtomically(evaluationPath(),
                               QJsonDocument(report.toJson(classes)).toJson(QJsonDocument::Indented), error);
}

bool RunFolder::writeRunInfo(const RunInfo& info, QString* error) const
{
    return writeFileAtomically(runInfoPath(),
                               QJsonDocument(info.toJson()).toJson(QJsonDocument::Indented), error);
}

bool RunFolder::writeResults(const Project& project, GraphModule& model, const ClassificationReport* evaluation,
                             const RunInfo& info, QString* error) const
{
    if (!writeProject(project, error) || !writeModel(model, error) ||
        (evaluation && !writeEvaluation(*evaluation, info.classes, error)))
        return false;
    // Read back from disk, so the sums are of the files as they landed.
    RunInfo withSums = info;
    withSums.modelSha256 = sha256Of(modelPath());
    withSums.checkpointSha256 = sha256Of(checkpointPath());
    return writeRunInfo(withSums, error);
}

QString RunFolder::sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

bool RunFolder::checkSha256(const QString& path, const QString& recorded, QString* error)
{
    if (recorded.isEmpty())
        return true;
    const QString now = sha256Of(path);
    if (now == recorded)
        return true;
    *error = QCoreApplication::translate("RunFolder", "%1 is damaged: its SHA-256 is %2, but run.json recorded %3 "
                                                      "when the run ended")
                 .arg(native(path),
                      now.isEmpty() ? QCoreApplication::translate("RunFolder", "unreadable") : now.left(16) + QStringLiteral("…"),
                      recorded.left(16) + QStringLiteral("…"));
    return false;
}

std::vector<std::pair<int, double>> RunFolder::epochCurve(const QString& key) const
{
    std::map<int, double> byEpoch;
    forEachEvent(metricsPath(), "epoch", [&](const QJsonObject& o) {
        const double v = numberOr(o.value(key));
        if (std::isfinite(v))
            byEpoch[o.value(QStringLiteral("epoch")).toInt()] = v;
    });
    return {byEpoch.begin(), byEpoch.end()};
}

QString RunFolder::lastStatus() const
{
    QString status;
    forEachEvent(metricsPath(), "status",
                 [&](const QJsonObject& o) { status = o.value(QStringLiteral("status")).toString(); });
    return status;
}

bool RunFolder::recordExport(const RunExport& record, QString* error) const
{
    QFile file(exportsPath());
    const QByteArray line =
        QJsonDocument(QJsonObject{{QStringLiteral("format"), record.format},
                                  {QStringLiteral("path"), record.path},
                                  {QStringLiteral("time"), record.time}})
            .toJson(QJsonDocument::Compact) +
        '\n';
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append) || file.write(line) != line.size() || !file.flush()) {
        *error = QCoreApplication::translate("RunFolder", "Cannot record the export in %1: %2")
                     .arg(native(file.fileName()), file.errorString());
        return false;
    }
    return true;
}

std::vector<RunExport> RunFolder::exports() const
{
    std::vector<RunExport> out;
    QFile file(exportsPath());
    if (!file.open(QIODevice::ReadOnly))
        return out;
    while (!file.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(file.readLine()).object();
        if (o.value(QStringLiteral("format")).isString())
            out.push_back({o.value(QStringLiteral("format")).toString(), o.value(QStringLiteral("path")).toString(),
                           o.value(QStringLiteral("time")).toString()});
    }
    return out;
}

bool RunFolder::containing(const QString& path, RunFolder* out)
{
    const QFileInfo given(path);
    const RunFolder run(given.isDir() ? given.absoluteFilePath() : given.absolutePath());
    if (!given.isDir() && given.fileName() != QFileInfo(run.checkpointPath()).fileName())
        return false;
    for (const QString& f : {run.projectPath(), run.metricsPath(), run.checkpointPath()})
        if (!QFileInfo(f).isFile())
            return false;
    *out = run;
    return true;
}

bool RunFolder::read(const QString& dir, RunSummary* out, QString* error)
{
    RunSummary r;
    r.directory = QDir(dir).absolutePath();
    const RunFolder run(r.directory);
    const QString folderName = QFileInfo(r.directory).fileName();
    QFile runJson(run.runInfoPath());
    if (runJson.open(QIODevice::ReadOnly)) {
        QJsonParseError parse;
        const QJsonDocument doc = QJsonDocument::fromJson(runJson.readAll(), &parse);
        if (!doc.isObject()) {
            *error = QCoreApplication::translate("RunFolder", "%1 is not valid JSON: %2")
                         .arg(native(runJson.fileName()), parse.errorString());
            return false;
        }
        r.info = RunInfo::fromJson(doc.object());
        r.complete = true;
        r.created = QDateTime::fromString(r.info.created, Qt::ISODate);
    } else if (!QFileInfo::exists(run.metricsPath())) {
        *error = QCoreApplication::translate("RunFolder", "%1 is not a run folder (no run.json or metrics.jsonl)")
                     .arg(native(r.directory));
        return false;
    } else {
        // Still running or interrupted: what metrics.jsonl says so far.
        r.info.seconds = std::numeric_limits<double>::quiet_NaN();
        r.info.epochs = int(run.epochCurve(QStringLiteral("train_loss")).size());
        for (const auto& [epoch, accuracy] : run.epochCurve(QStringLiteral("val_accuracy")))
            if (!(accuracy <= r.info.bestValAccuracy))
                r.info.bestValAccuracy = accuracy;
    }
    if (!r.created.isValid()) // the folder's name starts with its creation time
        r.created = QDateTime::fromString(folderName.left(15), QStringLiteral("yyyyMMdd-HHmmss"));
    r.lastStatus = run.lastStatus();
    *out = r;
    return true;
}

bool RunFolder::open(const QString& dir, Project* project, GraphModule* model, RunInfo* info, QString* error)
{
    const RunFolder run(dir);
    if (!QFileInfo(dir).isDir()) {
        *error = QCoreApplication::translate("RunFolder", "%1 is not a run folder (no such folder)").arg(native(dir));
        return false;
    }
    QStringList missing;
    for (const char* required : {"project.netsmith", "model.pt", "run.json"})
        if (!QFileInfo::exists(run.file(QString::fromLatin1(required))))
            missing << QString::fromLatin1(required);
    if (!missing.isEmpty()) {
        *error = QCoreApplication::translate("RunFolder", "%1 is not a finished run: %2 is missing")
                     .arg(native(dir), missing.join(QStringLiteral(", ")));
        return false;
    }
    Project p;
    if (!ProjectFile::load(run.projectPath(), &p, error))
        return false;
    QFile runJson(run.runInfoPath());
    QJsonParseError parse;
    const QJsonDocument doc = runJson.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(runJson.readAll(), &parse)
                                                               : QJsonDocument();
    if (!doc.isObject()) {
        *error = QCoreApplication::translate("RunFolder", "%1 is not valid JSON").arg(native(runJson.fileName()));
        return false;
    }
    const RunInfo recorded = RunInfo::fromJson(doc.object());
    if (!checkSha256(run.modelPath(), recorded.modelSha256, error))
        return false;
    try {
        GraphModule m(p.graph);
        m->loadWeights(run.modelPath());
        m->eval();
        *model = m;
    } catch (const std::exception& e) {
        *error = QCoreApplication::translate("RunFolder", "%1 does not hold this project's model: %2")
                     .arg(native(run.modelPath()),
                          QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0));
        return false;
    }
    *project = p;
    *info = recorded;
    return true;
}

} // namespace netsmith
