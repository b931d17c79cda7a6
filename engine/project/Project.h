#pragma once
// A Netsmith project: the model graph, how to train it, on which data, and the input
// normalisation and stroke statistics that belong to the model.
#include "graph/ModelGraph.h"
#include "project/StrokeStatistics.h"
#include "project/TrainingSettings.h"

#include <vector>

namespace netsmith {

struct Normalization
{
    std::vector<double> mean; ///< per channel, in 0..1 pixel units; empty: not computed yet
    std::vector<double> std;
    bool operator==(const Normalization& o) const { return mean == o.mean && std == o.std; }
};

struct Project
{
    /// 2: the training settings hold the full augmentation settings (1: a preset name).
    static constexpr int kFormatVersion = 2;

    QString name;
    ModelGraph graph;
    TrainingSettings training;
    QString dataset = QStringLiteral("digits"); ///< a bundled dataset name or a path
    Normalization normalization;
    /// The training images' strokes (unknown until trained on stroke data, e.g. digits).
    StrokeStatistics stroke;

    QJsonObject toJson() const;
    /// Reads a project document; migrates older format versions (ProjectMigration), refuses
    /// newer ones and malformed content.
    static bool fromJson(const QJsonObject& json, Project* out, QString* error);
    bool operator==(const Project& o) const
    {
        return name == o.name && graph == o.graph && training == o.training && dataset == o.dataset &&
               normalization == o.normalization && stroke == o.stroke;
    }
};

} // namespace netsmith
