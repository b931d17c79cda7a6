#include "start/WorkflowStatus.h"

#include "graph/NumberFormat.h"
#include "train/RunFolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <cmath>

namespace netsmith::ui {

namespace {

QString percent(double value)
{
    return QString::number(100.0 * value, 'f', 1) + QLatin1Char('%');
}

} // namespace

QString WorkflowStatus::title(Step step)
{
    switch (step) {
    case Data:
        return QCoreApplication::translate("WorkflowStatus", "Data");
    case Design:
        return QCoreApplication::translate("WorkflowStatus", "Design");
    case Train:
        return QCoreApplication::translate("WorkflowStatus", "Train");
    case Evaluate:
        return QCoreApplication::translate("WorkflowStatus", "Evaluate");
    case Deploy:
        return QCoreApplication::translate("WorkflowStatus", "Deploy");
    }
    return {};
}

std::array<WorkflowStatus::StepStatus, WorkflowStatus::kSteps>
WorkflowStatus::of(const Facts& facts)
{
    std::array<StepStatus, kSteps> s;
    const QString dataset = QFileInfo(facts.dataset).fileName().isEmpty()
                                ? facts.dataset
                                : QFileInfo(facts.dataset).fileName();
    if (facts.dataset.isEmpty())
        s[Data] = {
            State::ToDo,
            QCoreApplication::translate(
                "WorkflowStatus",
                "Choose a dataset: a bundled one, an IDX or CSV file, or a folder of images.")};
    else if (facts.loadedDataset != facts.dataset && !facts.runDirectory.isEmpty()) // training loaded it
        s[Data] = {State::Done,
                   QCoreApplication::translate("WorkflowStatus",
                                               "%1 used for training; the Data page shows its samples.")
                       .arg(dataset)};
    else if (facts.loadedDataset != facts.dataset)
        s[Data] = {State::Started,
                   QCoreApplication::translate(
                       "WorkflowStatus", "%1 chosen; open the Data page to load and look at it.")
                       .arg(dataset)};
    else
        s[Data] = {State::Done,
                   QCoreApplication::translate("WorkflowStatus", "%1 loaded: %2 samples.")
                       .arg(dataset, formatCount(facts.loadedSamples))};

    if (facts.modelValid)
        s[Design] = {State::Done, QCoreApplication::translate(
                                      "WorkflowStatus", "A valid model: %1 layers, %2 parameters.")
                                      .arg(facts.layers)
                                      .arg(formatCount(facts.params))};
    else if (facts.layers > 1)
        s[Design] = {State::Started, QCoreApplication::translate(
                                         "WorkflowStatus", "%n problem(s) to fix on the canvas.",
                                         nullptr, facts.problems)};
    else
        s[Design] = {
            State::ToDo,
            QCoreApplication::translate(
                "WorkflowStatus",
                "Drag layers from the palette onto the canvas, or start from an example.")};

    RunSummary run;
    QString error;
    if (facts.runDirectory.isEmpty() || !RunFolder::read(facts.runDirectory, &run, &error) ||
        !run.complete) {
        s[Train] = {State::ToDo,
                    facts.modelValid
                        ? QCoreApplication::translate(
                              "WorkflowStatus", "Not trained yet: start a run on the Train page.")
                        : QCoreApplication::translate(
                              "WorkflowStatus", "Not trained yet: the model must be valid first.")};
        s[Evaluate] = {
            State::ToDo,
            QCoreApplication::translate(
                "WorkflowStatus",
                "After training: ROC and precision-recall curves, the confusion matrix.")};
        s[Deploy] = {
            State::ToDo,
            QCoreApplication::translate(
                "WorkflowStatus", "After training: export to TorchScript, ONNX or PyTorch code.")};
        return s;
    }
    const QString runName = QFileInfo(run.directory).fileName();
    s[Train] = {State::Done,
                std::isfinite(run.info.bestValAccuracy)
                    ? QCoreApplication::translate("WorkflowStatus",
                                                  "Run %1: %2 epochs, best validation accuracy %3.")
                          .arg(runName)
                          .arg(run.info.epochs)
                          .arg(percent(run.info.bestValAccuracy))
                    : QCoreApplication::translate("WorkflowStatus", "Run %1: %2 epochs.")
                          .arg(runName)
                          .arg(run.info.epochs)};
    const RunFolder folder(run.directory);
    if (!QFileInfo::exists(folder.evaluationPath()))
        s[Evaluate] = {
            State::ToDo,
            QCoreApplication::translate(
                "WorkflowStatus", "The run has no evaluation: it measured no held-out split.")};
    else if (std::isfinite(run.info.testAccuracy))
        s[Evaluate] = {State::Done,
                       QCoreApplication::translate(
                           "WorkflowStatus",
                           "Test accuracy %1; curves and confusion matrix on the Evaluation tab.")
                           .arg(percent(run.info.testAccuracy))};
    else
        s[Evaluate] = {
            State::Done,
            QCoreApplication::translate(
                "WorkflowStatus", "Evaluated on the validation split; see the Evaluation tab.")};
    const std::vector<RunExport> exports = folder.exports();
    if (exports.empty())
        s[Deploy] = {State::ToDo,
                     QCoreApplication::translate(
                         "WorkflowStatus", "Not exported yet: TorchScript, ONNX or PyTorch code.")};
    else
        s[Deploy] = {
            State::Done,
            QCoreApplication::translate("WorkflowStatus", "Exported (%1) to %2.")
                .arg(exports.back().format, QDir::toNativeSeparators(exports.back().path))};
    return s;
}

QString WorkflowStatus::latestRun(const QString& runsRoot, const QString& projectName)
{
    // Folder names start with their creation time, so name order is age order.
    const QDir root(runsRoot);
    for (const QString& name :
         root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed)) {
        RunSummary run;
        QString error;
        if (RunFolder::read(root.filePath(name), &run, &error) && run.complete &&
            run.info.name == projectName)
            return run.directory;
    }
    return {};
}

} // namespace netsmith::ui
