// The batch prefetcher: every sample exactly once per pass in the given order, the augmented
// batches equal the pipeline's own output, model input made by toModelInput, early stop.
#include "data/AugmentationPresets.h"
#include "data/BatchPrefetcher.h"
#include "data/DatasetSplit.h"
#include "data/InputNormalization.h"

#include <QtTest>

using namespace netsmith;

namespace {

Dataset numbered(int64_t n)
{
    Dataset d;
    d.name = QStringLiteral("numbered");
    // Sample i is filled with i % 256 so a batch tells which samples it holds.
    d.images = torch::arange(n, torch::kInt64).remainder(256).to(torch::kUInt8).view({n, 1, 1, 1}).expand({n, 1, 6, 6}).contiguous();
    d.labels = torch::arange(n, torch::kInt64);
    for (int i = 0; i < n; ++i)
        d.classNames << QString::number(i);
    return d;
}

} // namespace

class TestBatchPrefetcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deliversEverySampleOnceInOrder()
    {
        const Dataset data = numbered(103);
        const torch::Tensor order = DatasetSplit::shuffled(103, 5);
        BatchPrefetcher::Options options;
        options.batchSize = 10;
        BatchPrefetcher prefetcher(data, order, AugmentationPipeline(), options);
        QCOMPARE(prefetcher.batchCount(), int64_t(11));
        std::vector<torch::Tensor> labels;
        PreparedBatch batch;
        int64_t expectedIndex = 0;
        while (prefetcher.next(&batch)) {
            QCOMPARE(batch.index, expectedIndex++);
            QCOMPARE(batch.images.size(0), batch.labels.size(0));
            QCOMPARE(batch.input.scalar_type(), torch::kFloat32);
            QVERIFY(batch.input.is_contiguous());
            QVERIFY(torch::allclose(batch.input, toModelInput(batch.images, Normalization{})));
            labels.push_back(batch.labels);
        }
        QCOMPARE(expectedIndex, int64_t(11));
        QCOMPARE(labels.back().numel(), int64_t(3));
        QVERIFY(torch::equal(torch::cat(labels), order));
        QVERIFY(!prefetcher.next(&batch));
    }

    void augmentsWithThePipelineAndNormalizes()
    {
        Dataset data = numbered(40);
        data.images = torch::randint(0, 256, {40, 1, 12, 12}, torch::kUInt8);
        const AugmentationSettings s = AugmentationPresets::instance().find(QStringLiteral("strong"))->values;
        const AugmentationPipeline pipeline(s);
        BatchPrefetcher::Options options;
        options.batchSize = 16;
        options.dropLast = true;
        options.seed = 77;
        options.normalization.mean = {0.5};
        options.normalization.std = {0.25};
        const torch::Tensor order = torch::arange(40, torch::kInt64);
        BatchPrefetcher prefetcher(data, order, pipeline, options);
        QCOMPARE(prefetcher.batchCount(), int64_t(2));
        PreparedBatch batch;
        for (int64_t b = 0; b < 2; ++b) {
            QVERIFY(prefetcher.next(&batch));
            const torch::Tensor expected
                = pipeline.apply(data.images.slice(0, b * 16, b * 16 + 16), BatchPrefetcher::batchSeed(77, b));
            QVERIFY(torch::equal(batch.images, expected));
            QVERIFY(torch::allclose(batch.input, toModelInput(expected, options.normalization)));
        }
        QVERIFY(!prefetcher.next(&batch));
    }

    void stopsEarlyWithoutHanging()
    {
        const Dataset data = numbered(1000);
        BatchPrefetcher::Options options;
        options.batchSize = 4;
        auto prefetcher = std::make_unique<BatchPrefetcher>(data, torch::arange(1000, torch::kInt64), AugmentationPipeline(), options);
        PreparedBatch batch;
        QVERIFY(prefetcher->next(&batch));
        prefetcher->stop();
        QVERIFY(!prefetcher->next(&batch));
        prefetcher.reset(); // joins the worker
    }
};

QTEST_GUILESS_MAIN(TestBatchPrefetcher)
#include "tst_batch_prefetcher.moc"
