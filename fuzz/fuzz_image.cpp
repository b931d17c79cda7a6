// Image decoding, both ways a user's picture reaches it:
//  - `netsmith-cli predict RUN IMAGE [--heatmap DIR]`: ImageFile::read, InkPreprocessor for a
//    1×28×28 (MNIST) model, and the heat-map steps predict runs after it (the map carried back
//    onto the source, the grey base, the overlay), with an all-zero Grad-CAM map;
//  - an image folder dataset: DatasetCatalog::load on <folder>/<class>/image.png.
// OpenCV decodes by content, so the .png name takes JPEG and BMP bytes as well.
#include "FuzzSupport.h"

#include "data/DatasetCatalog.h"
#include "infer/HeatMapImage.h"
#include "infer/ImageFile.h"
#include "infer/InkPreprocessor.h"

#include <opencv2/imgproc.hpp>

using namespace netsmith;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::initialise();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString path =
        fuzz::writeFile(QStringLiteral("images/ink/image.png"), fuzz::bytesOf(data, size));
    QString error;

    cv::Mat image;
    if (fuzz::note("ImageFile::read", ImageFile::read(path, &image, &error), error)) {
        const InkPreprocessor preprocessor(Shape{1, 28, 28});
        const PreparedImage prepared = preprocessor.prepare(image);
        fuzz::note("InkPreprocessor::prepare", prepared.ok(), prepared.problem);
        if (prepared.ok()) {
            fuzz::touch(prepared.pixels);
            // PredictCommand's --heatmap branch, with the map Grad-CAM gives for a blank class.
            const cv::Mat onSource =
                InkPreprocessor::mapToSource(prepared, torch::zeros({28, 28}), image.size());
            cv::Mat grey = image;
            if (image.channels() == 3)
                cv::cvtColor(image, grey, cv::COLOR_BGR2GRAY);
            else if (image.channels() == 4)
                cv::cvtColor(image, grey, cv::COLOR_BGRA2GRAY);
            HeatMapImage::overlay(grey, onSource, 0.5);
        }
    }

    DatasetSplits splits;
    if (fuzz::note(
            "DatasetCatalog::load",
            DatasetCatalog::load(fuzz::scratch() + QStringLiteral("/images"), &splits, &error),
            error))
        fuzz::touch(splits.train.images);
    return 0;
}
