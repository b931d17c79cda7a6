// The evaluation views fed by a real training: the ROC and PR curves drawn are the engine's,
// their areas (recomputed from the drawn points) equal the AUC and AP the engine reports and
// the legend shows; a click on a confusion cell opens exactly that cell's samples, most
// confident first (the Trainer's own per-sample result, named by dataset positions); the
// table shows the engine's per-class figures.
#include "TrainingFixture.h"

#include "evaluation/ClassMetricsTable.h"
#include "evaluation/ConfusionMatrixView.h"
#include "evaluation/EvaluationPanel.h"
#include "evaluation/RankingCurvesChart.h"
#include "evaluation/SampleGallery.h"
#include "training/TrainingController.h"

#include <QLineSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QLegend>
#include <QLegendMarker>
#include <QtTest>
#include <cmath>

using namespace netsmith;
using namespace netsmith::test;
using netsmith::ui::EvaluationPanel;
using netsmith::ui::RankingCurvesChart;
using netsmith::ui::TrainingController;

namespace {

double trapezoidArea(const QList<QPointF>& p)
{
    double a = 0;
    for (int i = 1; i < p.size(); ++i)
        a += (p[i].x() - p[i - 1].x()) * (p[i].y() + p[i - 1].y()) / 2;
    return std::abs(a);
}

/// sklearn's average precision, Σ (R_n − R_{n−1}) P_n, over the drawn points whatever their order.
double stepArea(QList<QPointF> p)
{
    std::stable_sort(p.begin(), p.end(), [](const QPointF& a, const QPointF& b) { return a.x() < b.x(); });
    double a = 0;
    for (int i = 1; i < p.size(); ++i)
        a += (p[i].x() - p[i - 1].x()) * p[i].y();
    return a;
}

} // namespace

class TestEvaluationViews : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir runs_;
    std::vector<EvaluationEvent> evaluations_;
    DatasetSplits data_ = tinyData(300, /*noisyLabels=*/true);
    QStringList classNames_;

