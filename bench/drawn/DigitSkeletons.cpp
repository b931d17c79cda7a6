#include "drawn/DigitSkeletons.h"

#include <QLineF>

#include <algorithm>
#include <cmath>

namespace netsmith::drawn {

namespace {

/// Curves are sampled about this often (in unit-box lengths): dense enough that the wobble
/// added later bends them smoothly and that a corner stays where the skeleton puts it.
constexpr double kStep = 0.02;
constexpr double kPi = 3.14159265358979323846;

/// Builds one stroke from straight lines, Bezier curves and elliptic arcs, each continuing
/// from where the last one ended, so that a digit reads like the hand movement it is.
class Pen
{
public:
    explicit Pen(QPointF start) { points_.push_back(start); }

    Pen& line(QPointF to)
    {
        const QPointF from = points_.back();
        return curve([=](double t) { return from + (to - from) * t; });
    }
    Pen& quad(QPointF c, QPointF to)
    {
        const QPointF p0 = points_.back();
        return curve([=](double t) {
            const double u = 1 - t;
            return p0 * (u * u) + c * (2 * u * t) + to * (t * t);
        });
    }
    Pen& cubic(QPointF c1, QPointF c2, QPointF to)
    {
        const QPointF p0 = points_.back();
        return curve([=](double t) {
            const double u = 1 - t;
            return p0 * (u * u * u) + c1 * (3 * u * u * t) + c2 * (3 * u * t * t) + to * (t * t * t);
        });
    }
    /// An elliptic arc around `centre`. Angles in degrees as on a clock face drawn the
    /// mathematical way: 0 is to the right, 90 up, and a growing angle turns anticlockwise
    /// on screen (toDeg < fromDeg turns clockwise). The radii are scaled linearly from 1 at
    /// the start to `endScale` at the end, for loops that close inside or outside their start.
    /// The pen goes straight to the arc's first point if it is not already there.
    Pen& arc(QPointF centre, double rx, double ry, double fromDeg, double toDeg, double endScale = 1.0)
    {
        return curve([=](double t) {
            const double a = (fromDeg + (toDeg - fromDeg) * t) * kPi / 180.0;
            const double s = 1.0 + (endScale - 1.0) * t;
            return centre + QPointF(rx * s * std::cos(a), -ry * s * std::sin(a));
        });
    }
    /// Any curve f(t), t in 0..1, sampled about every kStep along its length.
    template <class F>
    Pen& curve(F f)
    {
        double length = 0;
        QPointF previous = f(0.0);
        for (int i = 1; i <= 64; ++i) {
            const QPointF p = f(i / 64.0);
            length += QLineF(previous, p).length();
            previous = p;
        }
        const int n = std::max(1, int(std::ceil(length / kStep)));
        for (int i = 0; i <= n; ++i) {
            const QPointF p = f(double(i) / n);
            if (QLineF(points_.back(), p).length() > 1e-9)
                points_.push_back(p);
        }
        return *this;
    }

