#pragma once
// DrawingsEvaluation: a run's model evaluated on a folder of drawings, off the GUI thread.
// Each drawing is prepared as the draw pad prepares it (DrawingFolder), so the per-class
// figures the evaluation panel then shows are the pad's own; loading reports progress and can
// be cancelled.
#include "train/TrainingObserver.h"

#include <QObject>
#include <QStringList>

#include <memory>

class QThread;

namespace netsmith::ui {

class DrawingsEvaluation : public QObject
{
    Q_OBJECT
public:
    explicit DrawingsEvaluation(QObject* parent = nullptr);
    /// Cancels a job under way and waits for its thread.
    ~DrawingsEvaluation() override;

    /// Starts evaluating the run folder's model on `folder`; false while a job runs.
    bool start(const QString& runDirectory, const QString& folder);
    bool isRunning() const { return thread_ != nullptr; }
    /// The job stops at its next image and reports nothing.
    void cancel();

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    /// `event` holds the report and the per-sample result (Split::Test: a held-out set).
    void finished(const netsmith::EvaluationEvent& event, const QStringList& classNames, const QString& folder);
    void failed(const QString& message);

private:
    struct Job;
    void onThreadFinished();

    std::shared_ptr<Job> job_;
    QThread* thread_ = nullptr;
};

} // namespace netsmith::ui
