#pragma once
// A labelled image dataset held in memory as uint8 samples (N×C×H×W) and int64 labels (N).
// Every source (IDX, CSV, image folders, CIFAR-10) produces this; training, evaluation, the
// browser and the draw pad read it.
#include "graph/Shape.h"

#include <QSize>
#include <QStringList>
#include <torch/torch.h>

namespace netsmith {

struct Dataset
{
    QString name;        ///< "digits", or the file/folder it came from
    torch::Tensor images; ///< uint8, N×C×H×W, contiguous
    torch::Tensor labels; ///< int64, N
    QStringList classNames; ///< one per class; labels index into it

    int64_t size() const { return images.defined() ? images.size(0) : 0; }
    int numClasses() const { return int(classNames.size()); }
    /// C×H×W of one sample.
    Shape sampleShape() const;
    /// The samples at these positions (copies), keeping the class names.
    Dataset subset(const torch::Tensor& indices) const;
};

/// An image folder's samples take the first image's size, scaled down (keeping its aspect) to
/// fit this square when it is larger: one 8000 x 8000 photo first would otherwise make every
/// thumbnail after it a 190 MB sample.
inline constexpr int kLargestDefaultImageSide = 512;

/// A dataset's training and test parts (the test part may be empty).
struct DatasetSplits
{
    Dataset train;
    Dataset test;
    /// Image folders: the first image's size as stored, when the samples were scaled down
    /// from it (kLargestDefaultImageSide); empty when they were not.
    QSize scaledFrom;

    /// What the user should be told about how the samples were made, translated when called
    /// (so a page can word it again in another language); empty when there is nothing.
    QString note() const;
};

} // namespace netsmith
