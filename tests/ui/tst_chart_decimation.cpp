// Display decimation keeps the shape of long curves: every column's extremes, the ends, and
// short curves untouched.
#include "training/ChartDecimation.h"

#include <QtTest>
#include <cmath>

using netsmith::ui::ChartDecimation;

class TestChartDecimation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shortCurvesStayAsTheyAre()
    {
        std::vector<QPointF> points;
        for (int i = 0; i < 50; ++i)
            points.emplace_back(i, std::sin(i));
        const QList<QPointF> out = ChartDecimation::minMaxPerColumn(points, 100);
        QCOMPARE(out.size(), 50);
        for (int i = 0; i < 50; ++i)
            QCOMPARE(out[i], points[std::size_t(i)]);
    }

    void longCurvesKeepEveryColumnsExtremes()
    {
        std::vector<QPointF> points;
        for (int i = 0; i < 100000; ++i)
            points.emplace_back(i * 0.01, std::sin(i * 0.001) + (i == 54321 ? 5.0 : 0.0) - (i == 777 ? 7.0 : 0.0));
        const int columns = 400;
        const QList<QPointF> out = ChartDecimation::minMaxPerColumn(points, columns);
        QVERIFY(out.size() <= 2 * columns + 2);
        QVERIFY(out.size() > columns); // a min and a max for nearly every column
        QCOMPARE(out.front(), points.front());
        QCOMPARE(out.back(), points.back());
        QVERIFY(out.contains(points[54321])); // the spike survives
        QVERIFY(out.contains(points[777]));   // and the dip
        for (int i = 1; i < out.size(); ++i)
            QVERIFY(out[i - 1].x() <= out[i].x()); // still in x order
        // Each column's extremes are there: check a few columns against a brute-force scan.
        const double x0 = points.front().x(), span = points.back().x() - x0;
        for (int column : {1, 57, 200, 399}) {
            double lo = 1e9, hi = -1e9;
            for (const QPointF& p : points) {
                const int c = std::min(columns - 1, int((p.x() - x0) / span * columns));
                if (c == column && &p != &points.front() && &p != &points.back()) {
                    lo = std::min(lo, p.y());
                    hi = std::max(hi, p.y());
                }
            }
            bool foundLo = false, foundHi = false;
            for (const QPointF& p : out) {
                foundLo = foundLo || p.y() == lo;
                foundHi = foundHi || p.y() == hi;
            }
            QVERIFY(foundLo);
            QVERIFY(foundHi);
        }
    }
};

QTEST_GUILESS_MAIN(TestChartDecimation)
#include "tst_chart_decimation.moc"
