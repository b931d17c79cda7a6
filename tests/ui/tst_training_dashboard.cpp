// The training page driven for real: a short training on synthetic data feeds the charts
// (the last point of each chart is the engine's last event), Pause and Stop take effect
// before the next batch, the run folder is written and listed, and CSV export round-trips.
#include "TrainingFixture.h"

#include "evaluation/RunHistoryView.h"
#include "training/LiveChartView.h"
#include "training/TrainingCharts.h"
#include "training/TrainingController.h"
#include "training/TrainingPage.h"
#include "training/TrainingSettingsForm.h"
#include "train/RunFolder.h"
#include "train/Trainer.h"

#include <QDir>
#include <QFile>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QValueAxis>
#include <QTemporaryDir>
#include <QtTest>
#include <atomic>
#include <map>

using namespace netsmith;
using namespace netsmith::test;
using netsmith::ui::LiveChartView;
using netsmith::ui::TrainingCharts;
using netsmith::ui::TrainingController;
using netsmith::ui::TrainingPage;

namespace {

/// Calls `action` on the training thread right after the batch event (epoch, batch), once.
class BatchTrigger : public EventRecorder
{
public:
    BatchTrigger(int epoch, int batch, std::function<void()> action)
        : epoch_(epoch), batch_(batch), action_(std::move(action)) {}
    void onBatch(const BatchEvent& e) override
    {
        add(e);
        if (!fired_ && e.epoch == epoch_ && e.batch >= batch_) {
            fired_ = true;
            firedAt_ = int(events().size()) - 1;
            action_();
        }
    }
    int firedAt() const { return firedAt_; }

private:
    int epoch_, batch_;
    std::function<void()> action_;
    std::atomic<bool> fired_{false};
    std::atomic<int> firedAt_{-1};
};

double epochPosition(const BatchEvent& e)
{
    return double(e.epoch - 1) + double(e.batch) / double(e.batchesPerEpoch);
}

std::map<QString, std::vector<QPointF>> readCsv(const QString& path)
{
    std::map<QString, std::vector<QPointF>> series;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return series;
    f.readLine(); // header
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        const int b = line.lastIndexOf(QLatin1Char(',')), a = line.lastIndexOf(QLatin1Char(','), b - 1);
        series[line.left(a)].emplace_back(line.mid(a + 1, b - a - 1).toDouble(), line.mid(b + 1).toDouble());
    }
    return series;
}

} // namespace

class TestTrainingDashboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void realTrainingFeedsTheCharts()
    {
        QTemporaryDir runs;
        TrainingPage page;
        page.resize(1400, 900);
        page.show();
        page.setRunsRoot(runs.path());
        page.setProject(tinyProject(/*epochs=*/4));
        page.setDataOverride(tinyData());
        QCOMPARE(page.settingsForm()->settings().epochs, 4);
        EventRecorder engine;
        page.controller()->setWorkerObserver(&engine);
        QSignalSpy finished(page.controller(), &TrainingController::finished);
        QTest::mouseClick(page.startButton(), Qt::LeftButton);
        QVERIFY(page.controller()->isActive());
        QVERIFY(!page.startButton()->isEnabled());
        QVERIFY(finished.wait(120000));
        QCOMPARE(page.statusText(), QStringLiteral("Finished"));
        QVERIFY(page.startButton()->isEnabled());

        const std::optional<BatchEvent> lastBatch = engine.last<BatchEvent>();
        const std::optional<EpochEvent> lastEpoch = engine.last<EpochEvent>();
        QVERIFY(lastBatch && lastEpoch);
        QCOMPARE(lastEpoch->epoch, 4);

        TrainingCharts* charts = page.charts();
        auto lastShown = [](LiveChartView* chart, int series) {
            const QList<QPointF> shown = chart->displayedPoints(series);
            return shown.isEmpty() ? QPointF(-1, -1) : shown.back();
        };
        QVERIFY(!charts->lossChart()->displayedPoints(TrainingCharts::TrainRaw).isEmpty());
        QCOMPARE(lastShown(charts->lossChart(), TrainingCharts::TrainRaw), QPointF(epochPosition(*lastBatch), lastBatch->loss));
        QCOMPARE(lastShown(charts->accuracyChart(), TrainingCharts::TrainRaw),
                 QPointF(epochPosition(*lastBatch), lastBatch->accuracy));
        QCOMPARE(lastShown(charts->lossChart(), TrainingCharts::Validation), QPointF(4, lastEpoch->valLoss));
        QCOMPARE(lastShown(charts->accuracyChart(), TrainingCharts::Validation), QPointF(4, lastEpoch->valAccuracy));
        QCOMPARE(charts->accuracyChart()->displayedPoints(TrainingCharts::Validation).size(), 4);
        QCOMPARE(lastShown(charts->learningRateChart(), 0), QPointF(epochPosition(*lastBatch), lastBatch->learningRate));
        QCOMPARE(lastShown(charts->throughputChart(), 0), QPointF(epochPosition(*lastBatch), lastBatch->samplesPerSecond));
        // Every batch event the engine sent is in the chart, in order.
        int batchEvents = 0;
        for (const auto& e : engine.events())
            batchEvents += std::holds_alternative<BatchEvent>(e) ? 1 : 0;
        QCOMPARE(int(charts->lossChart()->points(TrainingCharts::TrainRaw).size()), batchEvents);
        QCOMPARE(charts->lossChart()->points(TrainingCharts::TrainSmoothed).size(),
                 charts->lossChart()->points(TrainingCharts::TrainRaw).size());

        // The chart's data as CSV, read back: the same points, to the last bit.
        const QString csv = runs.filePath(QStringLiteral("loss.csv"));
        QString error;
        QVERIFY2(charts->lossChart()->exportCsv(csv, &error), qPrintable(error));
        const auto back = readCsv(csv);
        QCOMPARE(int(back.size()), charts->lossChart()->seriesCount());
        for (int s = 0; s < charts->lossChart()->seriesCount(); ++s) {
            const auto it = back.find(charts->lossChart()->seriesName(s));
            QVERIFY(it != back.end());
            QCOMPARE(it->second, charts->lossChart()->points(s));
        }
        QVERIFY(charts->lossChart()->exportPng(runs.filePath(QStringLiteral("loss.png")), &error));
        QVERIFY(QImage(runs.filePath(QStringLiteral("loss.png"))).width() > 100);

        // The run folder is complete and the history lists it with its curves.
        const QString dir = page.controller()->runDirectory();
        for (const char* file : {"project.netsmith", "model.pt", "checkpoint.pt", "metrics.jsonl", "run.json", "evaluation.json"})
            QVERIFY2(QFile::exists(dir + QLatin1Char('/') + QLatin1String(file)), file);
        ui::RunHistoryView* history = page.runHistory();
        QCOMPARE(int(history->runs().size()), 1);
        QCOMPARE(history->runs().front().status, QStringLiteral("finished"));
        QCOMPARE(history->runs().front().params, qint64(4 * 9 + 4 + 3 * 4 * 36 + 3));
        history->table()->selectRow(0);
        LiveChartView* overlay = history->overlayChart();
        QCOMPARE(overlay->seriesCount(), 1);
        QCOMPARE(int(overlay->points(0).size()), 4);
        QCOMPARE(overlay->points(0).back(), QPointF(4, lastEpoch->valAccuracy));
        QSignalSpy drawPad(history, &ui::RunHistoryView::drawPadRequested);
        QSignalSpy openProject(&page, &TrainingPage::openProjectRequested);
        const auto buttons = history->findChildren<QPushButton*>();
        for (QPushButton* b : buttons) {
            if (b->text() == QStringLiteral("Send model to draw pad") || b->text() == QStringLiteral("Open project"))
                QTest::mouseClick(b, Qt::LeftButton);
        }
        QCOMPARE(drawPad.count(), 1);
        QCOMPARE(drawPad.front().front().toString(), dir);
        QCOMPARE(openProject.count(), 1);
        QCOMPARE(openProject.front().front().toString(), dir + QStringLiteral("/project.netsmith"));
    }

    void pauseTakesEffectBeforeTheNextBatch()
    {
        QTemporaryDir runs;
        TrainingController controller;
        controller.setRunsRoot(runs.path());
        BatchTrigger trigger(2, 1, [&] { controller.pause(); });
        controller.setWorkerObserver(&trigger);
        QSignalSpy status(&controller, &TrainingController::statusChanged);
        QSignalSpy finished(&controller, &TrainingController::finished);
        QVERIFY(controller.start(tinyProject(3, 4), tinyData(600)));
        QTRY_VERIFY_WITH_TIMEOUT(controller.status() == TrainingStatus::Paused, 60000);
        // The loop is parked: the pausing batch event is followed by the Paused status, nothing else.
        auto events = trigger.events();
        QVERIFY(trigger.firedAt() >= 0);
        QCOMPARE(int(events.size()), trigger.firedAt() + 2);
        QCOMPARE(std::get<StatusEvent>(events.back()).status, TrainingStatus::Paused);
        QTest::qWait(200);
        QCOMPARE(int(trigger.events().size()), trigger.firedAt() + 2); // still parked

        const int said = int(status.count());
        controller.resume();
        QVERIFY(finished.wait(120000));
        // Running was said after the resume. (Polling status() could miss it: a tiny run may
        // finish within one delivery, so that status() goes from Paused to Finished.)
        bool running = false;
        for (int i = said; i < status.count(); ++i)
            running |= status.at(i).at(0).value<TrainingStatus>() == TrainingStatus::Running;
        QVERIFY(running);
        QCOMPARE(controller.status(), TrainingStatus::Finished);
        QCOMPARE(trigger.last<EpochEvent>()->epoch, 3);
    }

    void stopTakesEffectBeforeTheNextBatch()
    {
        QTemporaryDir runs;
        TrainingController controller;
        controller.setRunsRoot(runs.path());
        BatchTrigger trigger(2, 1, [&] { controller.stop(); });
        controller.setWorkerObserver(&trigger);
        QSignalSpy finished(&controller, &TrainingController::finished);
        QVERIFY(controller.start(tinyProject(3, 4), tinyData(600)));
        QVERIFY(finished.wait(120000));
        const auto events = trigger.events();
        QCOMPARE(int(events.size()), trigger.firedAt() + 2);
        QCOMPARE(std::get<StatusEvent>(events.back()).status, TrainingStatus::Cancelled);
        QCOMPARE(controller.status(), TrainingStatus::Cancelled);
        // One epoch was completed before the stop: its model is kept in the run folder.
        QVERIFY(QFile::exists(controller.runDirectory() + QStringLiteral("/model.pt")));
        QVERIFY(!controller.isActive());
    }

    void resumeGoesOnInTheSameRunFolder()
    {
        // Stopped in epoch 2 of 3: one epoch kept. "Resume training" goes on from its
        // checkpoint in that folder, and the folder's history is one run of 3 epochs.
        QTemporaryDir runs;
        TrainingController controller;
        controller.setRunsRoot(runs.path());
        BatchTrigger trigger(2, 1, [&] { controller.stop(); });
        controller.setWorkerObserver(&trigger);
        QSignalSpy finished(&controller, &TrainingController::finished);
        QVERIFY(controller.start(tinyProject(3, 4), tinyData(600)));
        QVERIFY(finished.wait(120000));
        const QString run = controller.runDirectory();
        QVERIFY(QFile::exists(run + QStringLiteral("/checkpoint.pt")));

        EventRecorder resumed;
        controller.setWorkerObserver(&resumed);
        QVERIFY(controller.resumeRun(run, tinyData(600)));
        QVERIFY(finished.wait(120000));
        QCOMPARE(controller.status(), TrainingStatus::Finished);
        QCOMPARE(controller.runDirectory(), run);
        QCOMPARE(QDir(runs.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1);
        std::vector<int> epochs;
        for (const auto& e : resumed.events())
            if (const auto* epoch = std::get_if<EpochEvent>(&e))
                epochs.push_back(epoch->epoch);
        QCOMPARE(epochs, (std::vector<int>{2, 3})); // from the checkpoint on, not from the start
        RunSummary summary;
        QString error;
        QVERIFY2(RunFolder::read(run, &summary, &error), qPrintable(error));
        QVERIFY(summary.complete);
        QCOMPARE(summary.info.epochs, 3);
        QCOMPARE(summary.lastStatus, QStringLiteral("finished"));
        QCOMPARE(int(RunFolder(run).epochCurve(QStringLiteral("train_loss")).size()), 3);

        // A folder that is not a run says so instead of starting anything.
        QVERIFY(controller.resumeRun(runs.path(), tinyData(600)));
        QVERIFY(finished.wait(60000));
        QCOMPARE(controller.status(), TrainingStatus::Failed);
        QCOMPARE(QDir(runs.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1);
    }

    void stopWhilePausedEndsTheRun()
    {
        QTemporaryDir runs;
        TrainingController controller;
        controller.setRunsRoot(runs.path());
        BatchTrigger trigger(1, 1, [&] { controller.pause(); });
        controller.setWorkerObserver(&trigger);
        QSignalSpy finished(&controller, &TrainingController::finished);
        QVERIFY(controller.start(tinyProject(3, 4), tinyData(600)));
        QTRY_VERIFY_WITH_TIMEOUT(controller.status() == TrainingStatus::Paused, 60000);
        controller.stop();
        QVERIFY(finished.wait(60000));
        const auto events = trigger.events();
        QCOMPARE(std::get<StatusEvent>(events[std::size_t(trigger.firedAt() + 1)]).status, TrainingStatus::Paused);
        QCOMPARE(std::get<StatusEvent>(events.back()).status, TrainingStatus::Cancelled);
        QCOMPARE(int(events.size()), trigger.firedAt() + 3);
    }

    /// Accuracy near 1 keeps the axis at 1, not at a rounded 1.2 or 1.5 no value can reach.
    void accuracyAxisStopsAtOne()
    {
        auto topOfAxis = [](bool ceiling) {
            LiveChartView chart(QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("y"));
            if (ceiling)
                chart.setYCeiling(1.0);
            chart.addSeries(QStringLiteral("s"), Qt::blue);
            chart.setPoints(0, {{0, 0.12}, {1, 0.93}, {2, 0.995}});
            chart.refresh();
            return qobject_cast<QValueAxis*>(chart.chart()->axes(Qt::Vertical).first())->max();
        };
        QCOMPARE(topOfAxis(true), 1.0);
        QVERIFY(topOfAxis(false) > 1.0); // the padding that the ceiling removes
    }

    void badDataFailsWithAReason()
    {
        QTemporaryDir runs;
        TrainingPage page;
        page.setRunsRoot(runs.path());
        page.setProject(tinyProject());
        DatasetSplits wrong;
        wrong.train = syntheticBars(50, 3, 1, /*size=*/10);
        page.setDataOverride(wrong);
        QSignalSpy finished(page.controller(), &TrainingController::finished);
        QTest::mouseClick(page.startButton(), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QVERIFY2(page.statusText().startsWith(QStringLiteral("Failed: ")), qPrintable(page.statusText()));
        QVERIFY(page.statusText().contains(QStringLiteral("10"))); // names the 1×10×10 samples
    }
};

QTEST_MAIN(TestTrainingDashboard)
#include "tst_training_dashboard.moc"
