#pragma once
// Everything Netsmith reports about a classifier on one split: accuracy, top-k accuracy,
// confusion matrix, per-class precision/recall/F1/support with macro and weighted averages,
// one-vs-rest ROC curves with AUC (per class, micro and macro), and precision-recall
// curves with average precision. Definitions follow scikit-learn, so that the figures can
// be checked against it (tests/engine/tst_metrics_sklearn.cpp does).
#include "metrics/RankingCurves.h"

#include <QJsonObject>
#include <QStringList>
#include <torch/torch.h>

#include <vector>

namespace netsmith {

struct ClassScores
{
    double precision = 0; ///< 0 when the class is never predicted (sklearn's zero_division=0)
    double recall = 0;    ///< 0 when the class has no samples
    double f1 = 0;
    int64_t support = 0;  ///< samples whose true label is this class
};

struct ClassificationReport
{
    int numClasses = 0;
    int64_t samples = 0;
    double accuracy = 0;
    /// (k, fraction of samples whose label is among the k highest scores), for k = 1..min(5, K);
    /// ties ranked like sklearn's top_k_accuracy_score (higher class index first), so with
    /// tied scores top-1 can differ from `accuracy`, whose argmax takes the lower index.
    std::vector<std::pair<int, double>> topK;
    /// confusion[true][predicted] counts (sklearn.metrics.confusion_matrix).
    std::vector<std::vector<int64_t>> confusion;
    std::vector<ClassScores> perClass;
    ClassScores macro;    ///< unweighted mean over classes (support = all samples)
    ClassScores weighted; ///< mean weighted by support

    std::vector<Curve> roc;     ///< per class, one-vs-rest
    std::vector<double> rocAuc; ///< per class; NaN when the class is absent from the labels
    Curve rocMicro;             ///< all (sample, class) pairs pooled
    Curve rocMacro;             ///< per-class curves averaged on a common FPR grid
    double rocAucMicro = 0;     ///< roc_auc_score(label_binarize(y), p, average="micro")
    double rocAucMacro = 0;     ///< mean of the defined per-class AUCs (average="macro")

    std::vector<Curve> precisionRecall;
    std::vector<double> averagePrecision; ///< per class; NaN when the class has no samples
    Curve precisionRecallMicro;
    double averagePrecisionMicro = 0;
    double averagePrecisionMacro = 0;

    /// `probabilities`: N×K scores (any float type, any device; rows need not sum to 1);
    /// `labels`: N class indices in 0..K-1. Predictions are the row-wise argmax.
    static ClassificationReport compute(const torch::Tensor& probabilities, const torch::Tensor& labels);

    /// The figures as JSON; curves thinned to at most `maxCurvePoints` points each (0: none).
    QJsonObject toJson(const QStringList& classNames, std::size_t maxCurvePoints = 400) const;
};

} // namespace netsmith
