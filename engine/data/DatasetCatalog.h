#pragma once
// The one entry point for getting a dataset: by bundled name ("digits", "fashion-mnist") or
// by path (IDX file/folder, CSV file, image folder, CIFAR-10 binary batches). The GUI,
// netsmith-cli and the trainer all load through here, so a path works anywhere a name does.
#include "data/Dataset.h"

#include <functional>
#include <opencv2/core.hpp>

namespace netsmith {

/// What a listing shows about one dataset, read without loading its samples.
struct DatasetInfo
{
    QString name;          ///< "digits", "fashion-mnist"
    QString location;      ///< folder or file it is read from
    int64_t trainCount = 0;
    int64_t testCount = 0;
    QStringList classNames;
    Shape sampleShape;     ///< C×H×W
    bool available = false;
    QString problem;       ///< why it is not available (one line), when it is not
};

/// Choices for sources that need them (image folders); the others ignore them.
struct DatasetLoadOptions
{
    int imageWidth = 0;  ///< resize image-folder images to this; 0: the first image's size
    int imageHeight = 0;
    /// Called from the loading thread with (done, total) while a slow source loads.
    std::function<void(int64_t, int64_t)> progress;
    /// Asked from the loading thread between images: true stops a slow source, and the load
    /// fails with "cancelled" (DatasetCatalog::cancelledMessage()).
    std::function<bool()> cancelled;
    /// Image folders: makes each decoded image (8-bit grey, BGR or BGRA, as stored) into its
    /// sample instead of the resize, e.g. drawings prepared as the draw pad prepares them
    /// (DrawingFolder). An empty result fails the load, naming the file and `problem`.
    std::function<cv::Mat(const cv::Mat& decoded, QString* problem)> prepareImage;
};

class DatasetCatalog
{
public:
    /// Loads a bundled dataset or a path. On failure `out` is untouched and `error` holds a
    /// one-line message naming the file and what is wrong.
    static bool load(const QString& nameOrPath, DatasetSplits* out, QString* error);
    static bool load(const QString& nameOrPath, const DatasetLoadOptions& options, DatasetSplits* out,
                     QString* error);
    /// The bundled datasets with their sizes (digits is converted here on first use).
    static std::vector<DatasetInfo> list();
    static QStringList bundledNames();
    /// The error of a load that DatasetLoadOptions::cancelled stopped.
    static QString cancelledMessage();
    /// Where Debian's dataset-fashion-mnist installs its IDX .gz files
    /// (NETSMITH_FASHION_MNIST_DIR overrides it).
    static QString fashionMnistSource();
    static QStringList fashionMnistClasses();
    /// The augmentation preset (AugmentationPresets id) that suits a bundled dataset: how its
    /// samples vary in the world. Empty for paths: Netsmith does not know what they show.
    static QString suggestedAugmentation(const QString& nameOrPath);
};

} // namespace netsmith
