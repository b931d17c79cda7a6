// netsmith-fuzz-seeds CORPUS: writes the binary seed files of fuzz/corpus/ with the engine's
// own writers where it has them (Checkpoint::save, torch::save of a GraphModule as
// RunFolder writes model.pt, ImageFile::writePng), so the seeds are what Netsmith itself
// produces. fuzz/make-corpus.sh runs it and writes the text seeds (CSV, projects, .tgz).
// No training: the checkpoint's optimizer state comes from one Adam step on zero input.
#include "FuzzSupport.h"

#include "infer/ImageFile.h"
#include "train/Checkpoint.h"
#include "train/OptimizerFactory.h"

#include <QCoreApplication>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <sstream>
#include <zlib.h>

using namespace netsmith;

namespace {

QString root;

void put(const QString& relative, const QByteArray& bytes)
{
    const QString path = root + QLatin1Char('/') + relative;
    QDir().mkpath(path.section(QLatin1Char('/'), 0, -2));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        std::exit(1);
    }
}

QByteArray idx(const std::vector<int>& dims, const QByteArray& values)
{
    QByteArray b;
    b.append(char(0)).append(char(0)).append(char(0x08)).append(char(dims.size()));
    for (int d : dims)
        for (int shift : {24, 16, 8, 0})
            b.append(char(uint32_t(d) >> shift));
    return b + values;
}

/// gzip (not zlib) framing, as the .gz files of MNIST have; no name or time in the header.
QByteArray gzip(const QByteArray& data)
{
    z_stream z{};
    deflateInit2(&z, 9, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&z, uLong(data.size()))) + 32, Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.truncate(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

QByteArray pixels(int n, int h, int w)
{
    QByteArray v(n * h * w, Qt::Uninitialized);
    for (int i = 0; i < v.size(); ++i)
        v[i] = char(((i / (h * w)) * 7 + i % (h * w)) % 256);
    return v;
}

QByteArray encoded(const char* extension, const cv::Mat& image, const std::vector<int>& params = {})
{
    std::vector<uchar> bytes;
    cv::imencode(extension, image, bytes, params);
    return QByteArray(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size()));
}

/// A PNG of colour type 4 (grey + alpha), which OpenCV reads but cannot write: the format of
/// the image that once crashed predict (issue 15).
QByteArray pngGreyAlpha(const cv::Mat& grey, const cv::Mat& alpha)
{
    const auto be32 = [](uint32_t v) {
        QByteArray b;
        for (int shift : {24, 16, 8, 0})
            b.append(char(v >> shift));
        return b;
    };
    const auto chunk = [&](const char* type, const QByteArray& body) {
        const QByteArray typed = QByteArray(type) + body;
        return be32(uint32_t(body.size())) + typed +
               be32(uint32_t(crc32(0, reinterpret_cast<const Bytef*>(typed.constData()),
                                   uInt(typed.size()))));
    };
    QByteArray header = be32(uint32_t(grey.cols)) + be32(uint32_t(grey.rows));
    header.append(char(8)).append(char(4)).append(char(0)).append(char(0)).append(char(0));
    QByteArray raw;
    for (int y = 0; y < grey.rows; ++y) {
        raw.append(char(0)); // filter: none
        for (int x = 0; x < grey.cols; ++x)
            raw.append(char(grey.at<uchar>(y, x))).append(char(alpha.at<uchar>(y, x)));
    }
    QByteArray deflated(int(compressBound(uLong(raw.size()))), Qt::Uninitialized);
    uLongf length = uLongf(deflated.size());
    compress2(reinterpret_cast<Bytef*>(deflated.data()), &length,
              reinterpret_cast<const Bytef*>(raw.constData()), uLong(raw.size()), 9);
    deflated.truncate(qsizetype(length));
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", header) + chunk("IDAT", deflated) +
           chunk("IEND", QByteArray());
}

