// Responsiveness benchmark for the training dashboard (issue 6, point 5); not a test.
//
// Trains a project (default: the seed CNN on `digits`, batch 32) through the real
// TrainingPage — controller, live charts, evaluation views — while a 10 ms timer probes the
// UI thread: each timeout's lateness against its schedule is the event-loop latency a user
// would feel. Prints the latency percentiles and the Trainer's samples/s (median of the epochs
// after the first, the figure `netsmith-cli bench` reports) as one JSON line at the end.
//
//   netsmith-dashboard-bench [project|preset=seed-cnn] [--data digits] [--epochs 3]
//                            [--batch-size 32] [--threads 2] [--screenshot FILE.png]
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
#include <cstdio>

using namespace netsmith;

namespace {

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
    QApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
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
    QTimer::singleShot(0, &page, [&] {
        probe.start();
        page.startButton()->click();
    });
    app.exec();

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
