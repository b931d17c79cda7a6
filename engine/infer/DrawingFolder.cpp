#include "infer/DrawingFolder.h"

#include "infer/InkPreprocessor.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <opencv2/imgproc.hpp>

namespace netsmith {

bool DrawingFolder::load(const QString& folder, const TrainedModel& model, DatasetLoadOptions options, Dataset* out,
                         QString* error)
{
    if (!QFileInfo(folder).isDir()) {
        *error = QCoreApplication::translate("DrawingFolder", "%1 is not a folder of drawings (one subfolder of "
                                                              "images per class)")
                     .arg(folder);
        return false;
    }
    const InkPreprocessor preprocessor = InkPreprocessor::forModel(model);
    options.prepareImage = [&preprocessor](const cv::Mat& decoded, QString* problem) {
        const PreparedImage prepared = preprocessor.prepare(decoded);
        if (!prepared.ok()) {
            *problem = prepared.problem;
            return cv::Mat();
        }
        const torch::Tensor plane = prepared.pixels[0].contiguous();
        cv::Mat grey = cv::Mat(int(plane.size(0)), int(plane.size(1)), CV_8U, plane.data_ptr<uint8_t>()).clone();
        if (prepared.pixels.size(0) == 3)
            cv::cvtColor(grey, grey, cv::COLOR_GRAY2BGR);
        return grey;
    };
    DatasetSplits splits;
    if (!DatasetCatalog::load(folder, options, &splits, error))
        return false;
    Dataset drawings = splits.test.size() > 0 ? splits.test : splits.train;
    // Folder names to the model's classes: the folders need not list every class, nor in order.
    std::vector<int64_t> toModel;
    for (const QString& name : drawings.classNames) {
        const int64_t index = model.classNames.indexOf(name);
        if (index < 0) {
            *error = QCoreApplication::translate("DrawingFolder", "%1: the class folder \"%2\" is not one of the model's "
                                                                  "classes (%3)")
                         .arg(folder, name, model.classNames.join(QStringLiteral(", ")));
            return false;
        }
        toModel.push_back(index);
    }
    drawings.labels = torch::tensor(toModel, torch::kInt64).index_select(0, drawings.labels);
    drawings.classNames = model.classNames;
    drawings.name = folder;
    *out = std::move(drawings);
    return true;
}

} // namespace netsmith
