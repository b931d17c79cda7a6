#pragma once
// How a project is trained: stored in the project file, edited on the training page (and, for
// the augmentation, on the Data page), overridden by netsmith-cli flags. The choices
// (optimizer, schedule, device) are ids of the option registries, which validation reads.
#include "data/AugmentationSettings.h"

#include <QJsonObject>
#include <QString>

namespace netsmith {

struct TrainingSettings
{
    QString optimizer = QStringLiteral("adam"); ///< an OptimizerRegistry id
    double learningRate = 1e-3;
    double momentum = 0.9;                      ///< sgd, rmsprop
    bool nesterov = false;                      ///< sgd
    double weightDecay = 0.0;
    /// Cosine by default: annealing the rate to zero over the run lifts the seed CNN on
    /// fashion-mnist from 0.901 to 0.913 test accuracy in 10 epochs (issue 4 closing note).
    QString schedule = QStringLiteral("cosine"); ///< a ScheduleRegistry id
    int stepSize = 5;                           ///< step: epochs between decays
    double gamma = 0.1;                         ///< step, plateau: decay factor
    int plateauPatience = 2;                    ///< plateau: epochs without val-loss improvement before decaying
    int warmupEpochs = 0;                       ///< cosine
    double labelSmoothing = 0.0;
    int epochs = 10;
    int batchSize = 32;
    double validationSplit = 0.2;
    int earlyStopPatience = 0;                  ///< 0: off
    /// The full pipeline training runs (format 1 stored a preset name; files are migrated).
    AugmentationSettings augmentation;
    int seed = 42;
    QString device = QStringLiteral("cpu");     ///< a DeviceRegistry form: cpu, cuda, cuda:N
    int threads = 0;                            ///< 0: all cores
    bool mixedPrecision = false;                ///< CUDA only

    QJsonObject toJson() const;
    /// Missing keys keep their defaults; a key of the wrong type or out of range is an error.
    static bool fromJson(const QJsonObject& json, TrainingSettings* out, QString* error);
    bool operator==(const TrainingSettings& o) const { return toJson() == o.toJson(); }
};

} // namespace netsmith
