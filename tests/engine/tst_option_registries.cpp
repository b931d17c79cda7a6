// The option registries (optimizers, schedules, augmentation presets, devices): every option
// has an id, a name, help and its factory; ids are unique; the settings an option names are
// real TrainingSettings keys; each optimizer's memory rule counts the state it really keeps.
#include "data/AugmentationPresets.h"
#include "train/DeviceRegistry.h"
#include "train/FusedAdam.h"
#include "train/OptimizerFactory.h"
#include "train/OptimizerRegistry.h"
#include "train/ScheduleRegistry.h"

#include <QSet>
#include <QtTest>
#include <sstream>

using namespace netsmith;

namespace {

template <typename Registry>
void checkDescriptions(const Registry& registry)
{
    const QJsonObject keys = TrainingSettings().toJson();
    QSet<QString> ids;
    QVERIFY(!registry.kinds().empty());
    for (const auto& option : registry.kinds()) {
        QVERIFY2(!option.id.isEmpty() && option.id == option.id.toLower(), qPrintable(option.id));
        QVERIFY2(!ids.contains(option.id), qPrintable(option.id));
        ids.insert(option.id);
        QVERIFY2(option.displayName && *option.displayName, qPrintable(option.id));
        QVERIFY2(option.help && QString::fromUtf8(option.help).size() > 15, qPrintable(option.id));
        QVERIFY(!option.translatedName().isEmpty());
        for (const QString& key : option.settings)
            QVERIFY2(keys.contains(key), qPrintable(option.id + QStringLiteral(" uses ") + key));
        QCOMPARE(registry.find(option.id), &option);
    }
    QCOMPARE(registry.ids().size(), int(registry.kinds().size()));
    QVERIFY(!registry.find(QStringLiteral("no-such-option")));
}

/// Bytes of the optimizer's serialised state after one step on a 1 MiB parameter.
qint64 stateBytes(const TrainingSettings& s, int64_t elements)
{
    torch::Tensor w = torch::ones({elements}).requires_grad_(true);
    QString error;
    auto optimizer = OptimizerFactory::create(s, {w}, &error);
    if (!optimizer)
        qFatal("%s", qPrintable(error));
    optimizer->zero_grad();
    (w * w).sum().backward();
    optimizer->step();
    torch::serialize::OutputArchive archive;
    optimizer->save(archive);
    std::ostringstream bytes;
    archive.save_to(bytes);
    return qint64(bytes.str().size());
}

} // namespace

class TestOptionRegistries : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyOptionIsDescribed()
    {
        checkDescriptions(OptimizerRegistry::instance());
        checkDescriptions(ScheduleRegistry::instance());
        checkDescriptions(AugmentationPresets::instance());
        checkDescriptions(DeviceRegistry::instance());
    }

    void everyOptionHasItsFactory()
    {
        for (const OptimizerKind& k : OptimizerRegistry::instance().kinds()) {
            QVERIFY(k.create && k.stateTensors);
            TrainingSettings s;
            s.optimizer = k.id;
            QString error;
            QVERIFY2(OptimizerFactory::create(s, {torch::zeros({2}).requires_grad_(true)}, &error),
                     qPrintable(k.id + QStringLiteral(": ") + error));
        }
        for (const ScheduleKind& k : ScheduleRegistry::instance().kinds()) {
            QVERIFY(k.rate);
            TrainingSettings s;
            s.schedule = k.id;
            const double first = k.rate(s, ScheduleStep{0, 0, 10, 1.0});
            QVERIFY2(first > 0 && first <= s.learningRate, qPrintable(k.id));
        }
        for (const AugmentationPreset& p : AugmentationPresets::instance().kinds()) {
            // A preset's values are a valid file content.
            AugmentationSettings back;
            QString error;
            QVERIFY2(AugmentationSettings::fromJson(p.values.toJson(), &back, &error), qPrintable(error));
            QVERIFY(back == p.values);
            QCOMPARE(AugmentationPresets::instance().matching(p.values), &p);
        }
        for (const DeviceKind& d : DeviceRegistry::instance().kinds())
            QVERIFY(d.available && d.device);
        QCOMPARE(DeviceRegistry::instance().present().front().id, QStringLiteral("cpu"));
    }

    void devicesParse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("index");
        QTest::newRow("empty") << QString() << QStringLiteral("cpu") << 0;
        QTest::newRow("cpu") << QStringLiteral(" CPU ") << QStringLiteral("cpu") << 0;
        QTest::newRow("cuda") << QStringLiteral("cuda") << QStringLiteral("cuda") << 0;
        QTest::newRow("cuda:3") << QStringLiteral("cuda:3") << QStringLiteral("cuda") << 3;
        QTest::newRow("cpu:1") << QStringLiteral("cpu:1") << QString() << 0;
        QTest::newRow("cuda:-1") << QStringLiteral("cuda:-1") << QString() << 0;
        QTest::newRow("tpu") << QStringLiteral("tpu") << QString() << 0;
    }
    void devicesParse()
    {
        QFETCH(QString, text);
        QFETCH(QString, kind);
        QFETCH(int, index);
        const DeviceKind* k = nullptr;
        int n = -1;
        QString error;
        const bool ok = DeviceRegistry::instance().parse(text, &k, &n, &error);
        QCOMPARE(ok, !kind.isEmpty());
        if (ok) {
            QCOMPARE(k->id, kind);
            QCOMPARE(n, index);
        } else {
            QVERIFY2(error.contains(QStringLiteral("cpu, cuda or cuda:N")), qPrintable(error));
        }
    }

    void memoryRuleCountsTheRealState_data()
    {
        QTest::addColumn<QString>("optimizer");
        QTest::addColumn<double>("momentum");
        QTest::addColumn<int>("slots");
        QTest::newRow("sgd") << QStringLiteral("sgd") << 0.0 << 0;
        QTest::newRow("sgd momentum") << QStringLiteral("sgd") << 0.9 << 1;
        QTest::newRow("adam (FusedAdam)") << QStringLiteral("adam") << 0.0 << 2;
        QTest::newRow("adamw") << QStringLiteral("adamw") << 0.0 << 2;
        QTest::newRow("rmsprop") << QStringLiteral("rmsprop") << 0.0 << 1;
        QTest::newRow("rmsprop momentum") << QStringLiteral("rmsprop") << 0.9 << 2;
    }
    void memoryRuleCountsTheRealState()
    {
        QFETCH(QString, optimizer);
        QFETCH(double, momentum);
        QFETCH(int, slots);
        TrainingSettings s;
        s.optimizer = optimizer;
        s.momentum = momentum;
        const OptimizerKind* kind = OptimizerRegistry::instance().find(optimizer);
        QVERIFY(kind);
        QCOMPARE(kind->stateTensors(s), slots);
        // What the optimizer really keeps: its serialised state, in parameter-sized tensors.
        const int64_t elements = 1 << 18; // 1 MiB of float32
        const double tensors = double(stateBytes(s, elements)) / double(4 * elements);
        QVERIFY2(std::abs(tensors - slots) < 0.05, qPrintable(QString::number(tensors)));
    }

    void adamIsFused()
    {
        TrainingSettings s;
        QString error;
        auto optimizer = OptimizerFactory::create(s, {torch::zeros({2}).requires_grad_(true)}, &error);
        QVERIFY(dynamic_cast<FusedAdam*>(optimizer.get()));
    }
};

QTEST_GUILESS_MAIN(TestOptionRegistries)
#include "tst_option_registries.moc"
