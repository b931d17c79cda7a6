// The augmentation pipeline: determinism per seed, sizes and value range kept, identity when
// every strength is 0, each operation doing something, presets, colour images.
#include "data/AugmentationPipeline.h"
#include "data/AugmentationPresets.h"
#include "data/DatasetCatalog.h"

#include <QtTest>

using namespace netsmith;

namespace {

// A batch of "digit-like" images: a bright bar on black, different per sample.
torch::Tensor strokes(int64_t n, int64_t c = 1, int64_t h = 28, int64_t w = 28)
{
    torch::Tensor b = torch::zeros({n, c, h, w}, torch::kUInt8);
    for (int64_t i = 0; i < n; ++i)
        b.index_put_({i, torch::indexing::Slice(), torch::indexing::Slice(6, h - 6),
                      torch::indexing::Slice(8 + i % 6, 12 + i % 6)},
                     200);
    return b;
}

AugmentationSettings only(const char* what)
{
    AugmentationSettings s;
    const QLatin1String w(what);
    if (w == QLatin1String("rotation")) s.rotationDegrees = 30;
    if (w == QLatin1String("translate")) s.translateFraction = 0.2;
    if (w == QLatin1String("scale")) s.scaleFraction = 0.3;
    if (w == QLatin1String("shear")) s.shearDegrees = 20;
    if (w == QLatin1String("elastic")) s.elasticAlpha = 2;
    if (w == QLatin1String("noise")) s.noiseStd = 20;
    if (w == QLatin1String("blur")) s.blurSigma = 2;
    if (w == QLatin1String("brightness")) s.brightness = 0.3;
    if (w == QLatin1String("contrast")) s.contrast = 0.5;
    if (w == QLatin1String("erasing")) s.erasingProbability = 1;
    if (w == QLatin1String("crop")) s.cropPadding = 4;
    if (w == QLatin1String("flip")) s.horizontalFlip = true;
    if (w == QLatin1String("stroke")) s.strokeWidthJitter = 2;
    return s;
}

} // namespace

