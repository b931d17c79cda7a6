#include "designer/EdgeItem.h"

#include "designer/NodeItem.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <algorithm>
#include <vector>

namespace netsmith::ui {

namespace {

/// A polyline through `points` whose corners are rounded with radius `r` (or less on short
/// segments).
QPainterPath roundedPolyline(const std::vector<QPointF>& points, double r)
{
    QPainterPath path(points.front());
    for (size_t i = 1; i + 1 < points.size(); ++i) {
        const QLineF in(points[i], points[i - 1]);
        const QLineF out(points[i], points[i + 1]);
        const double radius = std::min({r, in.length() / 2, out.length() / 2});
        path.lineTo(in.pointAt(in.length() > 0 ? radius / in.length() : 0));
        path.quadTo(points[i], out.pointAt(out.length() > 0 ? radius / out.length() : 0));
    }
    path.lineTo(points.back());
    return path;
}

} // namespace

EdgeItem::EdgeItem(const GraphEdge& edge)
    : edge_(edge)
{
    setFlags(ItemIsSelectable);
    setZValue(0);
}

void EdgeItem::updateGeometry(const NodeItem* from, const NodeItem* to, int inputCount)
{
    if (!from || !to)
        return;
    prepareGeometryChange();
    horizontal_ = to->flow() == FlowDirection::LeftToRight;
    const QPointF start = from->outputPortPos();
    QPointF end = to->inputPortPos();
    // Several inputs on one port: fan them out so each stays visible.
    const double fan = inputCount > 1 ? (edge_.toPort - (inputCount - 1) / 2.0) * 14.0 : 0.0;
    QPainterPath path(start);
    if (!horizontal_) {
        end.rx() += fan;
        const double bend = std::max(40.0, std::abs(end.y() - start.y()) / 2);
        path.cubicTo(start + QPointF(0, bend), end - QPointF(0, bend), end);
    } else if (end.x() + fan >= start.x() + 20) {
        end.ry() += fan;
        const double bend = std::max(40.0, (end.x() - start.x()) / 2);
        path.cubicTo(start + QPointF(bend, 0), end - QPointF(bend, 0), end);
    } else {
        end.ry() += fan;
        const double out = 28;
        const double corridor = end.y() - NodeItem::kHeight / 2 - 26; // just above the target's card
        path = roundedPolyline({start, {start.x() + out, start.y()}, {start.x() + out, corridor},
                                {end.x() - out, corridor}, {end.x() - out, end.y()}, end},
                               14);
    }
    setPath(path);
    labelAnchor_ = path.pointAtPercent(0.5);
}

void EdgeItem::setLabel(const QString& shapeText)
{
    prepareGeometryChange();
    label_ = shapeText;
    update();
}

QRectF EdgeItem::labelRect() const
{
    if (label_.isEmpty())
        return {};
    QFont f;
    f.setPointSizeF(f.pointSizeF() * 0.85);
    const QFontMetricsF m(f);
    const QSizeF size(m.horizontalAdvance(label_) + 10, m.height() + 2);
    if (horizontal_) // above a horizontal line rather than across it
        return QRectF(labelAnchor_ + QPointF(-size.width() / 2, -size.height() - 4), size);
    return QRectF(labelAnchor_ + QPointF(6, -size.height() / 2), size);
}

QRectF EdgeItem::boundingRect() const
{
    return QGraphicsPathItem::boundingRect().adjusted(-3, -3, 3, 3).united(labelRect());
}

QPainterPath EdgeItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    QPainterPath s = stroker.createStroke(path());
    s.addRect(labelRect());
    return s;
}

void EdgeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option->state & QStyle::State_Selected;
    const bool unknown = label_ == QLatin1String("?");
    painter->setPen(QPen(selected ? QColor(0xff, 0xa0, 0x00) : QColor(0x61, 0x61, 0x61), selected ? 3 : 1.6,
                         unknown ? Qt::DashLine : Qt::SolidLine));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path());
    // Arrow head at the input port.
    const QPointF end = path().pointAtPercent(1.0);
    painter->setBrush(painter->pen().color());
    painter->setPen(Qt::NoPen);
    if (horizontal_)
        painter->drawPolygon(QPolygonF{end, end + QPointF(-9, -4.5), end + QPointF(-9, 4.5)});
    else
        painter->drawPolygon(QPolygonF{end, end + QPointF(-4.5, -9), end + QPointF(4.5, -9)});
    if (!label_.isEmpty()) {
        QFont f = painter->font();
        f.setPointSizeF(f.pointSizeF() * 0.85);
        painter->setFont(f);
        const QRectF r = labelRect();
        painter->setBrush(QColor(0xf5, 0xf5, 0xf5, 230));
        painter->setPen(QPen(QColor(0xbd, 0xbd, 0xbd), 0.8));
        painter->drawRoundedRect(r, 3, 3);
        painter->setPen(unknown ? QColor(0xc6, 0x28, 0x28) : QColor(0x21, 0x21, 0x21));
        painter->drawText(r, Qt::AlignCenter, label_);
    }
}

} // namespace netsmith::ui
