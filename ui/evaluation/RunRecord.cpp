#include "evaluation/RunRecord.h"

#include "train/RunFolder.h"

#include <QDir>
#include <QFileInfo>
#include <algorithm>
#include <cmath>

namespace netsmith::ui {

bool RunRecord::read(const QString& directory, RunRecord* out, QString* error)
{
    RunSummary summary;
    if (!RunFolder::read(directory, &summary, error))
        return false;
    const RunInfo& info = summary.info;
    RunRecord r;
    r.directory = summary.directory;
    r.name = QFileInfo(summary.directory).fileName();
    r.model = info.name;
    r.dataset = info.dataset;
    r.device = info.device;
    r.status = summary.lastStatus;
    r.hasSummary = summary.complete;
    r.created = summary.created;
    r.params = qint64(info.params);
    r.epochs = info.epochs;
    r.bestValAccuracy = info.bestValAccuracy;
    r.testAccuracy = info.testAccuracy;
    r.seconds = info.seconds;
    *out = r;
    return true;
}

std::vector<QPointF> RunRecord::epochCurve(const QString& key) const
{
    std::vector<QPointF> points;
    for (const auto& [epoch, value] : RunFolder(directory).epochCurve(key))
        points.emplace_back(epoch, value);
    return points;
}

QString RunRecord::projectPath() const
{
    return RunFolder(directory).projectPath();
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
