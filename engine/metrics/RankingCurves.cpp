#include "metrics/RankingCurves.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace netsmith {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// Cumulative true/false positives at each distinct score, highest score first — the
/// _binary_clf_curve of sklearn.
struct ClfCounts
{
    std::vector<double> tps, fps, thresholds;
};

ClfCounts countByThreshold(const std::vector<double>& scores, const std::vector<uint8_t>& positive)
{
    std::vector<std::size_t> order(scores.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return scores[a] > scores[b]; });
    ClfCounts c;
    double tp = 0, fp = 0;
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (positive[order[i]])
            tp += 1;
        else
            fp += 1;
        // A point per distinct score: tied samples enter together.
        if (i + 1 == order.size() || scores[order[i + 1]] != scores[order[i]]) {
            c.tps.push_back(tp);
            c.fps.push_back(fp);
            c.thresholds.push_back(scores[order[i]]);
        }
    }
    return c;
}

} // namespace

Curve Curve::thinned(std::size_t maxPoints) const
{
    if (maxPoints < 2 || x.size() <= maxPoints)
        return *this;
    Curve t;
    const double step = double(x.size() - 1) / double(maxPoints - 1);
    for (std::size_t i = 0; i < maxPoints; ++i) {
        const auto k = std::size_t(std::llround(double(i) * step));
        t.x.push_back(x[k]);
        t.y.push_back(y[k]);
        if (!thresholds.empty())
            t.thresholds.push_back(thresholds[k]);
    }
    return t;
}

Curve RankingCurves::roc(const std::vector<double>& scores, const std::vector<uint8_t>& positive)
{
    const ClfCounts c = countByThreshold(scores, positive);
    if (c.tps.empty() || c.tps.back() == 0 || c.fps.back() == 0)
        return {};
    Curve curve;
    // sklearn starts the curve at (0, 0) with threshold max + 1 (inf in newer versions).
    curve.x.push_back(0);
    curve.y.push_back(0);
    curve.thresholds.push_back(std::numeric_limits<double>::infinity());
    for (std::size_t i = 0; i < c.tps.size(); ++i) {
        curve.x.push_back(c.fps[i] / c.fps.back());
        curve.y.push_back(c.tps[i] / c.tps.back());
        curve.thresholds.push_back(c.thresholds[i]);
    }
    return curve;
}

double RankingCurves::area(const Curve& curve)
{
    double a = 0;
    for (std::size_t i = 1; i < curve.x.size(); ++i)
        a += (curve.x[i] - curve.x[i - 1]) * (curve.y[i] + curve.y[i - 1]) / 2;
    return std::abs(a); // sklearn.metrics.auc accepts either direction
}

double RankingCurves::rocAuc(const std::vector<double>& scores, const std::vector<uint8_t>& positive)
{
    const Curve c = roc(scores, positive);
    return c.x.empty() ? kNaN : area(c);
}

Curve RankingCurves::precisionRecall(const std::vector<double>& scores, const std::vector<uint8_t>& positive)
{
    const ClfCounts c = countByThreshold(scores, positive);
    if (c.tps.empty() || c.tps.back() == 0)
        return {};
    Curve curve;
    for (std::size_t i = 0; i < c.tps.size(); ++i) {
        curve.x.push_back(c.tps[i] / c.tps.back());
        curve.y.push_back(c.tps[i] / (c.tps[i] + c.fps[i]));
        curve.thresholds.push_back(c.thresholds[i]);
        if (c.tps[i] == c.tps.back())
            break; // sklearn stops once full recall is reached
    }
    // sklearn's last point (recall 0, precision 1) comes first in threshold-descending order.
    curve.x.insert(curve.x.begin(), 0.0);
    curve.y.insert(curve.y.begin(), 1.0);
    curve.thresholds.insert(curve.thresholds.begin(), std::numeric_limits<double>::infinity());
    return curve;
}

double RankingCurves::averagePrecision(const std::vector<double>& scores, const std::vector<uint8_t>& positive)
{
    const Curve c = precisionRecall(scores, positive);
    if (c.x.empty())
        return kNaN;
    double ap = 0;
    for (std::size_t i = 1; i < c.x.size(); ++i)
        ap += (c.x[i] - c.x[i - 1]) * c.y[i];
    return ap;
}

Curve RankingCurves::macroAverageRoc(const std::vector<Curve>& perClass)
{
    std::vector<double> grid;
    int used = 0;
    for (const Curve& c : perClass) {
        if (c.x.empty())
            continue;
        ++used;
        grid.insert(grid.end(), c.x.begin(), c.x.end());
    }
    if (used == 0)
        return {};
    std::sort(grid.begin(), grid.end());
    grid.erase(std::unique(grid.begin(), grid.end()), grid.end());
    Curve mean;
    mean.x = grid;
    mean.y.assign(grid.size(), 0.0);
    for (const Curve& c : perClass) {
        if (c.x.empty())
            continue;
        // numpy.interp over the class curve (x ascending; at a vertical step, the last point).
        std::size_t k = 0;
        for (std::size_t g = 0; g < grid.size(); ++g) {
            const double x = grid[g];
            while (k + 1 < c.x.size() && c.x[k + 1] <= x)
                ++k;
            double y;
            if (k + 1 >= c.x.size() || c.x[k] == x)
                y = c.y[k];
            else
                y = c.y[k] + (c.y[k + 1] - c.y[k]) * (x - c.x[k]) / (c.x[k + 1] - c.x[k]);
            mean.y[g] += y / used;
        }
    }
    return mean;
}

} // namespace netsmith
