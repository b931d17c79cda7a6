#pragma once
// What the run history knows about one run folder: the summary in run.json and, on demand,
// the per-epoch curves from metrics.jsonl. A folder without run.json is a run that is still
// going or was interrupted; it is listed with what its metrics say so far.
#include <QDateTime>
#include <QPointF>
#include <QString>
#include <QtNumeric>
#include <vector>

namespace netsmith::ui {

struct RunRecord
{
    QString directory;
    QString name;
    QString model;
    QString dataset;
    QString device;
    QString status; ///< the last status in metrics.jsonl: "finished", "cancelled", "running", …
    bool hasSummary = false; ///< run.json exists (the run ended and wrote its results)
    QDateTime created;
    qint64 params = 0;
    int epochs = 0;
    double bestValAccuracy = qQNaN();
    double testAccuracy = qQNaN();
    double seconds = qQNaN();

    /// Per-epoch curves, by the metrics.jsonl key of an "epoch" event ("val_accuracy",
    /// "val_loss", "train_loss", "train_accuracy"): (epoch, value) points.
    std::vector<QPointF> epochCurve(const QString& key) const;

    /// The last "status" event's status in metrics.jsonl; empty when there is none.
    QString lastStatus() const;
    QString projectPath() const { return directory + QStringLiteral("/project.netsmith"); }

    /// Reads a run folder; false (with a message naming the file) when it is not one.
    static bool read(const QString& directory, RunRecord* out, QString* error);
    /// Every run folder directly under `root`, newest first.
    static std::vector<RunRecord> scan(const QString& root);
};

} // namespace netsmith::ui
