#include "data/LabelCheck.h"

#include <QCoreApplication>

namespace netsmith {

bool LabelCheck::inRange(const torch::Tensor& labels, int numClasses, const QString& file, QString* error)
{
    const torch::Tensor l = labels.to(torch::kInt64).contiguous();
    const int64_t* p = l.data_ptr<int64_t>();
    for (int64_t i = 0; i < l.numel(); ++i) {
        if (p[i] < 0 || p[i] >= numClasses) {
            *error = QCoreApplication::translate("Datasets", "%1: label %2 of sample %3 is out of range (expected 0 to %4)")
                         .arg(file)
                         .arg(p[i])
                         .arg(i + 1)
                         .arg(numClasses - 1);
            return false;
        }
    }
    return true;
}

bool LabelCheck::noEmptyClass(const torch::Tensor& labels, const QStringList& classNames, const QString& file,
                              QString* error)
{
    const torch::Tensor counts = torch::bincount(labels.to(torch::kInt64), {}, classNames.size());
    for (int c = 0; c < classNames.size(); ++c) {
        if (counts[c].item<int64_t>() == 0) {
            *error = QCoreApplication::translate("Datasets", "%1: class \"%2\" has no samples").arg(file, classNames[c]);
            return false;
        }
    }
    return true;
}

QStringList LabelCheck::numberedClasses(int count)
{
    QStringList names;
    for (int i = 0; i < count; ++i)
        names << QString::number(i);
    return names;
}

} // namespace netsmith
