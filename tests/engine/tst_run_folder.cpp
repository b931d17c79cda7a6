// The run-folder contract (RunFolder, RunRecorder): a recorded run has every file with the
// keys DESIGN.md lists, open() loads the model back, read() summarises finished and
// unfinished folders alike, and only runs with a completed epoch that did not fail keep results.
#include "GraphBuilder.h"
#include "SyntheticData.h"

#include "train/Checkpoint.h"
#include "train/RunFolder.h"
#include "train/RunRecorder.h"
#include "train/Trainer.h"
#include "train/TrainingControl.h"

#include <QJsonDocument>
#include <caffe2/serialize/inline_container.h>
#include <QtTest>

using namespace netsmith;
using namespace netsmith::test;

namespace {

Project tinyProject(int epochs)
{
    Project p;
    p.name = QStringLiteral("tiny run");
    p.dataset = QStringLiteral("synthetic");
    p.graph = chain({{"Input", params({{"channels", 1}, {"height", 8}, {"width", 8}})},
                     {"Flatten"},
                     {"Linear", params({{"out_features", 3}})}});
    p.training.epochs = epochs;
    p.training.schedule = QStringLiteral("constant");
    p.training.batchSize = 16;
    p.training.threads = 1;
    return p;
}

DatasetSplits tinyData()
{
    DatasetSplits d;
    d.train = syntheticBars(150, 3, 11);
    d.test = syntheticBars(60, 3, 12);
    return d;
}

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

/// Trains `project` recorded under `root`; returns the recorder (its folder holds the run).
std::unique_ptr<RunRecorder> recordedRun(const QString& root, const Project& project, TrainingResult* result,
                                         std::shared_ptr<TrainingControl> control = {})
{
    QString error;
    const DatasetSplits data = tinyData();
    std::unique_ptr<RunRecorder> recorder = RunRecorder::create(root, project, data.train.classNames, &error);
    if (!recorder)
        qFatal("%s", qPrintable(error));
    TrainerOptions options;
    options.checkpointPath = recorder->folder().checkpointPath();
    Trainer trainer(project, data, options);
    trainer.setObserver(recorder.get());
    trainer.setControl(std::move(control));
    *result = trainer.run();
    if (!recorder->finish(*result, trainer.model(), &error))
        qFatal("%s", qPrintable(error));
    return recorder;
}

} // namespace

class TestRunFolder : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir dir_;