private Q_SLOTS:
    void initTestCase()
    {
        TrainingController controller;
        controller.setRunsRoot(runs_.path());
        connect(&controller, &TrainingController::evaluated, this,
                [this](const EvaluationEvent& e) { evaluations_.push_back(e); });
        connect(&controller, &TrainingController::runStarted, this,
                [this](const QString&, const QStringList& names) { classNames_ = names; });
        QSignalSpy finished(&controller, &TrainingController::finished);
        QVERIFY(controller.start(tinyProject(/*epochs=*/2), data_));
        QVERIFY(finished.wait(120000));
        QCOMPARE(controller.status(), TrainingStatus::Finished);
        // One validation evaluation per epoch, then the test split.
        QCOMPARE(int(evaluations_.size()), 3);
        QVERIFY(evaluations_[0].split == EvaluationEvent::Split::Validation);
        QVERIFY(evaluations_[2].split == EvaluationEvent::Split::Test);
        QCOMPARE(classNames_.size(), 3);
    }

    void curvesAreTheEnginesWithItsAreas()
    {
        for (const EvaluationEvent& event : evaluations_) {
            EvaluationPanel panel;
            panel.setClassNames(classNames_);
            panel.setEvaluation(event);
            const ClassificationReport& r = event.report;

            const auto& roc = panel.rocChart()->entries();
            QCOMPARE(int(roc.size()), 3 + 2); // per class, micro, macro
            for (int c = 0; c < 3; ++c) {
                QCOMPARE(roc[std::size_t(c)].area, r.rocAuc[std::size_t(c)]);
                QVERIFY(roc[std::size_t(c)].label.contains(QString::number(r.rocAuc[std::size_t(c)], 'f', 4)));
                QVERIFY(roc[std::size_t(c)].label.startsWith(classNames_[c]));
                QVERIFY(std::abs(trapezoidArea(roc[std::size_t(c)].series->points()) - r.rocAuc[std::size_t(c)]) < 1e-9);
            }
            QVERIFY(std::abs(trapezoidArea(roc[3].series->points()) - r.rocAucMicro) < 1e-9);
            QVERIFY(roc[3].label.contains(QString::number(r.rocAucMicro, 'f', 4)));
            QCOMPARE(roc[4].area, r.rocAucMacro);
            QVERIFY(roc[4].label.contains(QString::number(r.rocAucMacro, 'f', 4)));

            const auto& pr = panel.precisionRecallChart()->entries();
            QCOMPARE(int(pr.size()), 3 + 1);
            for (int c = 0; c < 3; ++c) {
                QCOMPARE(pr[std::size_t(c)].area, r.averagePrecision[std::size_t(c)]);
                QVERIFY(pr[std::size_t(c)].label.contains(QString::number(r.averagePrecision[std::size_t(c)], 'f', 4)));
                QVERIFY2(std::abs(stepArea(pr[std::size_t(c)].series->points()) - r.averagePrecision[std::size_t(c)]) < 1e-9,
                         qPrintable(QStringLiteral("%1 vs %2").arg(stepArea(pr[std::size_t(c)].series->points()))
                                        .arg(r.averagePrecision[std::size_t(c)])));
            }
            QVERIFY(std::abs(stepArea(pr[3].series->points()) - r.averagePrecisionMicro) < 1e-9);

            // The table shows the engine's figures.
            const ui::ClassMetricsTable* table = panel.metricsTable();
            QCOMPARE(table->rowCount(), 3 + 2);
            for (int c = 0; c < 3; ++c) {
                QCOMPARE(table->item(c, 0)->data(Qt::UserRole).toDouble(), r.perClass[std::size_t(c)].precision);
                QCOMPARE(table->item(c, 2)->data(Qt::UserRole).toDouble(), r.perClass[std::size_t(c)].f1);
                QCOMPARE(table->item(c, 3)->data(Qt::UserRole).toLongLong(), qlonglong(r.perClass[std::size_t(c)].support));
            }
            QCOMPARE(table->item(3, 2)->data(Qt::UserRole).toDouble(), r.macro.f1);
        }
    }

    void aHiddenPanelDrawsWhenShown()
    {
        // A run evaluates every epoch; a panel nobody looks at must not redraw its charts each
        // time (that cost training its speed), and must show the latest report when shown.
        // findChild reaches the chart without the accessor, which would draw the report.
        const EvaluationEvent& event = evaluations_.back();
        EvaluationPanel panel;
        panel.resize(1200, 900);
        panel.setClassNames(classNames_);
        auto* roc = panel.findChildren<ui::RankingCurvesChart*>().front();
        // The chart keeps its series between reports (the chance diagonal from the start),
        // hidden until there is something to draw.
        const auto visibleCurves = [roc] {
            int n = 0;
            for (const QAbstractSeries* s : roc->chart()->series())
                n += s->isVisible() ? 1 : 0;
            return n;
        };
        panel.setEvaluation(evaluations_.front());
        panel.setEvaluation(event);
        QCOMPARE(visibleCurves(), 0);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(visibleCurves() > 1); // the classes' curves besides the diagonal
        for (const QLegendMarker* m : roc->chart()->legend()->markers()) // the diagonal needs no entry
            QVERIFY2(!m->isVisible() || m->label() != QStringLiteral("chance"), "chance in the legend");
        QCOMPARE(roc->entries().front().area, event.report.rocAuc.front());
    }

    void clickingACellShowsItsSamples()
    {
        int checkedOffDiagonal = 0;
        for (const EvaluationEvent& event : evaluations_) {
            const std::shared_ptr<const SamplePredictions>& samples = event.samples;
            QVERIFY(samples); // the Trainer's own per-sample result travels with the report
            QCOMPARE(samples->size(), event.report.samples);
            QVERIFY(samples->confusion(3) == event.report.confusion);
            // The indices name the samples in their split: the pixels and labels are those.
            const Dataset& split = event.split == EvaluationEvent::Split::Test ? data_.test : data_.train;
            QVERIFY(torch::equal(split.images.index_select(0, samples->indices), samples->images));
            QVERIFY(torch::equal(split.labels.index_select(0, samples->indices), samples->labels));
            EvaluationPanel panel;
            panel.resize(1200, 900);
            panel.show();
            QVERIFY(QTest::qWaitForWindowExposed(&panel));
            panel.setClassNames(classNames_);
            panel.setEvaluation(event);
            ui::ConfusionMatrixView* view = panel.confusionView();
            for (int t = 0; t < 3; ++t) {
                for (int p = 0; p < 3; ++p) {
                    const int64_t expected = event.report.confusion[std::size_t(t)][std::size_t(p)];
                    QCOMPARE(view->count(t, p), expected);
                    const QRect cell = view->cellRect(t, p);
                    QVERIFY(!cell.isEmpty());
                    QTest::mouseClick(view, Qt::LeftButton, {}, cell.center());
                    QVERIFY(panel.gallery());
                    QVERIFY(panel.gallery()->isVisible());
                    QCOMPARE(int64_t(panel.gallery()->sampleCount()), expected);
                    double previous = 2;
                    for (int i = 0; i < panel.gallery()->sampleCount(); ++i) {
                        const int64_t row = panel.gallery()->sampleIndex(i);
                        QCOMPARE(samples->labels[row].item<int64_t>(), int64_t(t));
                        QCOMPARE(panel.gallery()->datasetIndex(i), samples->indices[row].item<int64_t>());
                        QCOMPARE(samples->probabilities[row].argmax().item<int64_t>(), int64_t(p));
                        const double confidence = samples->probabilities[row][p].item<double>();
                        QVERIFY(confidence <= previous); // most confident first
                        previous = confidence;
                        QVERIFY(panel.gallery()->caption(i).contains(classNames_[t]));
                        QVERIFY(panel.gallery()->caption(i).contains(QString::number(confidence, 'f', 3)));
                    }
                    if (t != p && expected > 0)
                        ++checkedOffDiagonal;
                }
            }
            view->setRowNormalised(true);
            QVERIFY(view->rowNormalised());
        }
        QVERIFY(checkedOffDiagonal > 0); // the noisy labels make mistakes to look at
    }
};

QTEST_MAIN(TestEvaluationViews)
#include "tst_evaluation_views.moc"
