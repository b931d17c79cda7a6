#pragma once
// A TrainingObserver that appends every event to metrics.jsonl, one JSON object per line
// ({"event": "batch" | "epoch" | "evaluation" | "status", ...}), flushed per line so the file
// is readable while training runs and complete up to the last event after a crash.
#include "train/TrainingObserver.h"

#include <QFile>
#include <QStringList>

namespace netsmith {

class MetricsLog : public TrainingObserver
{
public:
    MetricsLog(const QString& path, QStringList classNames);
    bool isOpen() const { return file_.isOpen(); }
    /// Whether a line could not be opened, written or flushed (a full disk): the file is
    /// incomplete from then on, and errorString() says why.
    bool failed() const { return failed_; }
    QString errorString() const { return file_.errorString(); }

    void onBatch(const BatchEvent& e) override;
    void onEpoch(const EpochEvent& e) override;
    void onEvaluation(const EvaluationEvent& e) override;
    void onStatus(const StatusEvent& e) override;

    static QString statusName(TrainingStatus status);

private:
    void write(const QJsonObject& line);
    QFile file_;
    QStringList classNames_;
    bool failed_ = false;
};

} // namespace netsmith
