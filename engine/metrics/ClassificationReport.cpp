#include "metrics/ClassificationReport.h"

#include <QJsonArray>
#include <cmath>

namespace netsmith {

namespace {

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(); // JSON has no NaN: null
}

QJsonObject scoresJson(const ClassScores& s)
{
    return {{QStringLiteral("precision"), number(s.precision)},
            {QStringLiteral("recall"), number(s.recall)},
            {QStringLiteral("f1"), number(s.f1)},
            {QStringLiteral("support"), double(s.support)}};
}

QJsonObject curveJson(const Curve& curve, const char* xName, const char* yName, std::size_t maxPoints)
{
    const Curve c = maxPoints ? curve.thinned(maxPoints) : curve;
    QJsonArray xs, ys;
    for (double v : c.x)
        xs.append(v);
    for (double v : c.y)
        ys.append(v);
    return {{QString::fromLatin1(xName), xs}, {QString::fromLatin1(yName), ys}};
}

double meanOfDefined(const std::vector<double>& values)
{
    double sum = 0;
    int n = 0;
    for (double v : values)
        if (std::isfinite(v)) {
            sum += v;
            ++n;
        }
    return n ? sum / n : std::numeric_limits<double>::quiet_NaN();
}

} // namespace

ClassificationReport ClassificationReport::compute(const torch::Tensor& probabilities, const torch::Tensor& labels)
{
    ClassificationReport r;
    const torch::Tensor p = probabilities.detach().to(torch::kCPU, torch::kFloat64).contiguous();
    const torch::Tensor y = labels.detach().to(torch::kCPU, torch::kInt64).contiguous();
    const int64_t n = p.size(0);
    const int k = int(p.size(1));
    r.numClasses = k;
    r.samples = n;
    if (n == 0 || k == 0)
        return r;
    const double* P = p.data_ptr<double>();
    const int64_t* Y = y.data_ptr<int64_t>();

    // Prediction = first index of the row maximum (numpy argmax), and top-k ranks.
    r.confusion.assign(std::size_t(k), std::vector<int64_t>(std::size_t(k), 0));
    const int maxK = std::min(5, k);
    std::vector<int64_t> topHits(std::size_t(maxK), 0);
    int64_t correct = 0;
    for (int64_t i = 0; i < n; ++i) {
        const double* row = P + i * k;
        int pred = 0;
        for (int c = 1; c < k; ++c)
            if (row[c] > row[pred])
                pred = c;
        const auto truth = std::size_t(Y[i]);
        r.confusion[truth][std::size_t(pred)] += 1;
        correct += (int64_t(pred) == Y[i]);
        // Rank of the true class as sklearn's top_k_accuracy_score sees it (a stable ascending
        // sort, reversed): classes scoring higher, and tied classes with a higher index, come first.
        int higher = 0;
        for (int c = 0; c < k; ++c)
            higher += row[c] > row[truth] || (row[c] == row[truth] && std::size_t(c) > truth);
        for (int t = higher; t < maxK; ++t)
            topHits[std::size_t(t)] += 1;
    }
    r.accuracy = double(correct) / double(n);
    for (int t = 0; t < maxK; ++t)
        r.topK.emplace_back(t + 1, double(topHits[std::size_t(t)]) / double(n));

    // Per-class precision/recall/F1 (sklearn, zero_division=0).
    r.perClass.resize(std::size_t(k));
    for (int c = 0; c < k; ++c) {
        int64_t tp = r.confusion[std::size_t(c)][std::size_t(c)], predicted = 0, actual = 0;
        for (int o = 0; o < k; ++o) {
            predicted += r.confusion[std::size_t(o)][std::size_t(c)];
            actual += r.confusion[std::size_t(c)][std::size_t(o)];
        }
        ClassScores& s = r.perClass[std::size_t(c)];
        s.support = actual;
        s.precision = predicted ? double(tp) / double(predicted) : 0.0;
        s.recall = actual ? double(tp) / double(actual) : 0.0;
        s.f1 = (s.precision + s.recall) > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0.0;
        r.macro.precision += s.precision / k;
        r.macro.recall += s.recall / k;
        r.macro.f1 += s.f1 / k;
        r.weighted.precision += s.precision * double(actual) / double(n);
        r.weighted.recall += s.recall * double(actual) / double(n);
        r.weighted.f1 += s.f1 * double(actual) / double(n);
    }
    r.macro.support = r.weighted.support = n;

    // One-vs-rest curves per class, and the micro average over all (sample, class) pairs.
    std::vector<double> scores(static_cast<std::size_t>(n));
    std::vector<uint8_t> positive(static_cast<std::size_t>(n));
    std::vector<double> allScores(static_cast<std::size_t>(n * k));
    std::vector<uint8_t> allPositive(static_cast<std::size_t>(n * k));
    for (int64_t i = 0; i < n * k; ++i) {
        allScores[std::size_t(i)] = P[i];
        allPositive[std::size_t(i)] = Y[i / k] == i % k;
    }
    for (int c = 0; c < k; ++c) {
        for (int64_t i = 0; i < n; ++i) {
            scores[std::size_t(i)] = P[i * k + c];
            positive[std::size_t(i)] = Y[i] == c;
        }
        r.roc.push_back(RankingCurves::roc(scores, positive));
        r.rocAuc.push_back(r.roc.back().x.empty() ? std::numeric_limits<double>::quiet_NaN()
                                                  : RankingCurves::area(r.roc.back()));
        r.precisionRecall.push_back(RankingCurves::precisionRecall(scores, positive));
        r.averagePrecision.push_back(RankingCurves::averagePrecision(scores, positive));
    }
    r.rocMicro = RankingCurves::roc(allScores, allPositive);
    r.rocAucMicro = r.rocMicro.x.empty() ? std::numeric_limits<double>::quiet_NaN() : RankingCurves::area(r.rocMicro);
    r.rocMacro = RankingCurves::macroAverageRoc(r.roc);
    r.rocAucMacro = meanOfDefined(r.rocAuc);
    r.precisionRecallMicro = RankingCurves::precisionRecall(allScores, allPositive);
    r.averagePrecisionMicro = RankingCurves::averagePrecision(allScores, allPositive);
    r.averagePrecisionMacro = meanOfDefined(r.averagePrecision);
    return r;
}

