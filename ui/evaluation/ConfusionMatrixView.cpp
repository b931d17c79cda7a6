#include "evaluation/ConfusionMatrixView.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <numeric>

namespace netsmith::ui {

namespace {
constexpr int kLabelWidth = 90;  // room for the true-class names on the left
constexpr int kLabelHeight = 70; // and the predicted-class names on top
} // namespace

ConfusionMatrixView::ConfusionMatrixView(QWidget* parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ConfusionMatrixView::setMatrix(const std::vector<std::vector<int64_t>>& confusion, const QStringList& classNames)
{
    confusion_ = confusion;
    classNames_ = classNames;
    rowTotals_.clear();
    for (const auto& row : confusion_)
        rowTotals_.push_back(std::accumulate(row.begin(), row.end(), int64_t(0)));
    update();
}

void ConfusionMatrixView::setRowNormalised(bool normalised)
{
    normalised_ = normalised;
    update();
}

int64_t ConfusionMatrixView::count(int trueClass, int predictedClass) const
{
    if (trueClass < 0 || predictedClass < 0 || std::size_t(trueClass) >= confusion_.size() ||
        std::size_t(predictedClass) >= confusion_[std::size_t(trueClass)].size())
        return 0;
    return confusion_[std::size_t(trueClass)][std::size_t(predictedClass)];
}

double ConfusionMatrixView::share(int row, int column) const
{
    const int64_t total = rowTotals_[std::size_t(row)];
    return total > 0 ? double(count(row, column)) / double(total) : 0.0;
}

ConfusionMatrixView::Layout ConfusionMatrixView::layout() const
{
    Layout l;
    const int n = int(confusion_.size());
    if (n == 0)
        return l;
    const int side = std::min(width() - kLabelWidth - 8, height() - kLabelHeight - 8);
    l.cell = std::max(4.0, double(side) / n);
    l.grid = QRect(kLabelWidth, kLabelHeight, int(l.cell * n), int(l.cell * n));
    return l;
}

QRect ConfusionMatrixView::cellRect(int trueClass, int predictedClass) const
{
    const int n = int(confusion_.size());
    if (trueClass < 0 || predictedClass < 0 || trueClass >= n || predictedClass >= n)
        return {};
    const Layout l = layout();
    return QRect(int(l.grid.left() + predictedClass * l.cell), int(l.grid.top() + trueClass * l.cell), int(l.cell),
                 int(l.cell));
}

bool ConfusionMatrixView::cellAt(const QPoint& pos, int* trueClass, int* predictedClass) const
{
    const Layout l = layout();
    if (confusion_.empty() || !l.grid.contains(pos))
        return false;
    const int n = int(confusion_.size());
    *predictedClass = std::clamp(int((pos.x() - l.grid.left()) / l.cell), 0, n - 1);
    *trueClass = std::clamp(int((pos.y() - l.grid.top()) / l.cell), 0, n - 1);
    return true;
}

void ConfusionMatrixView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    const int n = int(confusion_.size());
    if (n == 0) {
        painter.drawText(rect(), Qt::AlignCenter, tr("The confusion matrix appears after the first epoch"));
        return;
    }
    const Layout l = layout();
    QFont small = font();
    small.setPointSizeF(std::clamp(l.cell / 3.2, 6.0, font().pointSizeF()));
    painter.setFont(small);
    for (int t = 0; t < n; ++t) {
        for (int p = 0; p < n; ++p) {
            const QRect r = cellRect(t, p);
            const double s = share(t, p);
            // White to deep blue by the row share; the diagonal (correct) reads the same way.
            const QColor colour = QColor::fromRgbF(1.0 - 0.85 * s, 1.0 - 0.6 * s, 1.0 - 0.25 * s);
            painter.fillRect(r, colour);
            painter.setPen(QColor(220, 220, 220));
            painter.drawRect(r);
            if (l.cell >= 18) {
                painter.setPen(s > 0.5 ? Qt::white : Qt::black);
                const QString text = normalised_ ? QString::number(s, 'f', 2) : QString::number(count(t, p));
                painter.drawText(r, Qt::AlignCenter, text);
            }
        }
    }
    painter.setPen(palette().color(QPalette::WindowText));
    painter.setFont(font());
    for (int i = 0; i < n; ++i) {
        const QString name = i < classNames_.size() ? classNames_[i] : QString::number(i);
        const QRect row = cellRect(i, 0);
        painter.drawText(QRect(0, row.top(), kLabelWidth - 6, row.height()), Qt::AlignRight | Qt::AlignVCenter,
                         painter.fontMetrics().elidedText(name, Qt::ElideRight, kLabelWidth - 8));
        const QRect column = cellRect(0, i);
        painter.save();
        painter.translate(column.center().x(), kLabelHeight - 4);
        painter.rotate(-60);
        painter.drawText(0, 0, painter.fontMetrics().elidedText(name, Qt::ElideRight, kLabelHeight + 20));
        painter.restore();
    }
    painter.drawText(QRect(0, 0, kLabelWidth, kLabelHeight), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                     tr("true ↓ / predicted →"));
}

void ConfusionMatrixView::mousePressEvent(QMouseEvent* event)
{
    int t = 0, p = 0;
    if (event->button() == Qt::LeftButton && cellAt(event->position().toPoint(), &t, &p))
        Q_EMIT cellClicked(t, p);
    QWidget::mousePressEvent(event);
}

bool ConfusionMatrixView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        int t = 0, p = 0;
        if (cellAt(help->pos(), &t, &p)) {
            const QString trueName = t < classNames_.size() ? classNames_[t] : QString::number(t);
            const QString predName = p < classNames_.size() ? classNames_[p] : QString::number(p);
            QToolTip::showText(help->globalPos(),
                               tr("true %1, predicted %2: %3 samples (%4% of the row)\nClick to see them")
                                   .arg(trueName, predName)
                                   .arg(count(t, p))
                                   .arg(share(t, p) * 100, 0, 'f', 1),
                               this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace netsmith::ui
