#include "data/CsvSource.h"

#include "data/LabelCheck.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QDir>
#include <algorithm>
#include <cmath>

namespace netsmith {

namespace {

// The first line is a header when its first field is not a number.
bool isHeader(const char* p, const char* end)
{
    while (p < end && (*p == ' ' || *p == '"'))
        ++p;
    return p < end && !(*p >= '0' && *p <= '9') && *p != '-';
}

/// A UTF-8 byte order mark, as spreadsheet programs write it before the first line.
const QByteArray kUtf8Bom("\xEF\xBB\xBF");

bool headerHasNoLabel(QByteArray firstLine)
{
    if (firstLine.startsWith(kUtf8Bom))
        firstLine.remove(0, kUtf8Bom.size());
    return firstLine.trimmed().toLower().startsWith("pixel") || firstLine.trimmed().toLower().startsWith("\"pixel");
}

} // namespace

bool CsvSource::recognizes(const QString& path)
{
    const QFileInfo info(path);
    return info.isFile() && info.suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0;
}

bool CsvSource::loadFile(const QString& path, Dataset* out, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Datasets", "%1: cannot open the file (%2)").arg(path, file.errorString());
        return false;
    }
    const QByteArray text = file.readAll();
    const char* p = text.constData();
    const char* end = p + text.size();
    // Not part of the first line: with it, a first sample looked like a header and was dropped.
    if (text.startsWith(kUtf8Bom))
        p += kUtf8Bom.size();
    int64_t line = 0;
    int64_t columns = -1;
    std::vector<uint8_t> pixels;
    std::vector<int64_t> labels;
    while (p < end) {
        ++line;
        const char* eol = static_cast<const char*>(memchr(p, '\n', size_t(end - p)));
        if (!eol)
            eol = end;
        const char* lineEnd = eol;
        if (lineEnd > p && lineEnd[-1] == '\r')
            --lineEnd;
        if (lineEnd == p) { // blank line
            p = eol + 1;
            continue;
        }
        if (line == 1 && isHeader(p, lineEnd)) {
            if (headerHasNoLabel(QByteArray(p, int(lineEnd - p)))) {
                *error = QCoreApplication::translate("Datasets", "%1: the file has no label column (its first column is a pixel)").arg(path);
                return false;
            }
            columns = std::count(p, lineEnd, ',') + 1;
            p = eol + 1;
            continue;
        }
        int64_t values = 0;
        const char* q = p;
        while (q <= lineEnd) {
            while (q < lineEnd && *q == ' ')
                ++q;
            bool negative = false;
            if (q < lineEnd && *q == '-') {
                negative = true;
                ++q;
            }
            const char* start = q;
            int64_t v = 0;
            while (q < lineEnd && *q >= '0' && *q <= '9' && q - start < 10)
                v = v * 10 + (*q++ - '0');
            while (q < lineEnd && *q == ' ')
                ++q;
            if (q == start || (q < lineEnd && *q != ',')) {
                const char* fieldEnd = static_cast<const char*>(memchr(start, ',', size_t(lineEnd - start)));
                *error = QCoreApplication::translate("Datasets", "%1: line %2, value %3: \"%4\" is not a whole number")
                             .arg(path)
                             .arg(line)
                             .arg(values + 1)
                             .arg(QString::fromUtf8(start, int((fieldEnd ? fieldEnd : lineEnd) - start)).left(20));
                return false;
            }
            if (values == 0) {
                labels.push_back(negative ? -v : v);
            } else {
                if (negative || v > 255) {
                    *error = QCoreApplication::translate("Datasets", "%1: line %2, value %3: pixel %4 is outside 0..255")
                                 .arg(path)
                                 .arg(line)
                                 .arg(values + 1)
                                 .arg(negative ? -v : v);
                    return false;
                }
                pixels.push_back(uint8_t(v));
            }
            ++values;
            ++q; // past the comma (or the end)
        }
        if (columns < 0)
            columns = values;
        if (values != columns) {
            *error = QCoreApplication::translate("Datasets", "%1: line %2: size mismatch: %3 values, expected %4 (a label and the pixels)")
                         .arg(path)
                         .arg(line)
                         .arg(values)
                         .arg(columns);
            return false;
        }
        p = eol + 1;
    }
    if (labels.empty()) {
        *error = QCoreApplication::translate("Datasets", "%1: the file holds no samples").arg(path);
        return false;
    }
    const int64_t pixelCount = columns - 1;
    const auto side = int64_t(std::lround(std::sqrt(double(pixelCount))));
    if (pixelCount < 1 || side * side != pixelCount) {
        *error = QCoreApplication::translate("Datasets", "%1: size mismatch: %2 pixels per line is not a square image")
                     .arg(path)
                     .arg(pixelCount);
        return false;
    }
    for (size_t i = 0; i < labels.size(); ++i) {
        if (labels[i] < 0 || labels[i] > 9999) {
            *error = QCoreApplication::translate("Datasets", "%1: label %2 of sample %3 is out of range (expected 0 to %4)")
                         .arg(path)
                         .arg(labels[i])
                         .arg(i + 1)
                         .arg(9999);
            return false;
        }
    }
    const auto n = int64_t(labels.size());
    out->name = path;
    out->images = torch::from_blob(pixels.data(), {n, 1, side, side}, torch::kUInt8).clone();
    out->labels = torch::tensor(labels, torch::kInt64);
    return true;
}

bool CsvSource::load(const QString& path, DatasetSplits* out, QString* error)
{
    DatasetSplits splits;
    if (!loadFile(path, &splits.train, error))
        return false;
    const int classes = int(splits.train.labels.max().item<int64_t>()) + 1;
    const QFileInfo info(path);
    QString testName = info.fileName();
    testName.replace(QLatin1String("train"), QLatin1String("test"), Qt::CaseInsensitive);
    const QString testPath = info.dir().filePath(testName);
    if (testName != info.fileName() && QFileInfo(testPath).isFile()) {
        QFile test(testPath);
        const bool labelled = test.open(QIODevice::ReadOnly) && !headerHasNoLabel(test.readLine());
        test.close();
        if (labelled) {
            if (!loadFile(testPath, &splits.test, error))
                return false;
            if (splits.test.sampleShape() != splits.train.sampleShape()) {
                *error = QCoreApplication::translate("Datasets", "%1: size mismatch: its images are %2, the training images are %3")
                             .arg(testPath, shapeToString(splits.test.sampleShape()), shapeToString(splits.train.sampleShape()));
                return false;
            }
            if (!LabelCheck::inRange(splits.test.labels, classes, testPath, error))
                return false;
        }
    }
    splits.train.classNames = LabelCheck::numberedClasses(classes);
    splits.test.classNames = splits.train.classNames;
    *out = std::move(splits);
    return true;
}

} // namespace netsmith
