#pragma once
// Bar chart of how many samples each class has (Qt Charts), so imbalance is visible at a
// glance before training.
#include <QChartView>
#include <QStringList>

class QBarSeries;
class QBarCategoryAxis;
class QValueAxis;

namespace netsmith::ui {

class ClassHistogramView : public QChartView
{
    Q_OBJECT
public:
    explicit ClassHistogramView(QWidget* parent = nullptr);

    /// One bar per class.
    void setCounts(const QStringList& classNames, const std::vector<int64_t>& counts);
    std::vector<int64_t> counts() const { return counts_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    QStringList classNames_;
    QBarSeries* series_;
    QBarCategoryAxis* categories_;
    QValueAxis* values_;
    std::vector<int64_t> counts_;
};

} // namespace netsmith::ui
