#pragma once
// TrainedModel: a project with its trained weights and class names, ready to predict. Loaded
// from a run folder (RunFolder::open: project.netsmith + model.pt + run.json) or from a project (or preset)
// plus a weights file, as the training branch writes them.
#include "model/GraphModule.h"
#include "project/Project.h"

#include <QStringList>

namespace netsmith {

struct TrainedModel
{
    Project project;
    GraphModule module{nullptr}; ///< in eval() mode once loaded
    QStringList classNames;      ///< one per model output
    QString source;              ///< the run folder or weights file it came from

    bool isLoaded() const { return !module.is_empty(); }
    int numClasses() const { return int(classNames.size()); }
    const Shape& inputShape() const { return module->inputShape(); }

    /// A run folder of the training branch. The message names the folder and the missing or
    /// broken file; `out` is untouched on failure.
    static bool loadRun(const QString& runDir, TrainedModel* out, QString* error);
    /// A project file or preset name with a model.pt-style weights file.
    static bool loadWeights(const QString& projectOrPreset, const QString& weightsPath, TrainedModel* out,
                            QString* error);
    /// Wraps a module built elsewhere (e.g. just trained in this process). Class names that do
    /// not match the outputs are replaced by "0", "1", ...
    static TrainedModel fromModule(Project project, GraphModule module, QStringList classNames, QString source = {});
};

} // namespace netsmith
