#pragma once
// DigitSkeletons: the centre lines of the digits 0-9 as a person writes them, several
// handwriting styles each (a 1 with or without a flag, an open or closed 4, a 7 with or
// without a crossbar...). The drawn-digits test set draws these through the real draw pad
// to measure how well a model trained on MNIST-style digits reads drawings made on the pad,
// so the styles are the ones people actually use, not one tidy font.
#include <QPointF>

#include <vector>

namespace netsmith::drawn {

/// One pen-down-to-pen-up movement: a polyline, points about 0.02 units apart.
using SkeletonStroke = std::vector<QPointF>;

/// A way of writing a digit. Coordinates are in a unit box, y down: the digit spans about
/// 0..1 in height and 0.5-0.7 in width. Strokes are in the order and direction a hand
/// draws them. Users of the skeleton normalise it to its own bounding box, so the box is a
/// guide, not a contract.
struct DigitStyle
{
    int digit = 0;
    const char* name = ""; ///< short, lower case, no commas (it goes into a CSV)
    std::vector<SkeletonStroke> strokes;
};

/// Every style of every digit, grouped by digit (all 0s first, then 1s, ...). Built once.
const std::vector<DigitStyle>& digitStyles();

/// The styles of one digit (0..9), in the order of digitStyles().
std::vector<const DigitStyle*> digitStylesOf(int digit);

} // namespace netsmith::drawn
