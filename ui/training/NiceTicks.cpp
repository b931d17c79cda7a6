#include "training/NiceTicks.h"

#include <QChart>
#include <QLocale>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace netsmith::ui {

namespace {

/// Decimals that `step` needs (0.25: 2, 0.2: 1, 500: 0).
int decimalsFor(double step)
{
    for (int d = 0; d < 12; ++d) {
        const double scaled = step * std::pow(10.0, d);
        if (std::abs(scaled - std::round(scaled)) < 1e-6 * scaled)
            return d;
    }
    return 12;
}

/// The user's number format; the C locale (no group separator) reads as English.
QLocale chartLocale()
{
    const QLocale locale;
    return locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates)
                                           : locale;
}

} // namespace

NiceTicks NiceTicks::forRange(double low, double high, int maxTicks, bool keepEnds)
{
    NiceTicks t;
    if (!std::isfinite(low) || !std::isfinite(high))
        return t;
    if (high < low)
        std::swap(low, high);
    if (high - low < 1e-12)
        high = low + std::max(1.0, std::abs(low) * 0.1);
    maxTicks = std::max(1, maxTicks);
    // The smallest step of 1, 2, 2.5 or 5 x 10^k whose whole steps cover the range in at most
    // maxTicks intervals: as many ticks as fit, none of them odd.
    const double rough = (high - low) / maxTicks;
    double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    for (;; magnitude *= 10) {
        for (double m : {1.0, 2.0, 2.5, 5.0}) {
            t.step = m * magnitude;
            t.low = keepEnds ? low : std::floor(low / t.step + 1e-9) * t.step;
            t.high = keepEnds ? high : std::ceil(high / t.step - 1e-9) * t.step;
            if ((t.high - t.low) / t.step <= maxTicks + 1e-9) {
                t.decimals = decimalsFor(t.step);
                return t;
            }
        }
    }
}

QString NiceTicks::labelFormat() const
{
    return QStringLiteral("%.%1f").arg(decimals);
}

QString NiceTicks::label(double value) const
{
    return chartLocale().toString(value, 'f', decimals);
}

void NiceTicks::applyTo(QValueAxis* axis) const
{
    const bool unchanged = axis->tickType() == QValueAxis::TicksDynamic && axis->min() == low &&
                           axis->max() == high && axis->tickInterval() == step && axis->tickAnchor() == 0;
    if (!unchanged) {
        // Fixed ticks while range and step change: in between, the old step over the new range
        // (0.2 over 0 to 15,000) would lay out tens of thousands of ticks.
        axis->setTickType(QValueAxis::TicksFixed);
        axis->setRange(low, high);
        axis->setTickAnchor(0); // ticks on multiples of the step, whatever the range's ends
        axis->setTickInterval(step);
        axis->setTickType(QValueAxis::TicksDynamic);
    }
    const QString format = labelFormat();
    if (axis->labelFormat() != format)
        axis->setLabelFormat(format);
}

void NiceTicks::localize(QChart* chart)
{
    chart->setLocalizeNumbers(true);
    chart->setLocale(chartLocale());
}

} // namespace netsmith::ui
