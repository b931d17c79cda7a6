#pragma once
// One-vs-rest ranking curves for a single class: ROC (false/true positive rate) and
// precision-recall, with the areas under them. The definitions are scikit-learn's
// (roc_curve + auc with trapezoids, average_precision_score as the step-wise sum
// Σ (R_n − R_{n−1}) P_n), so the numbers agree with sklearn to rounding.
#include <cstdint>
#include <vector>

namespace netsmith {

/// Points of a curve, in order of decreasing threshold.
struct Curve
{
    std::vector<double> x;          ///< ROC: false positive rate; PR: recall
    std::vector<double> y;          ///< ROC: true positive rate;  PR: precision
    std::vector<double> thresholds; ///< the score at which each point is reached (empty for averaged curves)

    /// At most `maxPoints` points, keeping the first and last and the shape (for files and charts).
    Curve thinned(std::size_t maxPoints) const;
};

class RankingCurves
{
public:
    /// ROC of `scores` against binary `positive` (one entry per sample), starting at (0, 0)
    /// like sklearn.metrics.roc_curve(drop_intermediate=False). Empty if a side has no samples.
    static Curve roc(const std::vector<double>& scores, const std::vector<uint8_t>& positive);
    /// Area under a curve by the trapezoidal rule (sklearn.metrics.auc).
    static double area(const Curve& curve);
    /// sklearn.metrics.roc_auc_score for one binary problem; NaN when only one class is present.
    static double rocAuc(const std::vector<double>& scores, const std::vector<uint8_t>& positive);

    /// Precision-recall curve as sklearn.metrics.precision_recall_curve (ending at recall 0,
    /// precision 1), but in order of decreasing threshold. Empty when there are no positives.
    static Curve precisionRecall(const std::vector<double>& scores, const std::vector<uint8_t>& positive);
    /// sklearn.metrics.average_precision_score: Σ (R_n − R_{n−1}) P_n; NaN without positives.
    static double averagePrecision(const std::vector<double>& scores, const std::vector<uint8_t>& positive);

    /// Macro-average ROC curve: every class's TPR interpolated at the union of all FPRs, then
    /// averaged (the construction of sklearn's multiclass ROC example). Classes with an empty
    /// curve are left out.
    static Curve macroAverageRoc(const std::vector<Curve>& perClass);
};

} // namespace netsmith
