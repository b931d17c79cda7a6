// ClassificationReport and RankingCurves against hand-computed cases.
#include "metrics/ClassificationReport.h"

#include <QtTest>
#include <cmath>

using namespace netsmith;

class TestMetrics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void binaryRocAucByHand()
    {
        // sklearn's roc_auc_score example: y = [0, 0, 1, 1], scores = [0.1, 0.4, 0.35, 0.8] -> 0.75.
        const std::vector<double> scores{0.1, 0.4, 0.35, 0.8};
        const std::vector<uint8_t> positive{0, 0, 1, 1};
        QCOMPARE(RankingCurves::rocAuc(scores, positive), 0.75);
        const Curve roc = RankingCurves::roc(scores, positive);
        QCOMPARE(roc.x, (std::vector<double>{0, 0, 0.5, 0.5, 1}));
        QCOMPARE(roc.y, (std::vector<double>{0, 0.5, 0.5, 1, 1}));
    }

    void averagePrecisionByHand()
    {
        // sklearn's average_precision_score example: 0.8333...
        const std::vector<double> scores{0.1, 0.4, 0.35, 0.8};
        const std::vector<uint8_t> positive{0, 0, 1, 1};
        QVERIFY(std::abs(RankingCurves::averagePrecision(scores, positive) - 5.0 / 6.0) < 1e-12);
    }

    void tiesEnterTogether()
    {
        // All scores equal: one step from (0,0) to (1,1), AUC 0.5; AP = prevalence.
        const std::vector<double> scores{0.5, 0.5, 0.5, 0.5};
        const std::vector<uint8_t> positive{1, 0, 0, 0};
        QCOMPARE(RankingCurves::rocAuc(scores, positive), 0.5);
        QCOMPARE(RankingCurves::averagePrecision(scores, positive), 0.25);
    }

    void undefinedWhenOneClassIsMissing()
    {
        QVERIFY(std::isnan(RankingCurves::rocAuc({0.2, 0.7}, {0, 0})));
        QVERIFY(std::isnan(RankingCurves::averagePrecision({0.2, 0.7}, {0, 0})));
    }

    void threeClassReportByHand()
    {
        // Labels 0,0,1,1,2,2; predictions (argmax) 0,1,1,1,2,0.
        const torch::Tensor p = torch::tensor({0.7, 0.2, 0.1, 0.3, 0.6, 0.1, 0.1, 0.8, 0.1, 0.2, 0.5, 0.3, 0.1, 0.1,
                                               0.8, 0.5, 0.1, 0.4},
                                              torch::kFloat64)
                                    .view({6, 3});
        const torch::Tensor y = torch::tensor({0, 0, 1, 1, 2, 2}, torch::kInt64);
        const ClassificationReport r = ClassificationReport::compute(p, y);
        QCOMPARE(r.accuracy, 4.0 / 6.0);
        QCOMPARE(r.confusion, (std::vector<std::vector<int64_t>>{{1, 1, 0}, {0, 2, 0}, {1, 0, 1}}));
        // class 0: tp 1, predicted 2, actual 2 -> P 0.5 R 0.5; class 1: P 2/3 R 1; class 2: P 1 R 0.5.
        QCOMPARE(r.perClass[0].precision, 0.5);
        QCOMPARE(r.perClass[1].precision, 2.0 / 3.0);
        QCOMPARE(r.perClass[1].recall, 1.0);
        QCOMPARE(r.perClass[2].recall, 0.5);
        QVERIFY(std::abs(r.perClass[1].f1 - 0.8) < 1e-12);
        QVERIFY(std::abs(r.macro.recall - (0.5 + 1 + 0.5) / 3) < 1e-12);
        QCOMPARE(r.perClass[2].support, int64_t(2));
        // Top-2: the truth ranks first or second for every sample except sample 5 (class 2
        // scores 0.4, second highest) -> all 6.
        QCOMPARE(r.topK[0].second, 4.0 / 6.0);
        QCOMPARE(r.topK[1].second, 1.0);
        QCOMPARE(r.topK[2].second, 1.0);
        const QJsonObject json = r.toJson({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        QCOMPARE(json.value(QStringLiteral("per_class")).toArray().at(1).toObject().value(QStringLiteral("class")).toString(),
                 QStringLiteral("b"));
    }

    void predictionNeverMadeHasZeroPrecision()
    {
        const torch::Tensor p = torch::tensor({0.9, 0.1, 0.8, 0.2}, torch::kFloat64).view({2, 2});
        const ClassificationReport r = ClassificationReport::compute(p, torch::tensor({0, 1}, torch::kInt64));
        QCOMPARE(r.perClass[1].precision, 0.0);
        QCOMPARE(r.perClass[1].f1, 0.0);
        QCOMPARE(r.rocAuc[1], 1.0); // ranking is still perfect: 0.2 > 0.1
    }
};

QTEST_APPLESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
