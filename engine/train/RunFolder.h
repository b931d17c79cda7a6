#pragma once
// A run folder, runs/<yyyyMMdd-HHmmss>-<name>/: everything one training run leaves behind
// (DESIGN.md): project.netsmith (snapshot with the normalisation used), model.pt,
// checkpoint.pt, metrics.jsonl, evaluation.json and run.json. Every file is written
// atomically. open() is how anything loads a trained model back.
#include "model/GraphModule.h"
#include "metrics/ClassificationReport.h"
#include "project/Project.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <limits>

namespace netsmith {

/// run.json: what the run was and how it went.
struct RunInfo
{
    QString name;
    QString created;  ///< ISO 8601, UTC
    QString finished; ///< ISO 8601, UTC
    QString dataset;
    QStringList classes;
    QString device;
    int epochs = 0;   ///< epochs completed
    double bestValAccuracy = std::numeric_limits<double>::quiet_NaN();
    double testAccuracy = std::numeric_limits<double>::quiet_NaN();
    double seconds = 0;
    double samplesPerSecond = 0;
    int64_t params = 0;

    QJsonObject toJson() const;
    static RunInfo fromJson(const QJsonObject& json);
};

class RunFolder
{
public:
    explicit RunFolder(QString dir = {}) : dir_(std::move(dir)) {}

    /// Makes <root>/<yyyyMMdd-HHmmss>-<name>/ (with -2, -3, ... if that exists already).
    static bool create(const QString& root, const QString& name, RunFolder* out, QString* error);
    /// Loads a finished run: its project, its trained model (weights from model.pt) and run.json.
    static bool open(const QString& dir, Project* project, GraphModule* model, RunInfo* info, QString* error);

    const QString& path() const { return dir_; }
    QString file(const QString& name) const;
    QString checkpointPath() const { return file(QStringLiteral("checkpoint.pt")); }
    QString metricsPath() const { return file(QStringLiteral("metrics.jsonl")); }

    bool writeProject(const Project& project, QString* error) const;
    bool writeModel(GraphModule& model, QString* error) const;
    bool writeEvaluation(const ClassificationReport& report, const QStringList& classes, QString* error) const;
    bool writeRunInfo(const RunInfo& info, QString* error) const;

private:
    QString dir_;
};

} // namespace netsmith
