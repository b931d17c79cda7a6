#pragma once
// The model's probabilities for each sample of the split an EvaluationEvent summarises, kept
// with the samples' pixels: what the confusion-matrix gallery shows ("these 7 images are 4s
// the model called 9, most confident first").
//
// The Trainer's EvaluationEvent carries only the aggregate ClassificationReport, so the
// validation samples are picked here by the Trainer's own rule (DatasetSplit::stratified with
// the project's split and seed) and run through the model with ModelPredictions, the
// engine's inference pass. The confusion matrix rebuilt
// from these predictions must equal the report's (checked by tst_evaluation_panel).
#include "model/GraphModule.h"
#include "data/Dataset.h"
#include "project/Project.h"

#include <torch/torch.h>
#include <vector>

namespace netsmith {

struct SamplePredictions
{
    torch::Tensor images;        ///< uint8 N×C×H×W on the CPU
    torch::Tensor labels;        ///< int64 N
    torch::Tensor probabilities; ///< float32 N×K (softmax)
    torch::Tensor predicted;     ///< int64 N, row-wise argmax

    int64_t size() const { return labels.defined() ? labels.size(0) : 0; }
    /// Samples of true class `trueClass` predicted as `predictedClass`, most confident first
    /// (confidence = probability of the predicted class).
    std::vector<int64_t> cell(int trueClass, int predictedClass) const;
    /// confusion[true][predicted] counted from these predictions.
    std::vector<std::vector<int64_t>> confusion(int numClasses) const;

    /// Runs `model` (on any device, any mode; left in eval mode) over `samples`.
    static SamplePredictions compute(GraphModule& model, const Dataset& samples, const Normalization& normalization);

    /// Positions in the training set that the Trainer holds out for validation.
    static torch::Tensor validationIndices(const torch::Tensor& labels, double validationSplit, int seed);
    /// The validation part of `train` as the Trainer splits it.
    static Dataset validationPart(const Dataset& train, const TrainingSettings& settings);
    /// The part it trains on (what the Trainer computes a missing normalisation from).
    static Dataset trainingPart(const Dataset& train, const TrainingSettings& settings);
};

} // namespace netsmith
