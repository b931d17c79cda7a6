#pragma once
// A run folder, runs/<yyyyMMdd-HHmmss>-<name>/: everything one training run leaves behind.
// This type is the folder's one reader and writer (its format: docs/DESIGN.md "Run folder");
// RunRecorder fills one while a run trains, open() loads a trained model back, read() tells
// the run history what a folder holds without loading the model.
//
//   project.netsmith  the project as trained (with the normalisation the model expects)
//   model.pt          the trained weights (torch::save of the GraphModule)
//   checkpoint.pt     model, optimizer and progress after the last completed epoch (resume)
//   metrics.jsonl     one JSON object per event (MetricsLog), appended while training runs
//   evaluation.json   the ClassificationReport of the test split (else the validation split)
//   run.json          RunInfo: what the run was and how it went; written last, so its
//                     presence marks a run whose results are complete
//   exports.jsonl     one line per export of the model (ModelExporter), after the run
// Every file is written atomically.
#include "model/GraphModule.h"
#include "metrics/ClassificationReport.h"
#include "project/Project.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <limits>
#include <utility>
#include <vector>

namespace netsmith {

/// run.json: what the run was and how it went.
struct RunInfo
{
    QString name;     ///< the project's name
    QString created;  ///< ISO 8601, UTC
    QString finished; ///< ISO 8601, UTC
    QString status;   ///< MetricsLog::statusName of the run's end: "finished", "early_stopped", "cancelled"
    QString dataset;  ///< bundled dataset name or path, as trained on
    QStringList classes; ///< one per model output
    QString device;   ///< "cpu", "cuda:0"
    int epochs = 0;   ///< epochs completed
    double bestValAccuracy = std::numeric_limits<double>::quiet_NaN();
    double testAccuracy = std::numeric_limits<double>::quiet_NaN();
    double seconds = 0; ///< wall-clock time of the run
    double samplesPerSecond = 0; ///< TrainingResult::samplesPerSecond()
    int64_t params = 0;
    /// SHA-256 (hex) of model.pt and checkpoint.pt as written at the end of the run; empty
    /// when not recorded (older runs, no checkpoint). Loading checks them.
    QString modelSha256;
    QString checkpointSha256;

    QJsonObject toJson() const;
    static RunInfo fromJson(const QJsonObject& json);
};

/// One line of exports.jsonl: the trained model deployed somewhere.
struct RunExport
{
    QString format; ///< ModelExporter::formatName: "torchscript", "onnx", "pytorch"
    QString path;   ///< absolute, as written
    QString time;   ///< ISO 8601, UTC
};

/// What a folder says about itself without loading the model (the run history's row).
struct RunSummary
{
    QString directory;    ///< absolute
    RunInfo info;         ///< from run.json; for an unfinished run what metrics.jsonl says so far
    bool complete = false; ///< run.json exists: the run ended and wrote its results
    QString lastStatus;   ///< the last status in metrics.jsonl ("running", "finished", …); may be empty
    QDateTime created;    ///< run.json's, else the time in the folder's name
};

class RunFolder
{
public:
    /// The SHA-256 of a file's bytes, in hex; empty when it cannot be read.
    static QString sha256Of(const QString& path);
    /// Whether `path` still has the SHA-256 run.json recorded (`recorded` empty: nothing to
    /// check); else false and a message that names the damaged file.
    static bool checkSha256(const QString& path, const QString& recorded, QString* error);
    explicit RunFolder(QString dir = {}) : dir_(std::move(dir)) {}

    /// Makes <root>/<yyyyMMdd-HHmmss>-<name>/ (with -2, -3, ... if that exists already).
    static bool create(const QString& root, const QString& name, RunFolder* out, QString* error);
    /// Loads a finished run: its project, its trained model (weights from model.pt, eval mode)
    /// and run.json. The message names the folder and the missing or broken file.
    static bool open(const QString& dir, Project* project, GraphModule* model, RunInfo* info, QString* error);
    /// The run folder that `path` names for a resume: the folder itself, or the folder of a
    /// checkpoint.pt inside one (it holds project.netsmith and metrics.jsonl beside it).
    /// False for a checkpoint kept anywhere else, which starts a new run folder instead.
    static bool containing(const QString& path, RunFolder* out);
    /// Reads run.json or, for a run still going or interrupted, metrics.jsonl. False (with a
    /// message naming the file) when the folder is neither.
    static bool read(const QString& dir, RunSummary* out, QString* error);

    const QString& path() const { return dir_; }
    QString file(const QString& name) const;
    QString projectPath() const { return file(QStringLiteral("project.netsmith")); }
    QString modelPath() const { return file(QStringLiteral("model.pt")); }
    QString checkpointPath() const { return file(QStringLiteral("checkpoint.pt")); }
    QString metricsPath() const { return file(QStringLiteral("metrics.jsonl")); }
    QString evaluationPath() const { return file(QStringLiteral("evaluation.json")); }
    QString runInfoPath() const { return file(QStringLiteral("run.json")); }
    QString exportsPath() const { return file(QStringLiteral("exports.jsonl")); }

    bool writeProject(const Project& project, QString* error) const;
    /// A run's results, in the order that keeps the folder consistent: project.netsmith,
    /// model.pt, evaluation.json (when `evaluation` is given), run.json last.
    bool writeResults(const Project& project, GraphModule& model, const ClassificationReport* evaluation,
                      const RunInfo& info, QString* error) const;

    /// (epoch, value) of a metrics.jsonl "epoch" key ("val_accuracy", "train_loss", …),
    /// ascending; a resumed run repeats epochs, and the last value of an epoch wins.
    std::vector<std::pair<int, double>> epochCurve(const QString& key) const;
    /// The status of the last "status" event in metrics.jsonl; empty when there is none.
    QString lastStatus() const;

    /// Appends a line to exports.jsonl (a line is appended whole or, on a full disk, not at all
    /// as far as readers go: exports() skips a torn last line).
    bool recordExport(const RunExport& record, QString* error) const;
    /// exports.jsonl's records, oldest first; none when the model was never exported.
    std::vector<RunExport> exports() const;

private:
    bool writeModel(GraphModule& model, QString* error) const;
    bool writeEvaluation(const ClassificationReport& report, const QStringList& classes, QString* error) const;
    bool writeRunInfo(const RunInfo& info, QString* error) const;

    QString dir_;
};

} // namespace netsmith
