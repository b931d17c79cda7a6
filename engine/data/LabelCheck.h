#pragma once
// Checks every source runs on its labels before a dataset is handed out, so that a bad label
// is reported with the file and sample it came from instead of failing later in training.
#include <QString>
#include <QStringList>
#include <torch/torch.h>

namespace netsmith {

class LabelCheck
{
public:
    /// All labels in 0..numClasses-1; otherwise names `file` and the first bad sample.
    static bool inRange(const torch::Tensor& labels, int numClasses, const QString& file, QString* error);
    /// Every class has at least one sample; otherwise names `file` and the first empty class.
    static bool noEmptyClass(const torch::Tensor& labels, const QStringList& classNames, const QString& file,
                             QString* error);
    /// "0", "1", … "n-1".
    static QStringList numberedClasses(int count);
};

} // namespace netsmith
