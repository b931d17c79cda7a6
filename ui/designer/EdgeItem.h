#pragma once
// EdgeItem: one connection on the canvas, a curve from an output port to an input port,
// labelled with the shape of the tensor that flows along it. Left to right, an edge whose
// target lies to its left (a chain wrapped onto the next band) runs back through the gap
// between the bands instead of across the cards.
#include "graph/ModelGraph.h"

#include <QGraphicsPathItem>

namespace netsmith::ui {

class NodeItem;

class EdgeItem : public QGraphicsPathItem
{
public:
    enum { Type = UserType + 2 };

    explicit EdgeItem(const GraphEdge& edge);

    const GraphEdge& edge() const { return edge_; }
    int type() const override { return Type; }
    /// Follows the two nodes; `inputCount` spreads several inputs of a merge layer apart.
    void updateGeometry(const NodeItem* from, const NodeItem* to, int inputCount);
    void setLabel(const QString& shapeText);
    QString label() const { return label_; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QRectF labelRect() const;

    GraphEdge edge_;
    QString label_;
    QPointF labelAnchor_;
    bool horizontal_ = false;
};

} // namespace netsmith::ui
