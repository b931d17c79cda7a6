#include "drawn/DrawnDigitSet.h"

#include "drawn/DigitSkeletons.h"
#include "drawpad/DrawingCanvas.h"

#include <QCoreApplication>
#include <QLineF>
#include <QMouseEvent>
#include <QRectF>

#include <algorithm>
#include <cmath>
#include <random>

namespace netsmith::drawn {

namespace {

using Stroke = std::vector<QPointF>;

constexpr double kPi = 3.14159265358979323846;
/// The paper the pixel quantities (pen width, tremor, margins) are given for.
constexpr double kPaper = netsmith::ui::DrawingCanvas::kPaperSize;
/// Ink kept this far (paper pixels) inside the edge beyond the pen's radius: covers the
/// tremor (at most 1.5 px per axis) and the antialiased fringe.
constexpr double kMarginPx = 3.0;
/// Mouse events are at most this far apart (widget pixels), like a hand moving at an
/// ordinary speed; the skeleton's own points are usually closer.
constexpr double kMouseStepPx = 4.0;
/// The thickest pen for a digit's height: about what the thickest MNIST digits show.
constexpr double kMaxPenToHeight = 0.18;

// std::uniform_real_distribution and friends are implementation-defined; these mappings are
// the same everywhere.
double unitDraw(std::mt19937_64& rng)
{
    return double(rng() >> 11) * 0x1.0p-53; // [0, 1), 53 random bits
}

double uniformDraw(std::mt19937_64& rng, double lo, double hi)
{
    return lo + (hi - lo) * unitDraw(rng);
}

QRectF boundingBox(const std::vector<Stroke>& strokes)
{
    double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300;
    for (const Stroke& stroke : strokes)
        for (const QPointF& p : stroke) {
            x0 = std::min(x0, p.x());
            y0 = std::min(y0, p.y());
            x1 = std::max(x1, p.x());
            y1 = std::max(y1, p.y());
        }
    return QRectF(QPointF(x0, y0), QPointF(x1, y1));
}

/// Moves and scales the strokes so that their box is 1 high and centred on (0, 0).
void normalise(std::vector<Stroke>* strokes)
{
    const QRectF box = boundingBox(*strokes);
    const double height = std::max(box.height(), 1e-9);
    for (Stroke& stroke : *strokes)
        for (QPointF& p : stroke)
            p = (p - box.center()) / height;
}

const DigitStyle& styleOf(const DrawnDigitSpec& spec)
{
    const std::vector<const DigitStyle*> styles = digitStylesOf(std::clamp(spec.label, 0, 9));
    const int n = int(styles.size());
    return *styles[size_t(((spec.style % n) + n) % n)];
}

/// The style's skeleton with aspect, slant and rotation applied, normalised so that the
/// result's box is 1 high and centred on (0, 0): sizeFraction and the centre then place
/// it directly on the paper.
std::vector<Stroke> shapedStrokes(const DrawnDigitSpec& spec)
{
    std::vector<Stroke> strokes = styleOf(spec).strokes;
    normalise(&strokes);
    const double shear = std::tan(spec.slantDegrees * kPi / 180.0);
    const double angle = spec.rotationDegrees * kPi / 180.0;
    const double c = std::cos(angle), s = std::sin(angle);
    for (Stroke& stroke : strokes)
        for (QPointF& p : stroke) {
            const double x = p.x() * spec.aspect - p.y() * shear; // y is down: the top moves right
            const double y = p.y();
            p = QPointF(x * c - y * s, x * s + y * c); // clockwise on a y-down screen
        }
    normalise(&strokes);
    return strokes;
}

/// The hand's tremor: a smooth offset of at most `amplitude` paper pixels per axis, a sum
/// of slow sines of the distance travelled along the strokes.
class Tremor
{
public:
    explicit Tremor(uint64_t seed)
    {
        std::mt19937_64 rng(seed);
        amplitude_ = uniformDraw(rng, 0.5, 1.5);
        for (Wave& wave : waves_) {
            wave.wavelength = uniformDraw(rng, 20.0, 120.0);
            wave.phase = uniformDraw(rng, 0.0, 2 * kPi);
            wave.weight = uniformDraw(rng, 0.3, 1.0);
        }
    }

