#pragma once
// CSV in the Kaggle MNIST layout: one sample per line, the label then the pixels (0..255) of
// a square grayscale image, comma-separated; a header line is optional. A file named
// *train*.csv picks up its *test*.csv sibling as the test part when that one has labels
// (Kaggle's unlabelled submission test.csv is skipped).
#include "data/Dataset.h"

namespace netsmith {

class CsvSource
{
public:
    static bool recognizes(const QString& path);
    static bool load(const QString& path, DatasetSplits* out, QString* error);
    static bool loadFile(const QString& path, Dataset* out, QString* error);
};

} // namespace netsmith