    SkeletonStroke stroke() const { return points_; }
    operator SkeletonStroke() const { return points_; }

private:
    SkeletonStroke points_;
};

/// A full ellipse as one stroke, begun at `fromDeg` and drawn anticlockwise (as most
/// people draw an O) `sweepDeg` degrees, a little more than 360 so that it closes.
SkeletonStroke loop(QPointF centre, double rx, double ry, double fromDeg, double sweepDeg, double endScale = 1.0)
{
    const double a = fromDeg * kPi / 180.0;
    return Pen(centre + QPointF(rx * std::cos(a), -ry * std::sin(a)))
        .arc(centre, rx, ry, fromDeg, fromDeg + sweepDeg, endScale);
}

std::vector<DigitStyle> buildStyles()
{
    using P = QPointF;
    std::vector<DigitStyle> s;

    // 0: an oval begun at the top and drawn anticlockwise, ending where it began or
    // overshooting its start a little.
    s.push_back({0, "round", {loop(P(0.5, 0.5), 0.3, 0.5, 95, 370)}});
    s.push_back({0, "narrow", {loop(P(0.5, 0.5), 0.2, 0.5, 80, 380, 0.93)}});
    s.push_back({0, "overshoot", {loop(P(0.5, 0.5), 0.28, 0.5, 100, 400, 1.07)}});
    s.push_back({0, "pointed", {Pen(P(0.54, 0.0))
                                    .cubic(P(0.2, 0.0), P(0.14, 1.0), P(0.5, 1.0))
                                    .cubic(P(0.84, 1.0), P(0.82, 0.02), P(0.5, 0.02))}});

    // 1: a bare bar, with the flag at the top, with flag and foot.
    s.push_back({1, "bar", {Pen(P(0.5, 0.0)).line(P(0.5, 1.0))}});
    s.push_back({1, "flag", {Pen(P(0.3, 0.24)).line(P(0.54, 0.0)).line(P(0.54, 1.0))}});
    s.push_back({1, "flag-foot",
                 {Pen(P(0.3, 0.22)).line(P(0.52, 0.0)).line(P(0.52, 1.0)),
                  Pen(P(0.28, 1.0)).line(P(0.78, 1.0))}});
    s.push_back({1, "curved-flag", {Pen(P(0.32, 0.2)).quad(P(0.48, 0.12), P(0.56, 0.0)).line(P(0.52, 1.0))}});

    // 2: a hook over the top, a curved or straight diagonal, the base; some people loop at
    // the bottom left.
    s.push_back({2, "plain",
                 {Pen(P(0.2, 0.26))
                      .cubic(P(0.22, 0.02), P(0.78, -0.04), P(0.78, 0.28))
                      .cubic(P(0.78, 0.5), P(0.45, 0.72), P(0.18, 1.0))
                      .line(P(0.84, 0.98))}});
    s.push_back({2, "loop",
                 {Pen(P(0.2, 0.26))
                      .cubic(P(0.22, 0.02), P(0.78, -0.04), P(0.78, 0.28))
                      .cubic(P(0.78, 0.52), P(0.42, 0.72), P(0.3, 0.88))
                      .cubic(P(0.2, 1.02), P(0.06, 0.96), P(0.12, 0.82))
                      .cubic(P(0.18, 0.7), P(0.36, 0.84), P(0.42, 0.98))
                      .line(P(0.86, 0.98))}});
    s.push_back({2, "angular",
                 {Pen(P(0.2, 0.32))
                      .arc(P(0.5, 0.3), 0.3, 0.3, 175, -25)
                      .line(P(0.18, 1.0))
                      .line(P(0.84, 1.0))}});

    // 3: two bowls open to the left, meeting in a cusp, or a flat top and a bowl.
    s.push_back({3, "round",
                 {Pen(P(0.22, 0.14))
                      .cubic(P(0.36, -0.04), P(0.78, -0.02), P(0.74, 0.22))
                      .cubic(P(0.72, 0.4), P(0.55, 0.46), P(0.4, 0.47))
                      .cubic(P(0.62, 0.47), P(0.82, 0.58), P(0.8, 0.74))
                      .cubic(P(0.78, 0.96), P(0.4, 1.04), P(0.18, 0.88))}});
    s.push_back({3, "flat-top",
                 {Pen(P(0.22, 0.0))
                      .line(P(0.76, 0.0))
                      .line(P(0.42, 0.4))
                      .cubic(P(0.72, 0.38), P(0.84, 0.58), P(0.8, 0.74))
                      .cubic(P(0.76, 0.98), P(0.38, 1.04), P(0.18, 0.86))}});
    s.push_back({3, "arcs",
                 {Pen(P(0.26, 0.16))
                      .arc(P(0.48, 0.25), 0.24, 0.25, 150, -90)
                      .arc(P(0.48, 0.74), 0.3, 0.26, 90, -155)}});

    // 4: open (an L and a bar), closed (a triangle and a bar), or closed in one stroke.
    s.push_back({4, "open",
                 {Pen(P(0.26, 0.0)).line(P(0.2, 0.62)).line(P(0.84, 0.62)),
                  Pen(P(0.66, 0.04)).line(P(0.64, 1.0))}});
    s.push_back({4, "closed",
                 {Pen(P(0.6, 0.0)).line(P(0.16, 0.66)).line(P(0.86, 0.66)),
                  Pen(P(0.62, 0.02)).line(P(0.62, 1.0))}});
    s.push_back({4, "one-stroke", {Pen(P(0.62, 1.0)).line(P(0.62, 0.0)).line(P(0.15, 0.66)).line(P(0.86, 0.66))}});
    s.push_back({4, "open-slanted",
                 {Pen(P(0.34, 0.0)).line(P(0.18, 0.6)).line(P(0.86, 0.58)),
                  Pen(P(0.7, 0.12)).line(P(0.64, 1.0))}});

    // 5: a short stem, a bowl open to the left and the flag on top, drawn last or first.
    s.push_back({5, "classic",
                 {Pen(P(0.3, 0.02))
                      .line(P(0.26, 0.44))
                      .cubic(P(0.42, 0.34), P(0.8, 0.36), P(0.8, 0.66))
                      .cubic(P(0.8, 0.96), P(0.4, 1.04), P(0.18, 0.86)),
                  Pen(P(0.3, 0.02)).line(P(0.78, 0.0))}});
    s.push_back({5, "one-stroke",
                 {Pen(P(0.78, 0.0))
                      .line(P(0.3, 0.02))
                      .line(P(0.26, 0.44))
                      .cubic(P(0.42, 0.34), P(0.8, 0.36), P(0.8, 0.66))
                      .cubic(P(0.8, 0.96), P(0.4, 1.04), P(0.18, 0.86))}});
    s.push_back({5, "round-bowl",
                 {Pen(P(0.34, 0.0)).line(P(0.29, 0.41)).arc(P(0.48, 0.66), 0.3, 0.32, 130, -140),
                  Pen(P(0.34, 0.0)).line(P(0.8, 0.02))}});

    // 6: a stem coming down from the top right into a loop at the bottom.
    s.push_back({6, "round",
                 {Pen(P(0.72, 0.02))
                      .cubic(P(0.45, 0.04), P(0.22, 0.35), P(0.2, 0.72))
                      .arc(P(0.5, 0.72), 0.3, 0.28, 180, 525, 0.9)}});
    s.push_back({6, "straight-stem",
                 {Pen(P(0.66, 0.0)).line(P(0.24, 0.62)).arc(P(0.5, 0.72), 0.28, 0.28, 160, 505)}});
    s.push_back({6, "small-loop",
                 {Pen(P(0.7, 0.0))
                      .cubic(P(0.35, 0.1), P(0.2, 0.5), P(0.26, 0.8))
                      .arc(P(0.48, 0.8), 0.22, 0.2, 180, 520, 0.9)}});

    // 7: a bar and a long stem, with or without the crossbar or the little serif.
    s.push_back({7, "plain", {Pen(P(0.18, 0.02)).line(P(0.82, 0.02)).line(P(0.42, 1.0))}});
    s.push_back({7, "crossbar",
                 {Pen(P(0.18, 0.02)).line(P(0.82, 0.02)).line(P(0.42, 1.0)),
                  Pen(P(0.42, 0.52)).line(P(0.8, 0.52))}});
    s.push_back({7, "serif-curved", {Pen(P(0.2, 0.14)).line(P(0.2, 0.02)).line(P(0.82, 0.0)).quad(P(0.52, 0.45), P(0.46, 1.0))}});
    s.push_back({7, "curved-crossbar",
                 {Pen(P(0.2, 0.02)).line(P(0.82, 0.02)).quad(P(0.54, 0.42), P(0.48, 1.0)),
                  Pen(P(0.4, 0.5)).line(P(0.78, 0.48))}});

    // 8: one stroke crossing itself in the middle, two circles, or an S closed by a line.
    s.push_back({8, "one-stroke",
                 {Pen(P(0.5, 0.0)).curve([](double t) {
                     const double a = -0.35 + (2 * kPi + 0.45) * t;
                     const double y = std::pow(0.5 - 0.5 * std::cos(a), 1.15);
                     const double w = 0.25 - 0.04 * std::cos(a);
                     return QPointF(0.5 - w * std::sin(2 * a), y);
                 })}});
    s.push_back({8, "two-circles",
                 {loop(P(0.5, 0.23), 0.2, 0.23, 60, 370), loop(P(0.5, 0.72), 0.26, 0.28, 90, 370)}});
    s.push_back({8, "s-and-back",
                 {Pen(P(0.72, 0.12))
                      .cubic(P(0.6, -0.04), P(0.24, -0.02), P(0.26, 0.2))
                      .cubic(P(0.28, 0.4), P(0.76, 0.5), P(0.76, 0.74))
                      .cubic(P(0.76, 0.98), P(0.24, 1.02), P(0.24, 0.76))
                      .cubic(P(0.24, 0.6), P(0.7, 0.35), P(0.72, 0.12))}});

    // 9: a loop drawn anticlockwise from its right side, then a straight or curved tail.
    s.push_back({9, "straight-tail",
                 {Pen(P(0.69, 0.2)).arc(P(0.47, 0.27), 0.23, 0.26, 20, 375).line(P(0.68, 1.0))}});
    s.push_back({9, "curved-tail",
                 {Pen(P(0.69, 0.2))
                      .arc(P(0.47, 0.27), 0.23, 0.26, 20, 375)
                      .cubic(P(0.7, 0.55), P(0.66, 0.9), P(0.4, 1.0))}});
    s.push_back({9, "two-strokes",
                 {loop(P(0.45, 0.26), 0.24, 0.26, 30, 370), Pen(P(0.69, 0.1)).line(P(0.6, 1.0))}});
    return s;
}

} // namespace

const std::vector<DigitStyle>& digitStyles()
{
    static const std::vector<DigitStyle> styles = buildStyles();
    return styles;
}

std::vector<const DigitStyle*> digitStylesOf(int digit)
{
    std::vector<const DigitStyle*> styles;
    for (const DigitStyle& style : digitStyles())
        if (style.digit == digit)
            styles.push_back(&style);
    return styles;
}

} // namespace netsmith::drawn
