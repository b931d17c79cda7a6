#pragma once
// NodeItem: how one layer looks on the canvas — a card with its name, kind, key parameters
// and output shape, an input port on top and an output port below (left and right when the
// graph flows left to right). It shows the document's
// node; it never changes the model itself (the scene turns gestures into document edits).
#include "graph/ModelGraph.h"
#include "graph/ShapeInference.h"

#include <QGraphicsItem>

namespace netsmith::ui {

class NodeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };
    static constexpr double kWidth = 200.0;
    static constexpr double kHeight = 66.0;
    static constexpr double kPortRadius = 7.0;

    explicit NodeItem(int nodeId);

    int nodeId() const { return nodeId_; }
    int type() const override { return Type; }
    /// Takes the node's current name, parameters and analysis (shape, error).
    void update(const GraphNode& node, const NodeAnalysis* analysis);
    /// Where the ports sit: top and bottom, or left and right.
    void setFlow(FlowDirection flow);
    FlowDirection flow() const { return flow_; }
    bool hasError() const { return !error_.isEmpty(); }

    /// Scene positions of the ports; merge layers take every input on their one input port.
    QPointF inputPortPos() const;
    QPointF outputPortPos() const;
    bool hasInputPort() const { return hasInput_; }
    /// Which port (if any) lies under a scene point: -1 none, 0 input, 1 output.
    int portAt(const QPointF& scenePos) const;

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;

private:
    int nodeId_;
    QString name_;
    QString kind_;
    QString details_;
    QString shape_;
    QString error_;
    QColor accent_;
    bool hasInput_ = true;
    bool inputsFailed_ = false;
    FlowDirection flow_ = FlowDirection::TopToBottom;

    QPointF inputPortLocal() const;
    QPointF outputPortLocal() const;
};

} // namespace netsmith::ui
