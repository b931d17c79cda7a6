#include "designer/NodeItem.h"

#include "designer/CategoryColour.h"
#include "designer/DesignerScene.h"
#include "graph/LayerRegistry.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace netsmith::ui {

namespace {

QString paramText(const ParamSpec& spec, const QVariant& value)
{
    switch (spec.type) {
    case ParamType::Int:
        if (!spec.specialText.isEmpty() && value.toLongLong() == qlonglong(spec.minimum))
            return spec.specialText;
        return QString::number(value.toLongLong());
    case ParamType::Float: return QString::number(value.toDouble(), 'g', 4);
    case ParamType::Bool:
        return value.toBool() ? QCoreApplication::translate("NodeItem", "yes")
                              : QCoreApplication::translate("NodeItem", "no");
    case ParamType::Choice: return value.toString();
    }
    return {};
}

} // namespace

NodeItem::NodeItem(int nodeId)
    : nodeId_(nodeId)
{
    setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges | ItemIsFocusable);
    setAcceptHoverEvents(true);
    setZValue(1);
}

void NodeItem::update(const GraphNode& node, const NodeAnalysis* analysis)
{
    prepareGeometryChange();
    const LayerKind* kind = LayerRegistry::instance().find(node.kind);
    name_ = node.name;
    kind_ = kind ? kind->translatedName() : node.kind;
    accent_ = kind ? categoryColour(kind->category) : QColor(Qt::gray);
    hasInput_ = !kind || kind->maxInputs != 0;
    QStringList parts;
    if (kind)
        for (const ParamSpec& spec : kind->params) {
            if (parts.size() == 3)
                break;
            parts << QStringLiteral("%1 %2")
                         .arg(QCoreApplication::translate("LayerParam", spec.label),
                              paramText(spec, node.params.value(spec.id, spec.defaultValue)));
        }
    details_ = parts.join(QStringLiteral(" · "));
    error_ = analysis ? analysis->error : QString();
    inputsFailed_ = analysis && !analysis->ok && analysis->error.isEmpty();
    shape_ = analysis && analysis->ok ? QStringLiteral("→ %1").arg(shapeToString(analysis->output))
                                      : QStringLiteral("→ ?");
    QString tip = QStringLiteral("<b>%1</b> (%2)").arg(name_.toHtmlEscaped(), kind_.toHtmlEscaped());
    if (kind)
        tip += QStringLiteral("<br>%1").arg(kind->translatedHelp().toHtmlEscaped());
    if (!error_.isEmpty())
        tip += QStringLiteral("<br><span style='color:#c62828'>%1</span>").arg(error_.toHtmlEscaped());
    setToolTip(tip);
    if (pos() != node.pos)
        setPos(node.pos);
    QGraphicsItem::update();
}

void NodeItem::setFlow(FlowDirection flow)
{
    if (flow == flow_)
        return;
    prepareGeometryChange();
    flow_ = flow;
    QGraphicsItem::update();
}

QPointF NodeItem::inputPortLocal() const
{
    return flow_ == FlowDirection::LeftToRight ? QPointF(-kWidth / 2, 0) : QPointF(0, -kHeight / 2);
}

QPointF NodeItem::outputPortLocal() const
{
    return flow_ == FlowDirection::LeftToRight ? QPointF(kWidth / 2, 0) : QPointF(0, kHeight / 2);
}

QPointF NodeItem::inputPortPos() const
{
    return mapToScene(inputPortLocal());
}

QPointF NodeItem::outputPortPos() const
{
    return mapToScene(outputPortLocal());
}

int NodeItem::portAt(const QPointF& scenePos) const
{
    const double grab = kPortRadius + 5;
    if (hasInput_ && QLineF(scenePos, inputPortPos()).length() <= grab)
        return 0;
    if (QLineF(scenePos, outputPortPos()).length() <= grab)
        return 1;
    return -1;
}

QRectF NodeItem::boundingRect() const
{
    const double m = kPortRadius + 3;
    return QRectF(-kWidth / 2 - m, -kHeight / 2 - m, kWidth + 2 * m, kHeight + 2 * m);
}

void NodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF card(-kWidth / 2, -kHeight / 2, kWidth, kHeight);
    const bool selected = option->state & QStyle::State_Selected;
    QColor border = hasError() ? QColor(0xc6, 0x28, 0x28) : accent_.darker(130);
    QPen pen(selected ? QColor(0xff, 0xa0, 0x00) : border, selected || hasError() ? 2.5 : 1.2);
    if (inputsFailed_)
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(hasError() ? QColor(0xff, 0xeb, 0xee) : QColor(Qt::white));
    painter->drawRoundedRect(card, 6, 6);
    // Category stripe on the left.
    painter->setPen(Qt::NoPen);
    painter->setBrush(accent_);
    painter->drawRoundedRect(QRectF(card.left(), card.top(), 7, card.height()), 3, 3);

    QFont bold = painter->font();
    bold.setBold(true);
    QFont small = painter->font();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.85));
    const QRectF text = card.adjusted(14, 4, -8, -4);
    painter->setPen(Qt::black);
    painter->setFont(bold);
    const QFontMetricsF boldMetrics(bold);
    const QString name = boldMetrics.elidedText(name_, Qt::ElideRight, text.width() * 0.55);
    painter->drawText(text, Qt::AlignLeft | Qt::AlignTop, name);
    painter->setFont(small);
    const QFontMetricsF smallMetrics(small);
    painter->setPen(QColor(0x55, 0x55, 0x55));
    painter->drawText(text, Qt::AlignRight | Qt::AlignTop,
                      smallMetrics.elidedText(kind_, Qt::ElideRight, text.width() * 0.45));
    painter->drawText(text.adjusted(0, 0, 0, -text.height() / 3), Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(details_, Qt::ElideRight, text.width()));
    painter->setPen(hasError() ? QColor(0xc6, 0x28, 0x28) : QColor(0x1b, 0x5e, 0x20));
    painter->drawText(text, Qt::AlignLeft | Qt::AlignBottom,
                      smallMetrics.elidedText(hasError() ? QStringLiteral("⚠ ") + error_ : shape_, Qt::ElideRight,
                                              text.width()));

    painter->setPen(QPen(QColor(0x42, 0x42, 0x42), 1.2));
    painter->setBrush(QColor(0xe0, 0xe0, 0xe0));
    if (hasInput_)
        painter->drawEllipse(inputPortLocal(), kPortRadius, kPortRadius);
    painter->setBrush(accent_);
    painter->drawEllipse(outputPortLocal(), kPortRadius, kPortRadius);
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant& value)
{
    if (change == ItemPositionHasChanged)
        if (auto* s = qobject_cast<DesignerScene*>(scene()))
            s->nodeItemMoved(nodeId_);
    return QGraphicsItem::itemChange(change, value);
}

} // namespace netsmith::ui
