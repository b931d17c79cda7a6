#pragma once
// Image/label pairs in IDX files (MNIST, Fashion-MNIST, EMNIST, KMNIST). A path may be the
// images file itself (its labels file and a test pair are found by the usual names) or a
// folder holding the usual file names, raw or .gz.
#include "data/Dataset.h"

namespace netsmith {

class IdxSource
{
public:
    /// Whether `path` looks like IDX data (an *idx3* file or a folder holding one).
    static bool recognizes(const QString& path);
    /// Loads the training pair and, when present, the test pair. numClasses 0: the largest
    /// training label + 1, named "0".."n-1".
    static bool load(const QString& path, DatasetSplits* out, QString* error, int numClasses = 0);
    /// One images file (N×H×W) and its labels file (N).
    static bool loadPair(const QString& imagesPath, const QString& labelsPath, Dataset* out, QString* error);
    /// Finds the training and test files under a folder (or next to an images file);
    /// missing ones are returned empty.
    struct Files
    {
        QString trainImages, trainLabels, testImages, testLabels;
    };
    static Files locate(const QString& path);
};

} // namespace netsmith
