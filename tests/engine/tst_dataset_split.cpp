// Seeded stratified validation splits and shuffles: proportions per class, determinism,
// disjointness.
#include "data/DatasetSplit.h"

#include <QtTest>

using namespace netsmith;

class TestDatasetSplit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validationIsTheSettingsStratifiedSplit()
    {
        const torch::Tensor labels = torch::arange(200, torch::kInt64) % 4;
        TrainingSettings settings;
        settings.validationSplit = 0.2;
        settings.seed = 9;
        const SplitIndices v = DatasetSplit::validation(labels, settings);
        const SplitIndices s = DatasetSplit::stratified(labels, 0.2, 9);
        QVERIFY(torch::equal(v.heldOut, s.heldOut));
        QVERIFY(torch::equal(v.kept, s.kept));
        QCOMPARE(v.heldOut.numel(), int64_t(40)); // 10 of each class's 50
    }

    void stratifiedKeepsClassProportions()
    {
        // 3 classes of 100, 50 and 10 samples, interleaved.
        std::vector<int64_t> l;
        for (int i = 0; i < 100; ++i)
            l.push_back(0);
        for (int i = 0; i < 50; ++i)
            l.push_back(1);
        for (int i = 0; i < 10; ++i)
            l.push_back(2);
        const torch::Tensor labels = torch::tensor(l).index_select(0, DatasetSplit::shuffled(160, 3));
        const SplitIndices s = DatasetSplit::stratified(labels, 0.2, 42);
        QCOMPARE(s.heldOut.numel() + s.kept.numel(), int64_t(160));
        const torch::Tensor held = torch::bincount(labels.index_select(0, s.heldOut), {}, 3);
        QCOMPARE(held[0].item<int64_t>(), int64_t(20));
        QCOMPARE(held[1].item<int64_t>(), int64_t(10));
        QCOMPARE(held[2].item<int64_t>(), int64_t(2));
        // Disjoint and complete.
        const torch::Tensor all = std::get<0>(torch::sort(torch::cat({s.kept, s.heldOut})));
        QVERIFY(torch::equal(all, torch::arange(160, torch::kInt64)));
    }

    void sameSeedSameSplitOtherSeedOther()
    {
        const torch::Tensor labels = torch::arange(1000, torch::kInt64).remainder(7);
        const SplitIndices a = DatasetSplit::stratified(labels, 0.25, 7);
        const SplitIndices b = DatasetSplit::stratified(labels, 0.25, 7);
        const SplitIndices c = DatasetSplit::stratified(labels, 0.25, 8);
        QVERIFY(torch::equal(a.heldOut, b.heldOut));
        QVERIFY(torch::equal(a.kept, b.kept));
        QVERIFY(!torch::equal(a.heldOut, c.heldOut));
    }

    void smallClassesKeepOneOnEachSide()
    {
        const torch::Tensor labels = torch::tensor(std::vector<int64_t>{0, 0, 1, 1, 1, 1, 1, 1, 1, 1});
        const SplitIndices s = DatasetSplit::stratified(labels, 0.1, 1);
        const torch::Tensor held = torch::bincount(labels.index_select(0, s.heldOut), {}, 2);
        QCOMPARE(held[0].item<int64_t>(), int64_t(1));
        QCOMPARE(held[1].item<int64_t>(), int64_t(1));
        QCOMPARE(DatasetSplit::stratified(labels, 0.0, 1).heldOut.numel(), int64_t(0));
    }

    void shuffledIsAPermutationFixedBySeed()
    {
        const torch::Tensor a = DatasetSplit::shuffled(500, 11);
        QVERIFY(torch::equal(a, DatasetSplit::shuffled(500, 11)));
        QVERIFY(!torch::equal(a, DatasetSplit::shuffled(500, 12)));
        QVERIFY(!torch::equal(a, torch::arange(500, torch::kInt64)));
        QVERIFY(torch::equal(std::get<0>(torch::sort(a)), torch::arange(500, torch::kInt64)));
    }
};

QTEST_GUILESS_MAIN(TestDatasetSplit)
#include "tst_dataset_split.moc"