    /// Offset after `distance` paper pixels of pen travel.
    QPointF at(double distance) const
    {
        double offset[2] = {0, 0}, total[2] = {0, 0};
        for (int i = 0; i < kWaves; ++i) {
            const Wave& wave = waves_[i];
            offset[i % 2] += wave.weight * std::sin(2 * kPi * distance / wave.wavelength + wave.phase);
            total[i % 2] += wave.weight;
        }
        return QPointF(offset[0] / total[0], offset[1] / total[1]) * amplitude_;
    }

private:
    struct Wave
    {
        double wavelength = 1, phase = 0, weight = 0;
    };
    static constexpr int kWaves = 6; // three per axis, alternating x and y
    double amplitude_ = 0;
    Wave waves_[kWaves];
};

/// The widget position of a paper point: the canvas shows its paper as the centred square
/// of side min(width, height) (DrawingCanvas::paperRect).
QPointF toWidget(const netsmith::ui::DrawingCanvas* canvas, QPointF paperPos)
{
    const double side = std::min(canvas->width(), canvas->height());
    const QPointF origin((canvas->width() - side) / 2.0, (canvas->height() - side) / 2.0);
    return origin + paperPos * (side / kPaper);
}

void sendMouse(netsmith::ui::DrawingCanvas* canvas, QEvent::Type type, QPointF pos, Qt::MouseButton button,
               Qt::MouseButtons buttons)
{
    QMouseEvent event(type, pos, canvas->mapToGlobal(pos), button, buttons, Qt::NoModifier);
    QCoreApplication::sendEvent(canvas, &event);
}

} // namespace

std::vector<DrawnDigitSpec> drawnDigitSpecs(int count, uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::vector<DrawnDigitSpec> specs;
    specs.reserve(size_t(std::max(count, 0)));
    for (int i = 0; i < count; ++i) {
        DrawnDigitSpec spec;
        spec.label = i % 10;
        spec.style = (i / 10) % int(digitStylesOf(spec.label).size());
        // Always the same draws in the same order, whatever the shape turns out to need.
        // Pen width log-uniform over 3..44 so that thin and very thick are both common.
        const double pen = std::exp(uniformDraw(rng, std::log(3.0), std::log(45.0)));
        spec.penWidth = std::clamp(int(pen), 3, 44);
        spec.slantDegrees = uniformDraw(rng, -15.0, 15.0);
        // Size uniform up to 90% of the paper, from 30% or, for a thick pen, from where the
        // pen is no more than kMaxPenToHeight of the digit: smaller, its loops fill with ink
        // and a person would not draw it so (nor could read it).
        const double smallest = std::max(0.30, spec.penWidth / (kMaxPenToHeight * kPaper));
        const double size = uniformDraw(rng, std::min(smallest, 0.90), 0.90);
        spec.rotationDegrees = uniformDraw(rng, -5.0, 5.0);
        spec.aspect = uniformDraw(rng, 0.8, 1.2);
        const double whereX = unitDraw(rng), whereY = unitDraw(rng);
        spec.seed = rng();

        // A large digit in a thick pen would run off the paper: shrink it until the ink fits,
        // then put its centre anywhere that keeps all of it on the paper.
        const QRectF box = boundingBox(shapedStrokes(spec)); // 1 high
        const double ink = (spec.penWidth / 2.0 + kMarginPx) / kPaper;
        spec.sizeFraction = std::min({size, 1 - 2 * ink, (1 - 2 * ink) / std::max(box.width(), 1e-9)});
        const double halfW = spec.sizeFraction * box.width() / 2, halfH = spec.sizeFraction / 2;
        spec.centreX = ink + halfW + (1 - 2 * (ink + halfW)) * whereX;
        spec.centreY = ink + halfH + (1 - 2 * (ink + halfH)) * whereY;
        specs.push_back(spec);
    }
    return specs;
}

std::vector<std::vector<QPointF>> paperStrokes(const DrawnDigitSpec& spec, int paperSize)
{
    const Tremor tremor(spec.seed);
    const double toPaper = paperSize / kPaper; // pixel quantities are for the 280 paper
    const QPointF centre(spec.centreX * kPaper, spec.centreY * kPaper);
    std::vector<std::vector<QPointF>> strokes;
    double travelled = 0;
    for (const Stroke& stroke : shapedStrokes(spec)) {
        std::vector<QPointF> out;
        QPointF previous;
        for (size_t i = 0; i < stroke.size(); ++i) {
            const QPointF p = centre + stroke[i] * (spec.sizeFraction * kPaper);
            if (i > 0)
                travelled += QLineF(previous, p).length();
            previous = p;
            out.push_back((p + tremor.at(travelled)) * toPaper);
        }
        travelled += 37; // the pen lifts and moves: the next stroke trembles differently
        strokes.push_back(out);
    }
    return strokes;
}

void drawOnCanvas(netsmith::ui::DrawingCanvas* canvas, const DrawnDigitSpec& spec)
{
    canvas->clear();
    canvas->setErasing(false);
    canvas->setPenWidth(spec.penWidth);
    for (const std::vector<QPointF>& stroke : paperStrokes(spec, netsmith::ui::DrawingCanvas::kPaperSize)) {
        if (stroke.empty())
            continue;
        QPointF at = toWidget(canvas, stroke.front());
        sendMouse(canvas, QEvent::MouseButtonPress, at, Qt::LeftButton, Qt::LeftButton);
        for (size_t i = 1; i < stroke.size(); ++i) {
            // Long straight pieces arrive as several moves, as from a real mouse.
            const QPointF to = toWidget(canvas, stroke[i]);
            const int steps = std::max(1, int(std::ceil(QLineF(at, to).length() / kMouseStepPx)));
            for (int k = 1; k <= steps; ++k)
                sendMouse(canvas, QEvent::MouseMove, at + (to - at) * (double(k) / steps), Qt::NoButton,
                          Qt::LeftButton); // mouseMoveEvent draws only while buttons() has the left one
            at = to;
        }
        sendMouse(canvas, QEvent::MouseButtonRelease, at, Qt::LeftButton, Qt::NoButton);
    }
}

} // namespace netsmith::drawn
