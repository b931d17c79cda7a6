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
    std::vector<int64_t> counts() const { return m_counts; }

protected:
    void changeEvent(QEvent* event) override;

private:
    QStringList m_classNames;
    QBarSeries* m_series;
    QBarCategoryAxis* m_categories;
    QValueAxis* m_values;
    std::vector<int64_t> m_counts;
};

} // namespace netsmith::ui