QJsonObject ClassificationReport::toJson(const QStringList& classNames, std::size_t maxCurvePoints) const
{
    QJsonObject o;
    o.insert(QStringLiteral("samples"), double(samples));
    o.insert(QStringLiteral("accuracy"), number(accuracy));
    QJsonObject topk;
    for (const auto& [kk, v] : topK)
        topk.insert(QString::number(kk), v);
    o.insert(QStringLiteral("top_k_accuracy"), topk);
    QJsonArray confusionRows;
    for (const auto& row : confusion) {
        QJsonArray r;
        for (int64_t v : row)
            r.append(double(v));
        confusionRows.append(r);
    }
    o.insert(QStringLiteral("confusion_matrix"), confusionRows);
    QJsonArray classes;
    for (int c = 0; c < numClasses; ++c) {
        QJsonObject s = scoresJson(perClass[std::size_t(c)]);
        s.insert(QStringLiteral("class"), c < classNames.size() ? classNames.at(c) : QString::number(c));
        s.insert(QStringLiteral("roc_auc"), number(rocAuc[std::size_t(c)]));
        s.insert(QStringLiteral("average_precision"), number(averagePrecision[std::size_t(c)]));
        if (maxCurvePoints) {
            s.insert(QStringLiteral("roc"), curveJson(roc[std::size_t(c)], "fpr", "tpr", maxCurvePoints));
            s.insert(QStringLiteral("pr"), curveJson(precisionRecall[std::size_t(c)], "recall", "precision", maxCurvePoints));
        }
        classes.append(s);
    }
    o.insert(QStringLiteral("per_class"), classes);
    o.insert(QStringLiteral("macro_avg"), scoresJson(macro));
    o.insert(QStringLiteral("weighted_avg"), scoresJson(weighted));
    o.insert(QStringLiteral("roc_auc_macro"), number(rocAucMacro));
    o.insert(QStringLiteral("roc_auc_micro"), number(rocAucMicro));
    o.insert(QStringLiteral("average_precision_macro"), number(averagePrecisionMacro));
    o.insert(QStringLiteral("average_precision_micro"), number(averagePrecisionMicro));
    if (maxCurvePoints) {
        o.insert(QStringLiteral("roc_micro"), curveJson(rocMicro, "fpr", "tpr", maxCurvePoints));
        o.insert(QStringLiteral("roc_macro"), curveJson(rocMacro, "fpr", "tpr", maxCurvePoints));
        o.insert(QStringLiteral("pr_micro"), curveJson(precisionRecallMicro, "recall", "precision", maxCurvePoints));
    }
    return o;
}

} // namespace netsmith
