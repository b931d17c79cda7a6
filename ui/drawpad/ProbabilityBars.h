#pragma once
// ProbabilityBars: one horizontal bar per class with its probability, the most probable one
// highlighted. Painted directly (no chart) so that it redraws within a frame while drawing.
#include <QStringList>
#include <QWidget>

#include <vector>

namespace netsmith::ui {

class ProbabilityBars : public QWidget
{
    Q_OBJECT
public:
    explicit ProbabilityBars(QWidget* parent = nullptr);

    void setClasses(const QStringList& names);
    /// One per class; an empty vector shows empty bars.
    void setProbabilities(const std::vector<float>& probabilities);
    const std::vector<float>& probabilities() const { return probabilities_; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// The bars reached the screen (used to measure stroke-to-bars latency).
    void painted();

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QStringList names_;
    std::vector<float> probabilities_;
};

} // namespace netsmith::ui
