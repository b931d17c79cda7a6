#pragma once
// A folder of images with one subfolder per class (PNG, JPEG, BMP, decoded by OpenCV), or a
// folder with train/ and test/ subfolders laid out that way. Images are resized to a chosen
// size (default: the first image's size, scaled down to fit kLargestDefaultImageSide); the
// dataset is grayscale when every image is, else RGB. A folder whose samples would take more
// than 8 GiB is refused before the rest is decoded.
#include "data/DatasetCatalog.h"

namespace netsmith {

class ImageFolderSource
{
public:
    static bool recognizes(const QString& path);
    static bool load(const QString& path, const DatasetLoadOptions& options, DatasetSplits* out, QString* error);
};

} // namespace netsmith
