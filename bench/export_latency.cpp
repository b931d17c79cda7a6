// Inference latency of an exported TorchScript model against Netsmith's own forward pass
// (issue 12); not a test. Exports the model in-process (TorchScriptExporter), reloads it
// with torch::jit::load as a user would, then times both on the same inputs, interleaved
// round by round so that machine-wide swings hit both. Prints one JSON line: the medians
// (ms per batch) and their ratio (TorchScript / Netsmith; below 1 means the export is faster).
//
//   netsmith-export-bench <run-dir | preset> [--batch 1] [--rounds 15] [--iterations 50] [--threads 1]
// A preset gets random weights: latency does not depend on what the weights are.
#include "data/InputNormalization.h"
#include "export/TorchScriptExporter.h"
#include "project/ProjectFile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <sstream>

using namespace netsmith;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    auto option = [&](const char* name, int fallback) {
        const int i = int(args.indexOf(QLatin1String(name)));
        if (i < 0 || i + 1 >= args.size())
            return fallback;
        const int value = args.at(i + 1).toInt();
        args.remove(i, 2);
        return value;
    };
    const int batch = option("--batch", 1), rounds = option("--rounds", 15), iterations = option("--iterations", 50);
    torch::set_num_threads(option("--threads", 1));
    QTextStream err(stderr);
    if (args.size() != 1) {
        err << "usage: netsmith-export-bench <run-dir | preset> [--batch N] [--rounds N] [--iterations N] [--threads N]\n";
        return 2;
    }
    TrainedModel model;
    QString error;
    if (!TrainedModel::loadRun(args.first(), &model, &error)) {
        Project project;
        if (!ProjectFile::load(args.first(), &project, &error)) {
            err << "netsmith-export-bench: " << error << "\n";
            return 2;
        }
        GraphModule module(project.graph);
        module->eval();
        model = TrainedModel::fromModule(project, module, {}, args.first());
    }
    std::istringstream bytes(TorchScriptExporter::serialize(ExportPlan::of(model)).toStdString());
    torch::jit::Module exported = torch::jit::load(bytes);
    exported.eval();

    std::vector<int64_t> shape{batch};
    for (int64_t d : model.inputShape())
        shape.push_back(d);
    const torch::Tensor pixels = torch::randint(0, 256, shape, torch::kInt64).to(torch::kUInt8);
    const torch::Tensor x = pixels.to(torch::kFloat32).div(255.0);
    GraphModule live = model.module;
    torch::NoGradGuard noGrad;
    // Netsmith's path as predict and the draw pad run it: normalise, then the GraphModule.
    auto ours = [&] { return live->forward(toModelInput(pixels, model.project.normalization)); };
    auto theirs = [&] { return exported.forward({x}).toTensor(); };
    auto time = [&](const auto& f) {
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < iterations; ++i)
            f();
        return double(t.nsecsElapsed()) / 1e6 / iterations;
    };
    time(ours); // warm-up: first calls allocate and (TorchScript) optimise the graph
    time(theirs);
    std::vector<double> a, b;
    for (int r = 0; r < rounds; ++r) {
        if (r % 2) {
            a.push_back(time(ours));
            b.push_back(time(theirs));
        } else {
            b.push_back(time(theirs));
            a.push_back(time(ours));
        }
    }
    const double maxDiff = (theirs() - ours()).abs().max().item<double>();
    const QJsonObject out{{QStringLiteral("model"), args.first()},
                          {QStringLiteral("batch"), batch},
                          {QStringLiteral("netsmith_ms"), median(a)},
                          {QStringLiteral("torchscript_ms"), median(b)},
                          {QStringLiteral("torchscript_over_netsmith"), median(b) / median(a)},
                          {QStringLiteral("largest_difference"), maxDiff}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
