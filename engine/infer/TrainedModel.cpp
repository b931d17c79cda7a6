#include "infer/TrainedModel.h"

#include "project/ProjectFile.h"
#include "train/RunFolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace netsmith {

namespace {

/// Builds the module and reads the weights into it; errors name the weights file.
bool buildWithWeights(const Project& project, const QString& weightsPath, GraphModule* out, QString* error)
{
    if (!QFileInfo::exists(weightsPath)) {
        *error = QCoreApplication::translate("TrainedModel", "%1 does not exist").arg(weightsPath);
        return false;
    }
    try {
        GraphModule module(project.graph);
        module->loadWeights(weightsPath);
        *out = module;
        return true;
    } catch (const InvalidGraphError& e) {
        *error = QCoreApplication::translate("TrainedModel", "The model in %1 is not valid: %2")
                     .arg(project.name, QString::fromStdString(e.what()));
    } catch (const std::exception& e) {
        // torch::load's messages are long C++ traces; the first line says what is wrong.
        const QString what = QString::fromStdString(e.what()).section(QLatin1Char('\n'), 0, 0);
        *error = QCoreApplication::translate("TrainedModel",
                                             "Cannot read the weights %1 (they do not fit the model or the file is "
                                             "damaged): %2")
                     .arg(weightsPath, what);
    }
    return false;
}

/// The class names in the run.json of the run folder `dir`, if it is one.
QStringList runClassNames(const QString& dir)
{
    RunSummary run;
    QString ignored;
    return RunFolder::read(dir, &run, &ignored) ? run.info.classes : QStringList();
}

} // namespace

TrainedModel TrainedModel::fromModule(Project project, GraphModule module, QStringList classNames, QString source)
{
    TrainedModel model;
    const Shape& output = module->outputShape();
    const int outputs = output.size() == 1 ? int(output[0]) : int(shapeElements(output));
    if (classNames.size() != outputs) {
        classNames.clear();
        for (int i = 0; i < outputs; ++i)
            classNames.push_back(QString::number(i));
    }
    module->eval();
    model.project = std::move(project);
    model.module = std::move(module);
    model.classNames = std::move(classNames);
    model.source = std::move(source);
    return model;
}

bool TrainedModel::loadRun(const QString& runDir, TrainedModel* out, QString* error)
{
    // The run folder's own reader: the same checks and messages as netsmith-cli evaluate.
    Project project;
    GraphModule module{nullptr};
    RunInfo info;
    QString message;
    if (!RunFolder::open(runDir, &project, &module, &info, &message)) {
        if (error)
            *error = message;
        return false;
    }
    *out = fromModule(std::move(project), std::move(module), info.classes, QDir::cleanPath(QDir(runDir).absolutePath()));
    return true;
}

bool TrainedModel::loadWeights(const QString& projectOrPreset, const QString& weightsPath, TrainedModel* out,
                               QString* error)
{
    QString message;
    Project project;
    GraphModule module{nullptr};
    if (ProjectFile::load(projectOrPreset, &project, &message) &&
        buildWithWeights(project, weightsPath, &module, &message)) {
        // A run.json next to the weights (a run folder's model.pt) still names the classes.
        *out = fromModule(std::move(project), std::move(module), runClassNames(QFileInfo(weightsPath).absolutePath()),
                          QFileInfo(weightsPath).absoluteFilePath());
        return true;
    }
    if (error)
        *error = message;
    return false;
}

} // namespace netsmith
