#include "data/SampleGridModel.h"

#include "data/SampleImage.h"

namespace netsmith::ui {

SampleGridModel::SampleGridModel(QObject* parent) : QAbstractListModel(parent) {}

void SampleGridModel::setDataset(const Dataset& dataset)
{
    beginResetModel();
    m_dataset = dataset;
    if (m_dataset.labels.defined())
        m_dataset.labels = m_dataset.labels.to(torch::kInt64).contiguous();
    m_images.clear();
    endResetModel();
}

torch::Tensor SampleGridModel::sample(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return m_dataset.images[row];
}

int SampleGridModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_dataset.size());
}

QVariant SampleGridModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int row = index.row();
    // Read straight from the contiguous int64 labels: this runs for every painted cell.
    const int64_t label = m_dataset.labels.data_ptr<int64_t>()[row];
    const QString name = label >= 0 && label < m_dataset.classNames.size() ? m_dataset.classNames[int(label)]
                                                                            : QString::number(label);
    switch (role) {
    case Qt::DisplayRole:
        return name;
    case LabelRole:
        return qlonglong(label);
    case Qt::ToolTipRole:
        return tr("Sample %1: %2").arg(row + 1).arg(name);
    case Qt::DecorationRole: {
        if (QImage* cached = m_images.object(row))
            return *cached;
        auto* image = new QImage(SampleImage::fromTensor(m_dataset.images[row]));
        const QImage copy = *image;
        m_images.insert(row, image);
        return copy;
    }
    default:
        return {};
    }
}

} // namespace netsmith::ui