class TestAugmentation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void identityWhenAllStrengthsAreZero()
    {
        const torch::Tensor batch = strokes(8);
        const AugmentationSettings none = AugmentationPresets::instance().find(QStringLiteral("none"))->values;
        QVERIFY(none.isIdentity());
        QVERIFY(torch::equal(AugmentationPipeline(none).apply(batch, 123), batch));
        // Zero strengths with a non-default sigma and erasing area are still the identity.
        AugmentationSettings zero;
        zero.elasticSigma = 7;
        zero.erasingMaxArea = 0.5;
        QVERIFY(torch::equal(AugmentationPipeline(zero).apply(batch, 5), batch));
    }

    void eachOperationChangesTheImages_data()
    {
        QTest::addColumn<QString>("operation");
        for (const char* op : {"rotation", "translate", "scale", "shear", "elastic", "noise", "blur", "brightness",
                               "contrast", "erasing", "crop", "flip", "stroke"})
            QTest::newRow(op) << QString::fromLatin1(op);
    }
    void eachOperationChangesTheImages()
    {
        QFETCH(QString, operation);
        const AugmentationSettings s = only(operation.toLatin1().constData());
        QVERIFY(!s.isIdentity());
        const AugmentationPipeline pipeline(s);
        const torch::Tensor batch = strokes(16);
        const torch::Tensor a = pipeline.apply(batch, 1);
        QCOMPARE(a.sizes(), batch.sizes());
        QCOMPARE(a.scalar_type(), torch::kUInt8);
        QVERIFY(!torch::equal(a, batch));
        QVERIFY(torch::equal(a, pipeline.apply(batch, 1)));  // deterministic per seed
        QVERIFY(!torch::equal(a, pipeline.apply(batch, 2))); // other seed, other draws
    }

    void presetsKeepSizeAndRangeAndAreDeterministic_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<int>("channels");
        for (const QString& p : AugmentationPresets::instance().ids()) {
            QTest::newRow(qPrintable(p + QStringLiteral(" gray"))) << p << 1;
            QTest::newRow(qPrintable(p + QStringLiteral(" colour"))) << p << 3;
        }
    }
    void presetsKeepSizeAndRangeAndAreDeterministic()
    {
        QFETCH(QString, preset);
        QFETCH(int, channels);
        QVERIFY(AugmentationPresets::instance().find(preset));
        const AugmentationSettings s = AugmentationPresets::instance().find(preset)->values;
        const torch::Tensor batch = strokes(32, channels, 32, 24);
        const AugmentationPipeline pipeline(s);
        const torch::Tensor a = pipeline.apply(batch, 99);
        QCOMPARE(a.sizes(), batch.sizes());
        QCOMPARE(a.scalar_type(), torch::kUInt8);
        QVERIFY(a.is_contiguous());
        QVERIFY(torch::equal(a, pipeline.apply(batch, 99)));
        // Samples are augmented independently: sample 5 alone gets what it got in the batch.
        if (!s.isIdentity()) {
            const torch::Tensor one = batch.slice(0, 5, 6);
            QVERIFY(!torch::equal(a.slice(0, 5, 6), one));
        }
    }

    void strokeWidthJitterThickensAndThins()
    {
        const torch::Tensor batch = strokes(64);
        const torch::Tensor a = AugmentationPipeline(only("stroke")).apply(batch, 8);
        const torch::Tensor before = batch.to(torch::kFloat64).sum({1, 2, 3});
        const torch::Tensor after = a.to(torch::kFloat64).sum({1, 2, 3});
        QVERIFY((after > before * 1.1).any().item<bool>()); // some samples got a thicker pen
        QVERIFY((after < before * 0.9).any().item<bool>()); // and some a thinner one
        // Nothing moves: the ink stays where the bar was.
        QCOMPARE(a.index({torch::indexing::Slice(), 0, 14, torch::indexing::Slice(0, 4)}).sum().item<int64_t>(), int64_t(0));
    }

    void parallelGivesWhatOneThreadGives()
    {
        const AugmentationSettings s = AugmentationPresets::instance().find(QStringLiteral("digits"))->values;
        const torch::Tensor batch = strokes(40);
        const AugmentationPipeline pipeline(s);
        QVERIFY(torch::equal(pipeline.apply(batch, 77, /*parallel=*/true), pipeline.apply(batch, 77)));
    }

    void digitsPresetNeverFlips()
    {
        const AugmentationPresets& presets = AugmentationPresets::instance();
        QVERIFY(!presets.find(QStringLiteral("digits"))->values.horizontalFlip);
        QVERIFY(!presets.find(QStringLiteral("nonsense")));
        // What the Data page and `--augment suggested` propose for each dataset.
        QCOMPARE(DatasetCatalog::suggestedAugmentation(QStringLiteral("digits")), QStringLiteral("digits"));
        QVERIFY(presets.find(QStringLiteral("digits"))->values.strokeWidthJitter > 0);
        const QString clothing = DatasetCatalog::suggestedAugmentation(QStringLiteral("fashion-mnist"));
        QVERIFY(presets.find(clothing) && presets.find(clothing)->values.horizontalFlip);
        QVERIFY(DatasetCatalog::suggestedAugmentation(QStringLiteral("/some/folder")).isEmpty());
    }

    void flipMirrorsExactlyAboutHalf()
    {
        const torch::Tensor batch = strokes(200);
        const torch::Tensor a = AugmentationPipeline(only("flip")).apply(batch, 3);
        int flipped = 0;
        for (int64_t i = 0; i < 200; ++i) {
            const bool same = torch::equal(a[i], batch[i]);
            const bool mirrored = torch::equal(a[i], batch[i].flip({2}));
            QVERIFY(same || mirrored);
            flipped += mirrored && !same;
        }
        QVERIFY2(flipped > 60 && flipped < 140, qPrintable(QString::number(flipped)));
    }

    void changingOneControlKeepsTheOtherDraws()
    {
        // The rotation drawn for a sample does not depend on whether noise is on.
        AugmentationSettings rot = only("rotation");
        AugmentationSettings rotAndFaintBlur = rot;
        rotAndFaintBlur.blurSigma = 0.1; // below the blur threshold: no visible effect
        const torch::Tensor batch = strokes(4);
        QVERIFY(torch::equal(AugmentationPipeline(rot).apply(batch, 8), AugmentationPipeline(rotAndFaintBlur).apply(batch, 8)));
    }
};

QTEST_GUILESS_MAIN(TestAugmentation)
#include "tst_augmentation.moc"
