#include "cli/TrainingInvocation.h"

#include "cli/CliCommands.h"
#include "cli/CliOutput.h"

#include "data/AugmentationPresets.h"
#include "data/DatasetCatalog.h"
#include "project/ProjectFile.h"
#include "train/ComputeDevice.h"
#include "train/RunRecorder.h"
#include "train/OptimizerRegistry.h"
#include "train/ScheduleRegistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <cmath>

namespace netsmith::cli {

namespace {

/// Prints an epoch line per epoch and status notes on stderr; forwards all to the run's recorder.
class ConsoleProgress : public TrainingObserver
{
public:
    explicit ConsoleProgress(TrainingObserver* log) : log_(log) {}
    void onBatch(const BatchEvent& e) override { log_->onBatch(e); }
    void onEvaluation(const EvaluationEvent& e) override { log_->onEvaluation(e); }
    void onEpoch(const EpochEvent& e) override
    {
        log_->onEpoch(e);
        const auto f = [](double v, int decimals) {
            return std::isfinite(v) ? QString::number(v, 'f', decimals) : QStringLiteral("-");
        };
        out() << QCoreApplication::translate("Cli", "epoch %1/%2  loss %3  accuracy %4  val_loss %5  val_accuracy %6  "
                                                    "lr %7  %8 s  %9 samples/s")
                     .arg(e.epoch)
                     .arg(e.epochs)
                     .arg(f(e.trainLoss, 4), f(e.trainAccuracy, 4), f(e.valLoss, 4), f(e.valAccuracy, 4))
                     .arg(e.learningRate, 0, 'g', 4)
                     .arg(e.seconds, 0, 'f', 1)
                     .arg(e.samplesPerSecond, 0, 'f', 0)
              << Qt::endl;
        if (!e.warning.isEmpty())
            err() << QCoreApplication::translate("Cli", "netsmith-cli: warning: %1").arg(e.warning) << Qt::endl;
    }
    void onStatus(const StatusEvent& e) override
    {
        log_->onStatus(e);
        if (!e.message.isEmpty() && e.status != TrainingStatus::Failed)
            err() << "netsmith-cli: " << e.message << Qt::endl;
    }

private:
    TrainingObserver* log_;
};

bool takeInt(QStringList& args, const char* name, int min, int* out, int* exitCode)
{
    const QString flag = QString::fromLatin1(name);
    if (!args.contains(flag))
        return true;
    bool ok = false;
    const int v = takeOption(args, flag).toInt(&ok);
    if (!ok || v < min) {
        *exitCode = fail(BadInput, QCoreApplication::translate("Cli", "%1 needs a whole number of at least %2")
                                       .arg(flag)
                                       .arg(min));
        return false;
    }
    *out = v;
    return true;
}

bool takeDouble(QStringList& args, const char* name, double min, double max, double* out, int* exitCode)
{
    const QString flag = QString::fromLatin1(name);
    if (!args.contains(flag))
        return true;
    bool ok = false;
    const double v = takeOption(args, flag).toDouble(&ok);
    if (!ok || !(v > min) || v > max) {
        *exitCode = fail(BadInput, QCoreApplication::translate("Cli", "%1 needs a number above %2 and at most %3")
                                       .arg(flag)
                                       .arg(min)
                                       .arg(max));
        return false;
    }
    *out = v;
    return true;
}

} // namespace

bool TrainingInvocation::parse(const QString& command, QStringList args, TrainingInvocation* out, int* exitCode)
{
    TrainingInvocation inv;
    TrainingSettings overrides;
    const bool dataGiven = args.contains(QStringLiteral("--data"));
    const QString dataArg = takeOption(args, QStringLiteral("--data"));
    if (dataGiven && dataArg.isEmpty()) {
        *exitCode = fail(BadInput, QCoreApplication::translate("Cli", "--data needs a dataset name or path"));
        return false;
    }
    const bool outGiven = args.contains(QStringLiteral("--out"));
    if (outGiven) {
        inv.outRoot = takeOption(args, QStringLiteral("--out"));
        if (inv.outRoot.isEmpty()) {
            *exitCode = fail(BadInput, QCoreApplication::translate("Cli", "--out needs a folder"));
            return false;
        }
        if (QFileInfo(inv.outRoot).exists() && !QFileInfo(inv.outRoot).isDir()) {
            *exitCode = fail(BadInput, QCoreApplication::translate("Cli", "--out %1 is a file, not a folder")
                                           .arg(QDir::toNativeSeparators(inv.outRoot)));
            return false;
        }
    }
    if (args.contains(QStringLiteral("--resume"))) {
        inv.resumeCheckpoint = takeOption(args, QStringLiteral("--resume"));
        RunFolder folder;
        RunSummary summary;
        QString unreadable;
        if (RunFolder::containing(inv.resumeCheckpoint, &folder)) {
            inv.resumeFolder = folder.path();
            inv.resumeCheckpoint = folder.checkpointPath();
            if (!RunFolder::read(folder.path(), &summary, &unreadable)) { // its run.json, say
                *exitCode = fail(BadInput, unreadable);
                return false;
            }
        } else if (!QFileInfo(inv.resumeCheckpoint).isFile()) {
            *exitCode = fail(BadInput, QCoreApplication::translate("Cli", "--resume needs a run folder or an existing "
                                                                          "checkpoint.pt (not found: \"%1\")")
                                           .arg(inv.resumeCheckpoint));
            return false;
        }
        if (!inv.resumeFolder.isEmpty() && outGiven) {
            *exitCode = fail(BadInput, QCoreApplication::translate("Cli", "--out cannot be used with --resume %1: the "
                                                                          "run goes on in its own folder")
                                           .arg(QDir::toNativeSeparators(inv.resumeFolder)));
            return false;
        }
    }
    const bool optimizerGiven = args.contains(QStringLiteral("--optimizer"));
    const QString optimizer = takeOption(args, QStringLiteral("--optimizer")).toLower();
    const bool augmentGiven = args.contains(QStringLiteral("--augment"));
    const QString augment = takeOption(args, QStringLiteral("--augment"));
    const bool deviceGiven = args.contains(QStringLiteral("--device"));
    const QString device = takeOption(args, QStringLiteral("--device"));
    const bool scheduleGiven = args.contains(QStringLiteral("--schedule"));
    const QString schedule = takeOption(args, QStringLiteral("--schedule"));
    int epochs = -1, batchSize = -1, threads = -1, seed = -1, patience = -1;
    double lr = -1, validation = -1;
    if (!takeInt(args, "--epochs", 1, &epochs, exitCode) || !takeInt(args, "--batch-size", 1, &batchSize, exitCode) ||
        !takeInt(args, "--threads", 0, &threads, exitCode) || !takeInt(args, "--seed", 0, &seed, exitCode) ||
        !takeInt(args, "--patience", 0, &patience, exitCode) ||
        !takeDouble(args, "--lr", 0.0, 10.0, &lr, exitCode) ||
        !takeDouble(args, "--validation-split", -1e-12, 0.9, &validation, exitCode))
        return false;
    for (const QString& a : args)
        if (a.startsWith(QLatin1String("--"))) {
            *exitCode = fail(BadInput, QCoreApplication::translate("Cli", "unknown option %1 for %2").arg(a, command));
            return false;
        }
    // A run folder resumed without a project goes on with the project it was training.
    if (!inv.resumeFolder.isEmpty() && args.isEmpty())
        args << RunFolder(inv.resumeFolder).projectPath();
    if (args.size() != 1) {
        *exitCode = fail(BadInput, QCoreApplication::translate("Cli", "%1 takes one preset name or project file "
                                                                      "(see netsmith-cli --help)")
                                       .arg(command));
        return false;
    }
    QString error;
    if (!ProjectFile::load(args.first(), &inv.project, &error)) {
        *exitCode = fail(BadInput, error);
        return false;
    }
    TrainingSettings& s = inv.project.training;
    // Each choice is checked against its registry, which also words the message.
    const auto choose = [exitCode](const QString& flag, const QString& value, const QStringList& ids, QString* out) {
        if (ids.contains(value)) {
            *out = value;
            return true;
        }
        *exitCode = fail(BadInput, QCoreApplication::translate("Cli", "%1: unknown choice \"%2\" (use %3)")
                                       .arg(flag, value, optionIdList(ids)));
        return false;
    };
    if (optimizerGiven && !choose(QStringLiteral("--optimizer"), optimizer, OptimizerRegistry::instance().ids(), &s.optimizer))
        return false;
    if (scheduleGiven && !choose(QStringLiteral("--schedule"), schedule, ScheduleRegistry::instance().ids(), &s.schedule))
        return false;
    const QString dataName = dataArg.isEmpty() ? inv.project.dataset : dataArg;
    if (augmentGiven) {
        // A preset replaces the project's own augmentation settings for this run; "suggested"
        // is the preset the Data page proposes for the dataset (none for a path).
        QString preset;
        const QString wanted = augment == QLatin1String("suggested") ? DatasetCatalog::suggestedAugmentation(dataName)
                                                                      : augment;
        if (!choose(QStringLiteral("--augment"), wanted.isEmpty() ? QStringLiteral("none") : wanted,
                    AugmentationPresets::instance().ids() << QStringLiteral("suggested"), &preset))
            return false;
        s.augmentation = AugmentationPresets::instance().find(preset)->values;
    }
    if (deviceGiven && device.isEmpty()) {
        *exitCode = fail(BadInput, QCoreApplication::translate("Cli", "--device needs a device (cpu, cuda or cuda:N)"));
        return false;
    }
    if (deviceGiven) {
        torch::Device d = torch::kCPU;
        QString note;
        if (!ComputeDevice::choose(device, &d, &note, &error)) {
            *exitCode = fail(BadInput, error);
            return false;
        }
        s.device = device;
    }
    if (epochs > 0)
        s.epochs = epochs;
    if (batchSize > 0)
        s.batchSize = batchSize;
    if (threads > ComputeDevice::maxThreads()) {
        *exitCode = fail(BadInput, QCoreApplication::translate("Cli", "--threads %1: this machine has %2 cores; use at "
                                                                      "most %3 (0: all cores)")
                                       .arg(threads)
                                       .arg(ComputeDevice::maxThreads() / 4)
                                       .arg(ComputeDevice::maxThreads()));
        return false;
    }
    if (threads >= 0)
        s.threads = threads;
    if (seed >= 0)
        s.seed = seed;
    if (patience >= 0)
        s.earlyStopPatience = patience;
    if (lr > 0)
        s.learningRate = lr;
    if (validation >= 0)
        s.validationSplit = validation;

    inv.dataName = dataName;
    if (inv.dataName.isEmpty()) {
        *exitCode = fail(BadInput, QCoreApplication::translate("Cli", "%1 needs --data <name | path>").arg(command));
        return false;
    }
    if (!DatasetCatalog::load(inv.dataName, &inv.data, &error)) {
        *exitCode = fail(BadInput, error);
        return false;
    }
    inv.project.dataset = inv.dataName;
    if (const QString note = inv.data.note(); !note.isEmpty())
        err() << "netsmith-cli: " << note << Qt::endl;
    if (const QString problem = Trainer::checkInputs(inv.project, inv.data); !problem.isEmpty()) {
        *exitCode = fail(BadInput, QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(args.first()), problem));
        return false;
    }
    *out = std::move(inv);
    *exitCode = Ok;
    return true;
}

