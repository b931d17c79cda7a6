#pragma once
// DrawingFolder: a folder of drawings, one subfolder of images per class (the image-folder
// layout), read the way the draw pad reads a drawing: each image through the model's
// InkPreprocessor, its label the model's class of the same name. What `netsmith-cli evaluate
// --drawings` and the run history's "Evaluate on Drawings" measure, so that a figure quoted
// for drawn digits is the pad's own.
#include "data/DatasetCatalog.h"
#include "infer/TrainedModel.h"

namespace netsmith {

class DrawingFolder
{
public:
    /// The prepared drawings of `folder` (its test/ part when it has train/ and test/) with
    /// labels indexing `model`'s classes. `options` may carry progress and cancellation. The
    /// message names the folder, or the file that cannot be read or holds no ink.
    static bool load(const QString& folder, const TrainedModel& model, DatasetLoadOptions options, Dataset* out,
                     QString* error);
};

} // namespace netsmith
