#pragma once
// What the fuzz targets share. The engine's entry points take paths (a user's file reaches
// them by name, and the sources pick a reader from the name), so each input is written to a
// file in a private scratch folder and the real entry point is called on that path; libFuzzer
// runs one input after another, so each input overwrites the previous one's files.
#include "graph/ModelGraph.h"
#include "project/Project.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>
#include <torch/torch.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iterator>

namespace netsmith::fuzz {

/// This process's scratch folder under $TMPDIR (fuzz/run.sh points that into the build
/// folder), removed on a normal exit.
inline QString scratch()
{
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/netsmith-fuzz-XXXXXX"));
    if (!dir.isValid()) {
        std::fprintf(stderr, "fuzz: cannot create a scratch folder under %s\n",
                     qPrintable(QDir::tempPath()));
        std::abort();
    }
    return dir.path();
}

/// Writes `bytes` to scratch()/relativePath (making its folders) and returns the full path.
/// A failed write is the harness's problem, not a finding: it aborts loudly.
inline QString writeFile(const QString& relativePath, const QByteArray& bytes)
{
    const QString path = scratch() + QLatin1Char('/') + relativePath;
    QDir().mkpath(path.section(QLatin1Char('/'), 0, -2));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "fuzz: cannot write %s\n", qPrintable(path));
        std::abort();
    }
    return path;
}

inline QByteArray bytesOf(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

/// Reads every byte of a tensor the engine returned, in instrumented code, so that a tensor
/// whose sizes claim more than its memory holds is an AddressSanitizer report here rather
/// than a wrong sample later. Returns a sum so the loop is not optimised away.
inline uint64_t touch(const torch::Tensor& t)
{
    if (!t.defined() || t.numel() == 0)
        return 0;
    const torch::Tensor c = t.contiguous();
    const auto* p = static_cast<const uint8_t*>(c.data_ptr());
    const size_t n = size_t(c.numel()) * c.element_size();
    uint64_t sum = 0;
    for (size_t i = 0; i < n; ++i)
        sum += p[i];
    return sum;
}

/// The smallest model that still has every kind of state a checkpoint and a weights file
/// carry: convolution and linear weights and biases, batch-norm running statistics.
/// Input 1×8×8 -> Conv2d(2, 3×3) -> BatchNorm2d -> ReLU -> Flatten -> Linear(3): 119 values.
inline Project tinyProject()
{
    Project project;
    project.name = QStringLiteral("fuzz-tiny");
    ModelGraph& g = project.graph;
    const int input = g.addNode(QStringLiteral("Input"), {}, QStringLiteral("input"));
    g.node(input)->params.insert(QStringLiteral("channels"), 1);
    g.node(input)->params.insert(QStringLiteral("height"), 8);
    g.node(input)->params.insert(QStringLiteral("width"), 8);
    const int conv = g.addNode(QStringLiteral("Conv2d"), {}, QStringLiteral("conv"));
    g.node(conv)->params.insert(QStringLiteral("out_channels"), 2);
    g.node(conv)->params.insert(QStringLiteral("kernel_size"), 3);
    const int bn = g.addNode(QStringLiteral("BatchNorm2d"), {}, QStringLiteral("bn"));
    const int relu = g.addNode(QStringLiteral("ReLU"), {}, QStringLiteral("relu"));
    const int flatten = g.addNode(QStringLiteral("Flatten"), {}, QStringLiteral("flatten"));
    const int fc = g.addNode(QStringLiteral("Linear"), {}, QStringLiteral("fc"));
    g.node(fc)->params.insert(QStringLiteral("out_features"), 3);
    const int chain[] = {input, conv, bn, relu, flatten, fc};
    for (size_t i = 1; i < std::size(chain); ++i)
        g.insertEdge({chain[i - 1], 0, chain[i], 0});
    return project;
}

/// With NETSMITH_FUZZ_VERBOSE=1, says what the engine answered (`what`: the entry point):
/// "ok" or its message. For checking that the seeds reach the code past the checks.
inline bool note(const char* what, bool ok, const QString& error)
{
    static const bool verbose = qEnvironmentVariableIntValue("NETSMITH_FUZZ_VERBOSE") != 0;
    if (verbose)
        std::fprintf(stderr, "  %s: %s\n", what, ok ? "ok" : qPrintable(error));
    return ok;
}

/// Quiet, single-threaded torch: the fuzzers share the machine, and one thread keeps a run
/// reproducible.
inline void initialise()
{
    torch::set_num_threads(1);
    torch::set_num_interop_threads(1);
    scratch();
}

} // namespace netsmith::fuzz