private Q_SLOTS:
    void recordedRunHasEveryFileAndKey()
    {
        TrainingResult result;
        const auto recorder = recordedRun(dir_.filePath(QStringLiteral("runs")), tinyProject(2), &result);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(recorder->hasResults());
        const RunFolder& run = recorder->folder();
        QVERIFY2(QFileInfo(run.path()).fileName().endsWith(QStringLiteral("-tiny-run")), qPrintable(run.path()));
        for (const QString& f : {run.projectPath(), run.modelPath(), run.checkpointPath(), run.metricsPath(),
                                 run.evaluationPath(), run.runInfoPath()})
            QVERIFY2(QFileInfo::exists(f), qPrintable(f));

        const QJsonObject info = readJson(run.runInfoPath());
        for (const char* key : {"name", "created", "finished", "status", "dataset", "classes", "device", "epochs",
                                "best_val_accuracy", "test_accuracy", "seconds", "samples_per_second", "params"})
            QVERIFY2(info.contains(QLatin1String(key)), key);
        QCOMPARE(info.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
        QCOMPARE(info.value(QStringLiteral("epochs")).toInt(), 2);
        QCOMPARE(info.value(QStringLiteral("params")).toInt(), 64 * 3 + 3);
        QCOMPARE(info.value(QStringLiteral("test_accuracy")).toDouble(), result.testAccuracy);
        QCOMPARE(readJson(run.evaluationPath()).value(QStringLiteral("accuracy")).toDouble(), result.testAccuracy);

        // open(): the project as trained (normalisation included) and the model, in eval mode.
        Project project;
        GraphModule model{nullptr};
        RunInfo loaded;
        QString error;
        QVERIFY2(RunFolder::open(run.path(), &project, &model, &loaded, &error), qPrintable(error));
        QCOMPARE(project.normalization.mean, result.project.normalization.mean);
        QVERIFY(!model->is_training());
        QCOMPARE(loaded.classes, tinyData().train.classNames);
        QCOMPARE(loaded.epochs, 2);

        // read(): the summary, the last status and the curves of metrics.jsonl.
        RunSummary summary;
        QVERIFY2(RunFolder::read(run.path(), &summary, &error), qPrintable(error));
        QVERIFY(summary.complete);
        QCOMPARE(summary.lastStatus, QStringLiteral("finished"));
        QCOMPARE(summary.info.testAccuracy, result.testAccuracy);
        QVERIFY(summary.created.isValid());
        const auto curve = run.epochCurve(QStringLiteral("val_accuracy"));
        QCOMPARE(int(curve.size()), 2);
        QCOMPARE(curve.back().first, 2);
        QCOMPARE(curve.back().second, result.finalValAccuracy);
    }

    void damagedWeightsAreNamedNotLoaded()
    {
        // Issue 15: 64 flipped bytes inside model.pt or checkpoint.pt loaded without a word.
        // run.json records their SHA-256, and loading checks it.
        TrainingResult result;
        const auto recorder = recordedRun(dir_.filePath(QStringLiteral("damaged")), tinyProject(1), &result);
        QVERIFY2(result.ok(), qPrintable(result.message));
        const RunFolder& run = recorder->folder();
        const QJsonObject info = readJson(run.runInfoPath());
        QCOMPARE(info.value(QStringLiteral("model_sha256")).toString(), RunFolder::sha256Of(run.modelPath()));
        QCOMPARE(info.value(QStringLiteral("checkpoint_sha256")).toString(), RunFolder::sha256Of(run.checkpointPath()));
        QCOMPARE(RunFolder::sha256Of(run.modelPath()).size(), 64);

        const auto flip = [](const QString& path) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QByteArray bytes = f.readAll();
            for (qsizetype i = bytes.size() / 2; i < bytes.size() / 2 + 64 && i < bytes.size(); ++i)
                bytes[i] = char(~bytes[i]);
            f.seek(0);
            f.write(bytes);
        };
        flip(run.modelPath());
        Project project;
        GraphModule model{nullptr};
        RunInfo loaded;
        QString error;
        QVERIFY(!RunFolder::open(run.path(), &project, &model, &loaded, &error));
        QVERIFY2(error.contains(QStringLiteral("model.pt is damaged")) && error.contains(QStringLiteral("SHA-256")),
                 qPrintable(error));

        flip(run.checkpointPath());
        GraphModule fresh(result.project.graph);
        torch::optim::SGD optimizer(fresh->parameters(), torch::optim::SGDOptions(0.1));
        TrainingProgress progress;
        QVERIFY(!Checkpoint::load(run.checkpointPath(), fresh, optimizer, &progress, &error));
        QVERIFY2(error.contains(QStringLiteral("checkpoint.pt is damaged")), qPrintable(error));
    }

    void weightsOfAnotherShapeAreNamedNotLoaded()
    {
        // Issue 15: a project.netsmith that does not match model.pt (another input size, a
        // narrower last layer) loaded, since torch's load takes any shape, and the process
        // aborted when the model first ran.
        Project trained = tinyProject(1);
        GraphModule module(trained.graph);
        Project edited = trained;
        edited.graph = chain({{"Input", params({{"channels", 1}, {"height", 8}, {"width", 8}})},
                              {"Flatten"},
                              {"Linear", params({{"out_features", 2}})}});
        const RunFolder run(dir_.filePath(QStringLiteral("mismatch")));
        QDir().mkpath(run.path());
        RunInfo info;
        info.status = QStringLiteral("finished");
        info.epochs = 1;
        QString error;
        QVERIFY2(run.writeResults(edited, module, nullptr, info, &error), qPrintable(error));
        Project project;
        GraphModule loaded{nullptr};
        RunInfo read;
        QVERIFY(!RunFolder::open(run.path(), &project, &loaded, &read, &error));
        QVERIFY2(error.contains(QStringLiteral("model.pt")) && error.contains(QString::fromUtf8("3×64 in the weights")) &&
                     error.contains(QString::fromUtf8("2×64 in the model")),
                 qPrintable(error));
        QVERIFY(!loaded);
    }

    void aTensorRecordCutShortIsNamed()
    {
        // A model.pt rebuilt with one tensor's record cut to 4 bytes loaded (torch sizes the
        // storage by the pickle's claim) and the forward pass read past the data (ASan).
        Project p = tinyProject(1);
        GraphModule module(p.graph);
        const QString whole = dir_.filePath(QStringLiteral("whole.pt"));
        const QString cut = dir_.filePath(QStringLiteral("cut.pt"));
        torch::save(module, whole.toStdString());
        {
            caffe2::serialize::PyTorchStreamReader reader(whole.toStdString());
            caffe2::serialize::PyTorchStreamWriter writer(cut.toStdString());
            for (const std::string& name : reader.getAllRecords()) {
                if (name == "version")
                    continue; // the writer adds its own
                auto [data, size] = reader.getRecord(name);
                writer.writeRecord(name, data.get(), name.rfind("data/", 0) == 0 ? std::min<size_t>(size, 4) : size);
            }
            writer.writeEndOfFile();
        }
        GraphModule fresh(p.graph);
        fresh->loadWeights(whole); // the untouched file loads
        try {
            GraphModule damaged(p.graph);
            damaged->loadWeights(cut);
            QFAIL("a record cut short loaded");
        } catch (const std::runtime_error& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("fewer than the")), e.what());
        }
    }

    void damagedArchivesAreRefusedBeforeTorchReadsThem()
    {
        // Fuzzer findings (fuzz/corpus/*/regress-*): a few bytes changed in data.pkl or in a
        // class's source crashed LibTorch's TorchScript importer, or made it read a 2 GB
        // string; each member's CRC-32 is checked first.
        const QString corpus = QStringLiteral(NETSMITH_SOURCE_DIR "/fuzz/corpus/");
        Project p = tinyProject(1);
        for (const char* finding : {"weights/regress-segv-torchscript-class-name.pt",
                                    "weights/regress-oom-pickle-string-2gb.pt"}) {
            try {
                GraphModule module(p.graph);
                module->loadWeights(corpus + QLatin1String(finding));
                QFAIL(finding);
            } catch (const std::runtime_error& e) {
                QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("is damaged")), e.what());
            }
        }
        GraphModule fresh(p.graph);
        torch::optim::SGD optimizer(fresh->parameters(), torch::optim::SGDOptions(0.1));
        TrainingProgress progress;
        QString error;
        QVERIFY(!Checkpoint::load(corpus + QStringLiteral("checkpoint/regress-segv-torchscript-class-source.pt"), fresh,
                                  optimizer, &progress, &error));
        QVERIFY2(error.contains(QStringLiteral("ZIP bad CRC")), qPrintable(error));
    }

    void cancelledRunsKeepResultsOnlyAfterAnEpoch()
    {
        const QString root = dir_.filePath(QStringLiteral("cancelled"));
        auto control = std::make_shared<TrainingControl>();
        control->requestCancel(); // before the first batch: nothing trained
        TrainingResult result;
        auto none = recordedRun(root, tinyProject(2), &result, control);
        QCOMPARE(result.status, TrainingStatus::Cancelled);
        QVERIFY(!none->hasResults());
        QVERIFY(!QFileInfo::exists(none->folder().runInfoPath()));
        // Unfinished: read() says what metrics.jsonl says.
        RunSummary summary;
        QString error;
        QVERIFY2(RunFolder::read(none->folder().path(), &summary, &error), qPrintable(error));
        QVERIFY(!summary.complete);
        QCOMPARE(summary.lastStatus, QStringLiteral("cancelled"));
        QCOMPARE(summary.info.epochs, 0);
        QVERIFY(summary.created.isValid()); // from the folder's name
        QVERIFY(!RunFolder::open(none->folder().path(), nullptr, nullptr, nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("model.pt")) && error.contains(QStringLiteral("run.json")),
                 qPrintable(error));

        // Cancelled in epoch 2: epoch 1's model and figures are kept.
        Project twoEpochs = tinyProject(3);
        twoEpochs.training.batchSize = 150; // one batch per epoch
        auto later = std::make_shared<TrainingControl>();
        struct CancelAfterFirstEpoch : TrainingObserver
        {
            std::shared_ptr<TrainingControl> control;
            void onEpoch(const EpochEvent&) override { control->requestCancel(); }
        };
        QString rootLater = dir_.filePath(QStringLiteral("cancelled-later"));
        const DatasetSplits data = tinyData();
        auto recorder = RunRecorder::create(rootLater, twoEpochs, data.train.classNames, &error);
        QVERIFY(recorder);
        Trainer trainer(twoEpochs, data, {recorder->folder().checkpointPath(), {}, true});
        CancelAfterFirstEpoch cancel;
        cancel.control = later;
        struct Both : TrainingObserver
        {
            TrainingObserver* a;
            TrainingObserver* b;
            void onEpoch(const EpochEvent& e) override { a->onEpoch(e), b->onEpoch(e); }
            void onStatus(const StatusEvent& e) override { a->onStatus(e), b->onStatus(e); }
        } both;
        both.a = recorder.get();
        both.b = &cancel;
        trainer.setObserver(&both);
        trainer.setControl(later);
        const TrainingResult r = trainer.run();
        QCOMPARE(r.status, TrainingStatus::Cancelled);
        QVERIFY2(recorder->finish(r, trainer.model(), &error), qPrintable(error));
        QVERIFY(recorder->hasResults());
        QCOMPARE(readJson(recorder->folder().runInfoPath()).value(QStringLiteral("status")).toString(),
                 QStringLiteral("cancelled"));
        QCOMPARE(readJson(recorder->folder().runInfoPath()).value(QStringLiteral("epochs")).toInt(), 1);
    }

    void failedRunsKeepNoResults()
    {
        Project p = tinyProject(2);
        p.normalization.mean = {0.0};
        p.normalization.std = {1e-45}; // NaN loss in the first batch
        TrainingResult result;
        const auto recorder = recordedRun(dir_.filePath(QStringLiteral("failed")), p, &result);
        QCOMPARE(result.status, TrainingStatus::Failed);
        QVERIFY(!recorder->hasResults());
        QVERIFY(!QFileInfo::exists(recorder->folder().runInfoPath()));
        QVERIFY(!QFileInfo::exists(recorder->folder().modelPath()));
        QCOMPARE(recorder->folder().lastStatus(), QStringLiteral("failed"));
    }

    void aMetricsLogThatLostLinesSaysSo()
    {
        // /dev/full accepts the open and fails every write with "No space left on device".
        if (!QFileInfo::exists(QStringLiteral("/dev/full")))
            QSKIP("no /dev/full here");
        MetricsLog log(QStringLiteral("/dev/full"), {});
        QVERIFY(!log.failed());
        log.onStatus({TrainingStatus::Running, {}});
        QVERIFY(log.failed());
    }

    void notARunFolderSaysWhich()
    {
        RunSummary summary;
        QString error;
        QVERIFY(!RunFolder::read(dir_.path(), &summary, &error));
        QVERIFY2(error.contains(QStringLiteral("run.json")), qPrintable(error));
        QVERIFY(!RunFolder::open(dir_.filePath(QStringLiteral("nope")), nullptr, nullptr, nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("nope")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestRunFolder)
#include "tst_run_folder.moc"
