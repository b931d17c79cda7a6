// Responsiveness benchmark for the training dashboard (issue 6, point 5); not a test.
//
// Trains a project (default: the seed CNN on `digits`, batch 32) through the real
// TrainingPage — controller, live charts, evaluation views — while a 10 ms timer probes the
// UI thread: each timeout's lateness against its schedule is the event-loop latency a user
// would feel. Prints the latency percentiles and the Trainer's samples/s (median of the epochs
// after the first, the figure `netsmith-cli bench` reports) as one JSON line at the end.
//
//   netsmith-dashboard-bench [project|preset=seed-cnn] [--data digits] [--epochs 3]
//                            [--batch-size 32] [--threads 2] [--screenshot FILE.png] [--trace]
// --trace times every event the UI thread delivers while training runs and prints, to stderr,
// where the UI thread's time went: per receiver class and event type, the total, the count
// and the longest delivery (the question "which GUI update costs the training its speed").
// bench/dashboard_responsiveness.sh runs it interleaved with `netsmith-cli bench`.
#include "data/DatasetCatalog.h"
#include "evaluation/EvaluationPanel.h"
#include "project/ProjectFile.h"
#include "training/TrainingController.h"
#include "training/TrainingPage.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <map>
#include <ctime>
#include <cstdio>

using namespace netsmith;

namespace {

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

/// Times each event delivery on the UI thread (nested deliveries count in their parent too).
class TracingApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool tracing = false;
    struct Cost
    {
        double totalMs = 0, maxMs = 0;
        int count = 0;
    };
    std::map<QString, Cost> costs;
    int depth = 0;

    bool notify(QObject* receiver, QEvent* event) override
    {
        if (!tracing || depth > 0) {
            ++depth;
            const bool r = QApplication::notify(receiver, event);
            --depth;
            return r;
        }
        // Named before delivery: the event may delete its receiver (DeferredDelete).
        const QString key = QStringLiteral("%1 / %2")
                                .arg(QString::fromLatin1(receiver->metaObject()->className()))
                                .arg(int(event->type()));
        // CPU time of the UI thread, not wall time: while training runs on both cores, a
        // handler's wall time mostly measures how long it waited for a core.
        const double start = threadCpuMs();
        ++depth;
        const bool r = QApplication::notify(receiver, event);
        --depth;
        const double ms = threadCpuMs() - start;
        Cost& c = costs[key];
        c.totalMs += ms;
        c.maxMs = std::max(c.maxMs, ms);
        ++c.count;
        return r;
    }
};

double percentile(std::vector<double> v, double q)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const std::size_t i = std::min(v.size() - 1, std::size_t(q * double(v.size() - 1) + 0.5));
    return v[i];
}

} // namespace

