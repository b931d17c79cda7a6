#pragma once
// ChartPalette: Qt Charts paint in their own light theme whatever the window's palette is, so
// under a dark palette (View > Theme > Dark, or a dark desktop) a chart stays a white box
// with grey text. follow() makes a chart view take the colours of its widget palette (base
// background, text for titles, labels and legend, mid-tones for the grid) now and on every
// palette change; series keep their own colours.
class QChart;
class QChartView;
class QPalette;

namespace netsmith::ui::ChartPalette {

/// Colours `chart` (its background, titles, legend and every axis it has now) from `palette`.
void apply(QChart* chart, const QPalette& palette);
/// Applies the view's palette to its chart now, when shown and whenever the palette changes.
void follow(QChartView* view);

} // namespace netsmith::ui::ChartPalette
