#pragma once
// Test fixtures for prediction: a small synthetic shape dataset (bars, dashes, rings drawn
// with OpenCV at random places, sizes and thicknesses, run through the draw pad's own
// preprocessing), a seed CNN trained on it in a few seconds, and a run folder written by the
// engine's RunFolder writer (project.netsmith + model.pt + run.json).
#include "model/GraphModule.h"
#include "data/Dataset.h"
#include "data/InputNormalization.h"
#include "data/StrokeMeter.h"
#include "infer/InkPreprocessor.h"
#include "project/ProjectFile.h"
#include "train/RunFolder.h"

#include <QDateTime>
#include <QDir>
#include <opencv2/imgproc.hpp>

#include <random>

namespace fixtures {

inline const QStringList& shapeClasses()
{
    static const QStringList names{QStringLiteral("bar"), QStringLiteral("dash"), QStringLiteral("ring")};
    return names;
}

/// A `size`×`size` picture of one shape, black ink on white paper (or white on black).
inline cv::Mat drawShape(int cls, std::mt19937& rng, int size = 140, bool darkInk = true)
{
    std::uniform_int_distribution<int> pos(size / 4, size - size / 4);
    std::uniform_int_distribution<int> len(size / 5, size / 3);
    std::uniform_int_distribution<int> thick(std::max(2, size / 30), std::max(3, size / 12));
    cv::Mat img(size, size, CV_8U, cv::Scalar(darkInk ? 255 : 0));
    const cv::Scalar ink(darkInk ? 0 : 255);
    const cv::Point c(pos(rng), pos(rng));
    const int l = len(rng), t = thick(rng);
    if (cls == 0)
        cv::line(img, c - cv::Point(0, l), c + cv::Point(0, l), ink, t, cv::LINE_AA);
    else if (cls == 1)
        cv::line(img, c - cv::Point(l, 0), c + cv::Point(l, 0), ink, t, cv::LINE_AA);
    else
        cv::circle(img, c, l, ink, t, cv::LINE_AA);
    return img;
}

/// `n` preprocessed shapes (uint8 N×1×28×28), labels cycling through the classes.
inline netsmith::Dataset shapesDataset(int n, unsigned seed)
{
    std::mt19937 rng(seed);
    const netsmith::InkPreprocessor prep({1, 28, 28});
    netsmith::Dataset d;
    d.name = QStringLiteral("shapes");
    d.classNames = shapeClasses();
    d.images = torch::empty({n, 1, 28, 28}, torch::kUInt8);
    d.labels = torch::empty({n}, torch::kInt64);
    for (int i = 0; i < n; ++i) {
        const int cls = i % 3;
        d.images[i] = prep.prepare(drawShape(cls, rng)).pixels;
        d.labels[i] = cls;
    }
    return d;
}

/// The seed CNN with one output per shape class.
inline netsmith::Project shapesProject()
{
    netsmith::Project project;
    QString error;
    if (!netsmith::ProjectFile::load(QStringLiteral("seed-cnn"), &project, &error))
        qFatal("%s", qPrintable(error));
    project.name = QStringLiteral("shapes-cnn");
    const int fc2 = project.graph.nodeByName(QStringLiteral("fc2"))->id;
    project.graph.node(fc2)->params[QStringLiteral("out_features")] = 3;
    return project;
}

/// A few epochs of Adam on uint8 N×C×H×W data: enough for the easy shape task.
inline void train(netsmith::GraphModule& module, const torch::Tensor& images, const torch::Tensor& labels,
                  const netsmith::Normalization& norm, int epochs, int64_t batch = 32, double lr = 2e-3)
{
    torch::manual_seed(7);
    module->train();
    torch::optim::Adam optimizer(module->parameters(), torch::optim::AdamOptions(lr));
    const int64_t n = images.size(0);
    for (int e = 0; e < epochs; ++e) {
        const torch::Tensor order = torch::randperm(n, torch::kInt64);
        for (int64_t start = 0; start < n; start += batch) {
            const torch::Tensor idx = order.slice(0, start, std::min(n, start + batch));
            optimizer.zero_grad();
            const torch::Tensor loss = torch::nn::functional::cross_entropy(
                module->forwardLogits(netsmith::toModelInput(images.index_select(0, idx), norm)),
                labels.index_select(0, idx));
            loss.backward();
            optimizer.step();
        }
    }
    module->eval();
}

/// Writes a run folder with the engine's own writer (RunFolder::writeResults), as a training
/// run that finished 3 epochs on `dataset` would leave it.
inline void writeRunFolder(const QString& dir, const netsmith::Project& project, netsmith::GraphModule& module,
                           const QStringList& classes, const QString& dataset = QStringLiteral("shapes"))
{
    QDir().mkpath(dir);
    netsmith::RunInfo info;
    info.name = project.name;
    info.created = info.finished = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    info.status = QStringLiteral("finished");
    info.dataset = dataset;
    info.classes = classes;
    info.device = QStringLiteral("cpu");
    info.epochs = 3;
    for (const torch::Tensor& p : module->parameters())
        info.params += p.numel();
    QString error;
    if (!netsmith::RunFolder(dir).writeResults(project, module, nullptr, info, &error))
        qFatal("%s", qPrintable(error));
}

/// Trains the shape CNN (~2 s) and writes its run folder into `dir`.
inline void makeTrainedShapesRun(const QString& dir)
{
    netsmith::Project project = shapesProject();
    const netsmith::Dataset data = shapesDataset(600, 1);
    project.normalization = netsmith::computeNormalization(data.images);
    project.stroke = netsmith::StrokeMeter::measure(data.images); // as the Trainer measures it
    // Seeded before the module draws its initial weights: unseeded, every process trained
    // another model, and tst_infer's Grad-CAM-on-ink ratio failed about one run in five.
    torch::manual_seed(7);
    netsmith::GraphModule module(project.graph);
    train(module, data.images, data.labels, project.normalization, 3);
    writeRunFolder(dir, project, module, shapeClasses());
}

} // namespace fixtures