int main(int argc, char** argv)
{
    TracingApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool trace = args.removeAll(QStringLiteral("--trace")) > 0;
    auto option = [&](const QString& name, const QString& fallback) {
        const int i = args.indexOf(name);
        if (i < 0 || i + 1 >= args.size())
            return fallback;
        const QString value = args.at(i + 1);
        args.remove(i, 2);
        return value;
    };
    const QString data = option(QStringLiteral("--data"), QStringLiteral("digits"));
    const int epochs = option(QStringLiteral("--epochs"), QStringLiteral("3")).toInt();
    const int batchSize = option(QStringLiteral("--batch-size"), QStringLiteral("32")).toInt();
    const int threads = option(QStringLiteral("--threads"), QStringLiteral("2")).toInt();
    const QString screenshot = option(QStringLiteral("--screenshot"), QString());
    const QString projectName = args.isEmpty() ? QStringLiteral("seed-cnn") : args.first();

    QTextStream err(stderr);
    Project project;
    QString error;
    if (!ProjectFile::load(projectName, &project, &error)) {
        err << "netsmith-dashboard-bench: " << error << Qt::endl;
        return 2;
    }
    DatasetSplits splits;
    if (!DatasetCatalog::load(data, &splits, &error)) {
        err << "netsmith-dashboard-bench: " << error << Qt::endl;
        return 2;
    }
    project.dataset = data;
    project.training.epochs = epochs;
    project.training.batchSize = batchSize;
    project.training.threads = threads;

    QTemporaryDir runs;
    ui::TrainingPage page;
    page.resize(1500, 950);
    page.show();
    page.setRunsRoot(runs.path());
    page.setProject(project);
    page.setDataOverride(splits);

    // The probe: a 10 ms timer; lateness = time since the previous timeout minus 10 ms.
    std::vector<double> lateMs;
    QElapsedTimer sinceLast;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(10);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        if (sinceLast.isValid() && page.controller()->isActive())
            lateMs.push_back(std::max(0.0, double(sinceLast.nsecsElapsed()) / 1e6 - 10.0));
        sinceLast.start();
    });

    double samplesPerSecond = 0;
    int epochsDone = 0;
    QString status;
    QObject::connect(page.controller(), &ui::TrainingController::finished, &app,
                     [&](const TrainingResult& result, const QString&) {
                         samplesPerSecond = result.samplesPerSecond();
                         epochsDone = result.epochsCompleted;
                         status = result.ok() ? QStringLiteral("ok") : result.message;
                         if (!screenshot.isEmpty()) {
                             page.grab().save(screenshot);
                             page.tabs()->setCurrentIndex(1);
                             page.grab().save(QString(screenshot).replace(QStringLiteral(".png"), QStringLiteral("-evaluation.png")));
                         }
                         app.quit();
                     });
    // Halfway through, look at the evaluation tab for a while too (both tabs get exercised).
    // With --screenshot, both tabs are also saved after every epoch (the run in motion).
    QObject::connect(page.controller(), &ui::TrainingController::epochFinished, &page, [&](const EpochEvent& e) {
        if (!screenshot.isEmpty()) {
            QString base = screenshot;
            base.chop(4);
            page.tabs()->setCurrentIndex(0);
            page.grab().save(base + QStringLiteral("-epoch%1-charts.png").arg(e.epoch));
            page.tabs()->setCurrentIndex(1);
            page.grab().save(base + QStringLiteral("-epoch%1-evaluation.png").arg(e.epoch));
        }
        page.tabs()->setCurrentIndex(e.epoch % 2);
    });
    QElapsedTimer wall;
    QTimer::singleShot(0, &page, [&] {
        app.tracing = trace;
        wall.start();
        probe.start();
        page.startButton()->click();
    });
    app.exec();
    if (trace) {
        std::vector<std::pair<QString, TracingApplication::Cost>> rows(app.costs.begin(), app.costs.end());
        std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.second.totalMs > b.second.totalMs; });
        double total = 0;
        for (const auto& r : rows)
            total += r.second.totalMs;
        err << QStringLiteral("UI thread CPU %1 ms in events, over %2 ms of training (%3% of one core)\n")
                   .arg(total, 0, 'f', 0)
                   .arg(double(wall.elapsed()), 0, 'f', 0)
                   .arg(100.0 * total / std::max<double>(1, double(wall.elapsed())), 0, 'f', 1);
        for (size_t i = 0; i < std::min<size_t>(rows.size(), 15); ++i)
            err << QStringLiteral("  %1 ms  %2 events  max %3 ms  %4\n")
                       .arg(rows[i].second.totalMs, 8, 'f', 1)
                       .arg(rows[i].second.count, 6)
                       .arg(rows[i].second.maxMs, 7, 'f', 1)
                       .arg(rows[i].first);
        err.flush();
    }

    QJsonObject out{{QStringLiteral("project"), projectName},
                    {QStringLiteral("data"), data},
                    {QStringLiteral("epochs"), epochsDone},
                    {QStringLiteral("batch_size"), batchSize},
                    {QStringLiteral("threads"), threads},
                    {QStringLiteral("status"), status},
                    {QStringLiteral("probes"), int(lateMs.size())},
                    {QStringLiteral("ui_latency_p50_ms"), percentile(lateMs, 0.50)},
                    {QStringLiteral("ui_latency_p99_ms"), percentile(lateMs, 0.99)},
                    {QStringLiteral("ui_latency_max_ms"), percentile(lateMs, 1.0)},
                    {QStringLiteral("samples_per_second"), samplesPerSecond}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return status == QStringLiteral("ok") ? 0 : 1;
}