TrainingInvocation::Outcome TrainingInvocation::run() const
{
    Outcome o;
    QString error;
    const bool rootExisted = QFileInfo::exists(outRoot);
    std::unique_ptr<RunRecorder> recorder =
        resumeFolder.isEmpty() ? RunRecorder::create(outRoot, project, data.train.classNames, &error)
                               : RunRecorder::resume(RunFolder(resumeFolder), project, data.train.classNames, &error);
    if (!recorder) {
        o.exitCode = fail(Failed, error);
        return o;
    }
    o.run = recorder->folder();
    QElapsedTimer clock;
    clock.start();
    ConsoleProgress progress(recorder.get());
    TrainerOptions options;
    options.checkpointPath = o.run.checkpointPath();
    options.resumeCheckpoint = resumeCheckpoint;
    Trainer trainer(project, data, options);
    trainer.setObserver(&progress);
    o.result = trainer.run();
    o.wallSeconds = double(clock.nsecsElapsed()) / 1e9;
    if (!o.result.ok() && o.result.badInput) {
        // Refused before training began (a --resume checkpoint of another model, say): the
        // run folder made a moment ago holds nothing, and goes, with --out if this made it.
        // A resumed folder was left as it was (RunRecorder::resume).
        recorder.reset();
        if (resumeFolder.isEmpty()) {
            QDir(o.run.path()).removeRecursively();
            if (!rootExisted)
                QDir().rmdir(outRoot);
        }
        o.run = RunFolder();
        o.exitCode = fail(BadInput, o.result.message);
        return o;
    }
    if (!o.result.ok()) {
        o.exitCode = fail(Failed, o.result.message);
        return o;
    }
    if (!recorder->finish(o.result, trainer.model(), &error)) {
        o.exitCode = fail(Failed, error);
        return o;
    }
    if (o.result.status == TrainingStatus::EarlyStopped)
        err() << "netsmith-cli: " << o.result.message << Qt::endl;
    o.exitCode = Ok;
    return o;
}

} // namespace netsmith::cli
