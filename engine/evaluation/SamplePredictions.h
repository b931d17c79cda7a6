#pragma once
// The model's probabilities for each sample of the split an EvaluationEvent summarises, kept
// with the samples' pixels and their positions in the dataset: what the confusion-matrix
// gallery shows ("these 7 images are 4s the model called 9, most confident first") and what
// `netsmith-cli evaluate --predictions` writes.
//
// The Trainer builds one from the predictions it computes anyway for the report (no second
// inference pass), so the samples are by construction the ones the report counted. It is
// passed around as shared_ptr<const SamplePredictions>: the tensors are never modified after
// construction, so any thread may read them, and handing one to the UI thread copies nothing.
#include "train/ModelPredictions.h"

#include <QByteArray>
#include <memory>
#include <torch/torch.h>
#include <vector>

namespace netsmith {

struct SamplePredictions
{
    torch::Tensor images;        ///< uint8 N×C×H×W on the CPU
    torch::Tensor indices;       ///< int64 N: each sample's position in its dataset split
    torch::Tensor labels;        ///< int64 N
    torch::Tensor probabilities; ///< float32 N×K (softmax)
    torch::Tensor predicted;     ///< int64 N, row-wise argmax

    int64_t size() const { return labels.defined() ? labels.size(0) : 0; }
    /// Samples of true class `trueClass` predicted as `predictedClass`, most confident first
    /// (confidence = probability of the predicted class). Rows of these tensors.
    std::vector<int64_t> cell(int trueClass, int predictedClass) const;
    /// confusion[true][predicted] counted from these predictions.
    std::vector<std::vector<int64_t>> confusion(int numClasses) const;
    /// "index,label,pred,p0,…" with one line per sample; index is the dataset position.
    QByteArray toCsv() const;

    /// Wraps what ModelPredictions computed for `images` (uint8 N×C×H×W, any device; the
    /// CPU tensor is shared, not copied) whose dataset positions are `indices`.
    static std::shared_ptr<const SamplePredictions> from(const ModelPredictions& predictions,
                                                         const torch::Tensor& images, const torch::Tensor& indices);
};

} // namespace netsmith
