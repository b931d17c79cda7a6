// Every chart's axis reads round numbers: the cases a new user met in the real window
// (issue 17): 992 / 744 / 496 / 248 on the class histogram, 1.02 / 0.77 / 0.51 / 0.26 on the
// ROC and PR curves, and "1.5e+04" on the throughput chart.
#include "data/ClassHistogramView.h"
#include "evaluation/RankingCurvesChart.h"
#include "training/LiveChartView.h"
#include "training/NiceTicks.h"

#include <QChart>
#include <QValueAxis>
#include <QtTest>

using netsmith::ui::NiceTicks;

namespace {

QValueAxis* valueAxis(QChartView* view, Qt::Orientation orientation)
{
    for (QAbstractAxis* a : view->chart()->axes(orientation))
        if (auto* v = qobject_cast<QValueAxis*>(a))
            return v;
    return nullptr;
}

/// The labels the axis draws: its dynamic ticks from the anchor, through the axis' own format.
QStringList labels(const QValueAxis* axis)
{
    NiceTicks t;
    t.step = axis->tickInterval();
    t.decimals = axis->labelFormat().mid(2, axis->labelFormat().size() - 3).toInt();
    QStringList out;
    const double first =
        std::ceil((axis->min() - axis->tickAnchor()) / t.step - 1e-9) * t.step + axis->tickAnchor();
    for (double v = first; v <= axis->max() + 1e-9; v += t.step)
        out << t.label(v);
    return out;
}

/// "0 250 500" as a list.
QStringList words(const char* text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '));
}

} // namespace

class TestChartTicks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stepsAreOneTwoOrFiveTimesAPowerOfTen()
    {
        QCOMPARE(NiceTicks::forRange(0, 992).step, 200.0); // as many ticks as fit (6 intervals)
        QCOMPARE(NiceTicks::forRange(0, 992).high, 1000.0);
        QCOMPARE(NiceTicks::forRange(0, 0.00497).step, 0.001);
        QCOMPARE(NiceTicks::forRange(0, 0.00497).decimals, 3);
        QCOMPARE(NiceTicks::forRange(0, 3).step, 0.5);
        QCOMPARE(NiceTicks::forRange(0.913, 0.987).low, 0.9);
        QCOMPARE(NiceTicks::forRange(-1.5, 2.2).step, 1.0);
        QCOMPARE(NiceTicks::forRange(-1.5, 2.2).low, -2.0);
        QCOMPARE(NiceTicks::forRange(0, 0.25).decimals, 2); // 0.05 apart
        const NiceTicks flat = NiceTicks::forRange(7, 7);   // one value: still a range
        QVERIFY(flat.high > flat.low);
        QVERIFY(NiceTicks::forRange(1, 0).high >= 1); // reversed ends are ordered
    }

    void classHistogramCountsInRoundSteps()
    {
        netsmith::ui::ClassHistogramView view;
        view.setCounts({QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2")},
                       {992, 901, 950});
        QValueAxis* axis = valueAxis(&view, Qt::Vertical);
        QVERIFY(axis);
        QCOMPARE(labels(axis), words("0 200 400 600 800 1,000"));
        view.setCounts({QStringLiteral("a")}, {3}); // tiny counts: whole-number ticks only
        for (const QString& l : labels(axis))
            QVERIFY2(!l.contains(QLatin1Char('.')), qPrintable(l));
    }

    void rankingCurvesReadZeroToOneInFifths()
    {
        netsmith::ui::RankingCurvesChart roc(netsmith::ui::RankingCurvesChart::Kind::Roc);
        QCOMPARE(labels(valueAxis(&roc, Qt::Vertical)),
                 words("0.0 0.2 0.4 0.6 0.8 1.0"));
        QCOMPARE(valueAxis(&roc, Qt::Vertical)->max(), 1.02); // a perfect curve is not on the frame
        QCOMPARE(labels(valueAxis(&roc, Qt::Horizontal)),
                 words("0.0 0.2 0.4 0.6 0.8 1.0"));
    }

    void throughputHasThousandsSeparatorsNotExponents()
    {
        netsmith::ui::LiveChartView chart(QStringLiteral("Throughput"), QStringLiteral("epoch"),
                                          QStringLiteral("samples/s"));
        const int s = chart.addSeries(QStringLiteral("train"), Qt::blue);
        chart.setPoints(s, {QPointF(1, 14200), QPointF(2, 15000), QPointF(3, 14800)});
        chart.refresh();
        QVERIFY(chart.chart()->localizeNumbers());
        const QStringList y = labels(valueAxis(&chart, Qt::Vertical));
        QVERIFY2(y.contains(QStringLiteral("15,000")), qPrintable(y.join(QLatin1Char(' '))));
        for (const QString& l : y)
            QVERIFY2(!l.contains(QLatin1Char('e')), qPrintable(l));
        QCOMPARE(labels(valueAxis(&chart, Qt::Horizontal)),
                 words("0.0 0.5 1.0 1.5 2.0 2.5 3.0"));
    }
};

QTEST_MAIN(TestChartTicks)
#include "tst_chart_ticks.moc"
