#include "evaluation/RunRecord.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>
#include <map>

namespace netsmith::ui {

namespace {

double numberOrNaN(const QJsonValue& v)
{
    return v.isDouble() ? v.toDouble() : qQNaN();
}

} // namespace

bool RunRecord::read(const QString& directory, RunRecord* out, QString* error)
{
    RunRecord r;
    r.directory = QDir(directory).absolutePath();
    r.name = QFileInfo(directory).fileName();
    QFile runFile(r.directory + QStringLiteral("/run.json"));
    const bool hasMetrics = QFile::exists(r.directory + QStringLiteral("/metrics.jsonl"));
    if (runFile.open(QIODevice::ReadOnly)) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(runFile.readAll(), &parseError);
        if (!doc.isObject()) {
            *error = QCoreApplication::translate("RunRecord", "%1 is not valid JSON: %2")
                         .arg(runFile.fileName(), parseError.errorString());
            return false;
        }
        const QJsonObject o = doc.object();
        r.name = o.value(QStringLiteral("name")).toString(r.name);
        r.model = o.value(QStringLiteral("model")).toString(r.name);
        r.dataset = o.value(QStringLiteral("dataset")).toString();
        r.device = o.value(QStringLiteral("device")).toString();
        r.hasSummary = true;
        r.created = QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODate);
        r.params = qint64(o.value(QStringLiteral("params")).toDouble());
        r.epochs = o.value(QStringLiteral("epochs")).toInt();
        r.bestValAccuracy = numberOrNaN(o.value(QStringLiteral("best_val_accuracy")));
        r.testAccuracy = numberOrNaN(o.value(QStringLiteral("test_accuracy")));
        r.seconds = numberOrNaN(o.value(QStringLiteral("seconds")));
    } else if (!hasMetrics) {
        *error = QCoreApplication::translate("RunRecord", "%1 is not a run folder (no run.json or metrics.jsonl)")
                     .arg(r.directory);
        return false;
    } else {
        // Still running or interrupted: the folder name starts with its creation time.
        r.created = QDateTime::fromString(r.name.left(15), QStringLiteral("yyyyMMdd-HHmmss"));
        const std::vector<QPointF> val = r.epochCurve(QStringLiteral("val_accuracy"));
        r.epochs = int(r.epochCurve(QStringLiteral("train_loss")).size());
        for (const QPointF& p : val)
            if (!(p.y() <= r.bestValAccuracy))
                r.bestValAccuracy = p.y();
    }
    r.status = r.lastStatus();
    *out = r;
    return true;
}

QString RunRecord::lastStatus() const
{
    QFile file(directory + QStringLiteral("/metrics.jsonl"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QString status;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        if (!line.contains("\"status\""))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value(QStringLiteral("event")).toString() == QStringLiteral("status"))
            status = o.value(QStringLiteral("status")).toString();
    }
    return status;
}

std::vector<QPointF> RunRecord::epochCurve(const QString& key) const
{
    QFile file(directory + QStringLiteral("/metrics.jsonl"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    // A resumed run repeats epochs: the last value of an epoch wins.
    std::map<int, double> byEpoch;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        if (!line.contains("\"epoch\""))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value(QStringLiteral("event")).toString() != QStringLiteral("epoch"))
            continue;
        const double v = numberOrNaN(o.value(key));
        if (std::isfinite(v))
            byEpoch[o.value(QStringLiteral("epoch")).toInt()] = v;
    }
    std::vector<QPointF> points;
    for (const auto& [epoch, value] : byEpoch)
        points.emplace_back(epoch, value);
    return points;
}

std::vector<RunRecord> RunRecord::scan(const QString& root)
{
    std::vector<RunRecord> runs;
    const QDir dir(root);
    for (const QFileInfo& info : dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        RunRecord r;
        QString error;
        if (read(info.absoluteFilePath(), &r, &error))
            runs.push_back(r);
    }
    std::sort(runs.begin(), runs.end(), [](const RunRecord& a, const RunRecord& b) {
        return a.created != b.created ? a.created > b.created : a.directory > b.directory;
    });
    return runs;
}

} // namespace netsmith::ui
