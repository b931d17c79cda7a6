#include "data/SampleGridModel.h"

#include "data/SampleImage.h"

namespace netsmith::ui {

SampleGridModel::SampleGridModel(QObject* parent) : QAbstractListModel(parent) {}

void SampleGridModel::setDataset(const Dataset& dataset)
{
    beginResetModel();
    dataset_ = dataset;
    if (dataset_.labels.defined())
        dataset_.labels = dataset_.labels.to(torch::kInt64).contiguous();
    images_.clear();
    endResetModel();
}

torch::Tensor SampleGridModel::sample(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return dataset_.images[row];
}

int SampleGridModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(dataset_.size());
}

QVariant SampleGridModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int row = index.row();
    // Read straight from the contiguous int64 labels: this runs for every painted cell.
    const int64_t label = dataset_.labels.data_ptr<int64_t>()[row];
    const QString name = label >= 0 && label < dataset_.classNames.size() ? dataset_.classNames[int(label)]
                                                                            : QString::number(label);
    switch (role) {
    case Qt::DisplayRole:
        return name;
    case LabelRole:
        return qlonglong(label);
    case Qt::ToolTipRole:
        return tr("Sample %1: %2").arg(row + 1).arg(name);
    case Qt::DecorationRole: {
        if (QImage* cached = images_.object(row))
            return *cached;
        auto* image = new QImage(SampleImage::fromTensor(dataset_.images[row]));
        const QImage copy = *image;
        images_.insert(row, image);
        return copy;
    }
    default:
        return {};
    }
}

} // namespace netsmith::ui
