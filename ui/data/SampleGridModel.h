#pragma once
// A list model over one part of a dataset for the browser's grid: one row per sample, the
// image made on demand (only visible rows are ever asked for, so 60,000 samples cost nothing
// until they scroll into view).
#include "data/Dataset.h"

#include <QAbstractListModel>
#include <QCache>
#include <QImage>

namespace netsmith::ui {

class SampleGridModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { LabelRole = Qt::UserRole + 1 };

    explicit SampleGridModel(QObject* parent = nullptr);

    void setDataset(const Dataset& dataset);
    const Dataset& dataset() const { return dataset_; }
    /// Sample `row` as uint8 C×H×W.
    torch::Tensor sample(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    /// DisplayRole: class name; DecorationRole: QImage; LabelRole: class index; ToolTipRole.
    QVariant data(const QModelIndex& index, int role) const override;

private:
    Dataset dataset_;
    mutable QCache<int, QImage> images_{4096};
};

} // namespace netsmith::ui
