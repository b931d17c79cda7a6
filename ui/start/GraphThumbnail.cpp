#include "start/GraphThumbnail.h"

#include "designer/CategoryColour.h"
#include "designer/NodeItem.h"
#include "graph/LayerRegistry.h"

#include <QPainter>
#include <algorithm>
#include <map>

namespace netsmith::ui {

QPixmap GraphThumbnail::render(const ModelGraph& graph, QSize size, qreal devicePixelRatio)
{
    QPixmap pixmap(size * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(QColor(250, 250, 250));
    if (graph.nodes().empty())
        return pixmap;
    // Node positions are the boxes' top-left corners on the canvas, in its units.
    QRectF bounds;
    for (const GraphNode& n : graph.nodes())
        bounds |= QRectF(n.pos, QSizeF(NodeItem::kWidth, NodeItem::kHeight));
    const QRectF target = QRectF(QPointF(0, 0), QSizeF(size)).adjusted(6, 6, -6, -6);
    const double scale =
        std::min(target.width() / bounds.width(), target.height() / bounds.height());
    const QPointF offset = target.center() - bounds.center() * scale;
    const auto box = [&](const GraphNode& n) {
        return QRectF(n.pos * scale + offset, QSizeF(NodeItem::kWidth, NodeItem::kHeight) * scale);
    };
    std::map<int, QRectF> boxes;
    for (const GraphNode& n : graph.nodes())
        boxes[n.id] = box(n);

    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(120, 120, 120), 1.0));
    for (const GraphEdge& e : graph.edges()) {
        const auto from = boxes.find(e.fromNode), to = boxes.find(e.toNode);
        if (from == boxes.end() || to == boxes.end())
            continue;
        p.drawLine(from->second.center(),
                   to->second.center()); // under the boxes: any layout direction
    }
    p.setPen(Qt::NoPen);
    for (const GraphNode& n : graph.nodes()) {
        const LayerKind* kind = LayerRegistry::instance().find(n.kind);
        p.setBrush(kind ? categoryColour(kind->category) : QColor(Qt::gray));
        const QRectF r = boxes[n.id];
        const double radius = std::min(r.height(), r.width()) * 0.2;
        p.drawRoundedRect(r, radius, radius);
    }
    return pixmap;
}

} // namespace netsmith::ui