void idxSeeds()
{
    const QByteArray mark = QByteArrayLiteral("\n--netsmith-fuzz-labels--\n");
    const QByteArray images = idx({3, 4, 4}, pixels(3, 4, 4));
    const QByteArray labels = idx({3}, QByteArray("\x00\x01\x02", 3));
    put(QStringLiteral("idx/pair"), images + mark + labels);
    put(QStringLiteral("idx/pair-gz"), gzip(images) + mark + gzip(labels));
    put(QStringLiteral("idx/images-only"), idx({2, 28, 28}, pixels(2, 28, 28)));
}

void cifarSeeds()
{
    QByteArray records;
    for (int r = 0; r < 2; ++r) {
        records.append(char(r * 7));
        records.append(pixels(3, 32, 32));
    }
    put(QStringLiteral("cifar10/two-records.bin"), records);
}

void imageSeeds()
{
    // A drawn "1": a light stroke on dark paper, as the draw pad makes it, and its variants.
    cv::Mat grey(28, 28, CV_8UC1, cv::Scalar(0));
    cv::line(grey, {14, 5}, {13, 22}, cv::Scalar(255), 3);
    cv::Mat bgr, bgra, paper;
    cv::bitwise_not(grey, paper);
    cv::cvtColor(paper, bgr, cv::COLOR_GRAY2BGR);
    cv::cvtColor(paper, bgra, cv::COLOR_GRAY2BGRA);
    cv::Mat sixteen;
    grey.convertTo(sixteen, CV_16U, 257.0);
    put(QStringLiteral("image/grey.png"), encoded(".png", grey));
    put(QStringLiteral("image/paper-bgr.png"), encoded(".png", bgr));
    put(QStringLiteral("image/paper-bgra.png"), encoded(".png", bgra));
    put(QStringLiteral("image/grey-alpha.png"), pngGreyAlpha(paper, grey));
    put(QStringLiteral("image/sixteen-bit.png"), encoded(".png", sixteen));
    put(QStringLiteral("image/paper.jpg"), encoded(".jpg", bgr, {cv::IMWRITE_JPEG_QUALITY, 80}));
    put(QStringLiteral("image/grey.bmp"), encoded(".bmp", grey));
}

void modelSeeds()
{
    const Project project = fuzz::tinyProject();
    GraphModule model(project.graph);
    QString error;
    std::unique_ptr<torch::optim::Optimizer> optimizer =
        OptimizerFactory::create(project.training, model->parameters(), &error);
    if (!optimizer) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        std::exit(1);
    }
    std::ostringstream stream;
    torch::save(model, stream);
    const std::string weights = stream.str();
    put(QStringLiteral("weights/model.pt"), QByteArray(weights.data(), qsizetype(weights.size())));

    const auto checkpoint = [&](const QString& name, const TrainingProgress& progress) {
        const QString path = root + QStringLiteral("/checkpoint/") + name;
        QDir().mkpath(root + QStringLiteral("/checkpoint"));
        if (!Checkpoint::save(path, model, *optimizer, progress, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            std::exit(1);
        }
    };
    TrainingProgress fresh;
    checkpoint(QStringLiteral("fresh.pt"), fresh);

    // One Adam step on a zero batch gives the optimizer its moment buffers; the best weights
    // are kept, as after an improving epoch.
    model->train();
    model->forward(torch::zeros({2, 1, 8, 8})).sum().backward();
    optimizer->step();
    TrainingProgress after;
    after.epochsCompleted = 1;
    after.bestEpoch = 1;
    after.bestValAccuracy = 0.5;
    after.bestValLoss = 1.0;
    after.scheduleState = {0.001, 1.0};
    after.bestWeights = Checkpoint::copyWeights(model);
    checkpoint(QStringLiteral("after-one-step.pt"), after);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: netsmith-fuzz-seeds CORPUS_FOLDER\n");
        return 2;
    }
    root = QString::fromLocal8Bit(argv[1]);
    torch::manual_seed(1);
    idxSeeds();
    cifarSeeds();
    imageSeeds();
    modelSeeds();
    return 0;
}
