// Data-pipeline benchmark (not a test): load times of the bundled datasets, augmented batches
// per second on one thread (batch 32, digits preset, 28×28), and the seed CNN's training step
// rate with plain batches vs batches augmented by the BatchPrefetcher's worker thread — the
// two numbers that say whether augmentation can keep up with training.
//
//   bench/data-bench.sh        (builds and runs this with OPENBLAS_NUM_THREADS=1)
#include "model/GraphModule.h"
#include "data/AugmentationPresets.h"
#include "data/BatchPrefetcher.h"
#include "data/DatasetCatalog.h"
#include "data/DatasetSplit.h"
#include "data/InputNormalization.h"
#include "project/ProjectFile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>
#include <ctime>

using namespace netsmith;

namespace {

double seconds(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

// CPU seconds of this thread / this process: steadier than wall time on a shared machine.
double cpuSeconds(clockid_t clock)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

double loadSeconds(const QString& name, DatasetSplits* out)
{
    QElapsedTimer t;
    t.start();
    QString error;
    if (!DatasetCatalog::load(name, out, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        std::exit(1);
    }
    return seconds(t);
}

// Trains `steps` steps of batch 32; batches come from the prefetcher (augmented when the
// pipeline is not the identity). Returns steps per second.
double trainSteps(GraphModule& model, torch::optim::Adam& optimizer, const Dataset& data,
                  const AugmentationPipeline& pipeline, int steps, uint64_t seed)
{
    BatchPrefetcher::Options options;
    options.batchSize = 32;
    options.dropLast = true;
    options.seed = seed;
    const torch::Tensor order = DatasetSplit::shuffled(data.size(), seed).slice(0, 0, int64_t(steps) * 32);
    BatchPrefetcher prefetcher(data, order, pipeline, options);
    model->train();
    QElapsedTimer t;
    t.start();
    const double cpu0 = cpuSeconds(CLOCK_PROCESS_CPUTIME_ID);
    PreparedBatch batch;
    int done = 0;
    while (prefetcher.next(&batch)) {
        optimizer.zero_grad();
        const torch::Tensor loss = torch::nn::functional::cross_entropy(model->forwardLogits(batch.input), batch.labels);
        loss.backward();
        optimizer.step();
        ++done;
    }
    std::printf("  (%d steps, %.2f ms process CPU per step)\n", done, (cpuSeconds(CLOCK_PROCESS_CPUTIME_ID) - cpu0) * 1e3 / done);
    return done / seconds(t);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int threads = argc > 1 ? std::atoi(argv[1]) : 2;
    torch::set_num_threads(threads);
    std::printf("torch threads: %d, OPENBLAS_NUM_THREADS=%s\n", threads, qgetenv("OPENBLAS_NUM_THREADS").constData());

    // Load times. The first Fashion-MNIST load reads the .gz files and writes the cache into
    // a fresh data folder; the next ones read the uncompressed cache.
    {
        QTemporaryDir fresh;
        const QByteArray previous = qgetenv("NETSMITH_DATA_DIR");
        qputenv("NETSMITH_DATA_DIR", fresh.path().toUtf8());
        DatasetSplits s;
        const double first = loadSeconds(QStringLiteral("fashion-mnist"), &s);
        double best = 1e9, sum = 0;
        for (int i = 0; i < 5; ++i) {
            const double t = loadSeconds(QStringLiteral("fashion-mnist"), &s);
            best = std::min(best, t);
            sum += t;
        }
        std::printf("fashion-mnist (%lld images): first load (gzip + cache write) %.3f s; cached load mean %.3f s, best %.3f s\n",
                    (long long)(s.train.size() + s.test.size()), first, sum / 5, best);
        if (previous.isEmpty())
            qunsetenv("NETSMITH_DATA_DIR");
        else
            qputenv("NETSMITH_DATA_DIR", previous);
    }
    DatasetSplits digits;
    const double digitsLoad = loadSeconds(QStringLiteral("digits"), &digits);
    std::printf("digits (%lld images): load %.3f s (checksums verified)\n",
                (long long)(digits.train.size() + digits.test.size()), digitsLoad);

    // Augmentation alone, on this thread.
    const AugmentationPipeline pipeline(AugmentationPresets::instance().find(QStringLiteral("digits"))->values);
    const torch::Tensor order = DatasetSplit::shuffled(digits.train.size(), 1);
    for (int round = 0; round < 2; ++round) {
        QElapsedTimer t;
        t.start();
        const double cpu0 = cpuSeconds(CLOCK_THREAD_CPUTIME_ID);
        int batches = 0;
        while (seconds(t) < 2.0) {
            const torch::Tensor idx = order.slice(0, (batches * 32) % 7968, (batches * 32) % 7968 + 32);
            pipeline.apply(digits.train.images.index_select(0, idx), uint64_t(batches));
            ++batches;
        }
        const double cpu = cpuSeconds(CLOCK_THREAD_CPUTIME_ID) - cpu0;
        std::printf("augmentation, digits preset, batch 32, 1 thread: %.0f batches/s wall (%.0f samples/s); "
                    "%.2f ms CPU per batch = %.0f batches per CPU-second\n",
                    batches / seconds(t), batches * 32 / seconds(t), cpu * 1e3 / batches, batches / cpu);
    }

    // Seed CNN step rate, plain vs augmented on the prefetcher's worker, interleaved.
    Project project;
    QString error;
    if (!ProjectFile::load(QStringLiteral("seed-cnn"), &project, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    torch::manual_seed(0);
    GraphModule model(project.graph);
    torch::optim::Adam optimizer(model->parameters(), torch::optim::AdamOptions(1e-3));
    const AugmentationPipeline none;
    trainSteps(model, optimizer, digits.train, none, 30, 9); // warm-up
    for (int round = 0; round < 2; ++round) {
        const double plain = trainSteps(model, optimizer, digits.train, none, 100, 10 + round);
        const double augmented = trainSteps(model, optimizer, digits.train, pipeline, 100, 20 + round);
        std::printf("seed CNN training, batch 32: %.1f steps/s plain, %.1f steps/s with digits augmentation on the "
                    "prefetch thread (ratio %.2f)\n",
                    plain, augmented, augmented / plain);
    }
    return 0;
}
