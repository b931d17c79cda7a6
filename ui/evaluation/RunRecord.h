#pragma once
// One row of the run history: what RunFolder::read() says about a run folder (run.json or,
// for a run still going or interrupted, metrics.jsonl), in the widgets' types, plus the
// per-epoch curves on demand. The folder's format is the engine's RunFolder; nothing here
// parses its files.
#include <QDateTime>
#include <QPointF>
#include <QString>
#include <QtNumeric>
#include <vector>

namespace netsmith::ui {

struct RunRecord
{
    QString directory;
    QString name;    ///< the run folder's name (<yyyyMMdd-HHmmss>-<project>): unique in the history
    QString model;   ///< the project trained (run.json "name"); empty while unfinished
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

    QString projectPath() const;

    /// Reads a run folder; false (with a message naming the file) when it is not one.
    static bool read(const QString& directory, RunRecord* out, QString* error);
    /// Every run folder directly under `root`, newest first.
    static std::vector<RunRecord> scan(const QString& root);
};

} // namespace netsmith::ui
