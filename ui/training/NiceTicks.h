#pragma once
// Round axis ticks for every chart: steps of 1, 2, 2.5 or 5 x 10^k anchored at a multiple of the
// step, so an axis reads 0 / 250 / 500 / 750 / 1,000 rather than 0 / 248 / 496 / 744 / 992,
// and 0 / 0.2 / ... / 1 rather than 0.26 / 0.51 / 1.02. Labels carry as many decimals as the
// step needs and no exponent; the chart's localizeNumbers adds the thousands separators of the
// user's language (15,000 samples/s, not 1.5e+04).
#include <QString>

class QChart;
class QValueAxis;

namespace netsmith::ui {

class NiceTicks
{
public:
    double low = 0;
    double high = 1;
    double step = 0.25;
    int decimals = 2;

    /// The ticks for data in [low, high], with at most `maxTicks` intervals. The range grows to
    /// whole steps unless `keepEnds`, which keeps it exactly (say, 0 to 1.02 so a curve at 1
    /// is not drawn on the frame) and only rounds the tick positions.
    static NiceTicks forRange(double low, double high, int maxTicks = 6, bool keepEnds = false);

    /// The printf format QValueAxis uses for these labels ("%.2f").
    QString labelFormat() const;
    /// A label as the axis draws it with localized numbers (for tests and tooltips).
    QString label(double value) const;

    /// Sets `axis` to these ticks, touching it only where something changed: every change
    /// re-lays out the chart, which is what a live chart costs the UI thread.
    void applyTo(QValueAxis* axis) const;
    /// Numbers in the user's language (thousands separators) on all of `chart`'s axes.
    static void localize(QChart* chart);
};

} // namespace netsmith::ui
