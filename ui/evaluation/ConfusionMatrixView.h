#pragma once
// Confusion-matrix heat map: rows are true classes, columns predicted ones; each cell shows
// its count or its share of the row (row-normalised, i.e. recall on the diagonal), coloured by
// that share so classes of different sizes read alike. Clicking a cell asks for its samples.
#include <QStringList>
#include <QWidget>
#include <vector>

namespace netsmith::ui {

class ConfusionMatrixView : public QWidget
{
    Q_OBJECT
public:
    explicit ConfusionMatrixView(QWidget* parent = nullptr);

    void setMatrix(const std::vector<std::vector<int64_t>>& confusion, const QStringList& classNames);
    void setRowNormalised(bool normalised);
    bool rowNormalised() const { return normalised_; }
    int64_t count(int trueClass, int predictedClass) const;
    /// Where a cell is drawn (for tests and tooltips); empty when out of range.
    QRect cellRect(int trueClass, int predictedClass) const;

    QSize minimumSizeHint() const override { return {240, 240}; }

Q_SIGNALS:
    void cellClicked(int trueClass, int predictedClass);

protected:
    void paintEvent(QPaintEvent*) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Layout
    {
        QRect grid;
        double cell = 0;
    };
    Layout layout() const;
    bool cellAt(const QPoint& pos, int* trueClass, int* predictedClass) const;
    double share(int row, int column) const;

    std::vector<std::vector<int64_t>> confusion_;
    std::vector<int64_t> rowTotals_;
    QStringList classNames_;
    bool normalised_ = false;
};

} // namespace netsmith::ui
