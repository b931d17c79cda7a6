#pragma once
// DrawnDigitSet: a deterministic set of synthetic handwritten digits, each one drawn through
// the real draw pad widget with real mouse events. It measures how well a model trained on
// MNIST-style digits reads what people draw on the pad: thin and very thick pens, slanted,
// small, large and off-centre digits, which MNIST (centred, one pen width) never shows.
//
// A drawing is fully described by its DrawnDigitSpec; the same count and seed give the same
// specs, strokes and pixels on every platform (the random draws are mapped by hand, not
// through std::uniform_*_distribution, whose output differs between standard libraries).
#include <QPointF>

#include <cstdint>
#include <vector>

namespace netsmith::ui {
class DrawingCanvas;
}

namespace netsmith::drawn {

struct DrawnDigitSpec
{
    int label = 0;              ///< the digit, 0..9
    int style = 0;              ///< index into digitStylesOf(label)
    int penWidth = 18;          ///< pen width in pixels of the 280-pixel paper (setPenWidth)
    double slantDegrees = 0;    ///< shear; positive leans the top of the digit to the right
    double sizeFraction = 0.6;  ///< height of the digit's bounding box (centre lines of the
                                ///< strokes, after slant and rotation, without ink or wobble)
                                ///< as a fraction of the paper's side
    double centreX = 0.5;       ///< centre of that box on the paper, fractions of the side,
    double centreY = 0.5;       ///< chosen so that the ink stays on the paper
    double rotationDegrees = 0; ///< positive turns clockwise on screen
    double aspect = 1;          ///< width multiplier of the skeleton (before slant and rotation)
    uint64_t seed = 0;          ///< seeds the hand's tremor (a smooth wobble of a pixel or two)
};

/// `count` drawings: labels interleaved (0, 1, ..., 9, 0, ...) so any prefix of ten is
/// balanced; each digit's styles cycled in turn; the other parameters random from `seed`.
std::vector<DrawnDigitSpec> drawnDigitSpecs(int count, uint64_t seed);

/// The strokes of a drawing in pixels of a paper `paperSize` wide, points a few pixels
/// apart (at the 280 paper), tremor included.
std::vector<std::vector<QPointF>> paperStrokes(const DrawnDigitSpec& spec, int paperSize);

/// Clears the canvas and draws the digit on it as a person would: pen width set, then each
/// stroke as a press, moves a few pixels apart and a release, sent as mouse events.
void drawOnCanvas(netsmith::ui::DrawingCanvas* canvas, const DrawnDigitSpec& spec);

} // namespace netsmith::drawn
