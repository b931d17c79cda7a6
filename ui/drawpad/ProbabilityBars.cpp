#include "drawpad/ProbabilityBars.h"

#include <QPainter>

#include <algorithm>

namespace netsmith::ui {

ProbabilityBars::ProbabilityBars(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void ProbabilityBars::setClasses(const QStringList& names)
{
    names_ = names;
    probabilities_.clear();
    updateGeometry();
    update();
}

void ProbabilityBars::setProbabilities(const std::vector<float>& probabilities)
{
    probabilities_ = probabilities;
    update();
}

QSize ProbabilityBars::sizeHint() const
{
    return {260, std::clamp(int(names_.size()) * 24, 120, 600)};
}

QSize ProbabilityBars::minimumSizeHint() const
{
    return {180, 80};
}

void ProbabilityBars::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    const int count = int(names_.size());
    if (count > 0) {
        const QFontMetrics fm = painter.fontMetrics();
        int nameWidth = 0;
        for (const QString& n : names_)
            nameWidth = std::max(nameWidth, fm.horizontalAdvance(n));
        nameWidth = std::min(nameWidth + 8, width() / 3);
        const int percentWidth = fm.horizontalAdvance(QStringLiteral("100.0%")) + 8;
        const qreal rowHeight = qreal(height()) / count;
        const int barLeft = nameWidth;
        const int barSpan = std::max(1, width() - nameWidth - percentWidth);
        const int best = probabilities_.empty()
                             ? -1
                             : int(std::max_element(probabilities_.begin(), probabilities_.end()) - probabilities_.begin());
        const QColor barColour = palette().highlight().color();
        const QColor otherColour = barColour.lighter(160);
        for (int i = 0; i < count; ++i) {
            const QRectF row(0, i * rowHeight, width(), rowHeight);
            const float p = i < int(probabilities_.size()) ? probabilities_[size_t(i)] : 0.f;
            QFont font = painter.font();
            font.setBold(i == best);
            painter.setFont(font);
            painter.setPen(palette().text().color());
            painter.drawText(QRectF(4, row.top(), nameWidth - 8, rowHeight), Qt::AlignVCenter | Qt::AlignRight,
                             fm.elidedText(names_[i], Qt::ElideRight, nameWidth - 8));
            const qreal barHeight = std::max<qreal>(2.0, rowHeight * 0.6);
            const QRectF track(barLeft, row.center().y() - barHeight / 2, barSpan, barHeight);
            painter.fillRect(track, palette().alternateBase());
            painter.fillRect(QRectF(track.topLeft(), QSizeF(track.width() * std::clamp(p, 0.f, 1.f), barHeight)),
                             i == best ? barColour : otherColour);
            if (!probabilities_.empty())
                painter.drawText(QRectF(barLeft + barSpan + 4, row.top(), percentWidth - 4, rowHeight),
                                 Qt::AlignVCenter | Qt::AlignLeft, QString::number(100.0 * p, 'f', 1) + QLatin1Char('%'));
        }
    }
    painter.end();
    Q_EMIT painted();
}

} // namespace netsmith::ui
