// The registry describes every required layer kind once, with a usable schema.
#include "graph/LayerRegistry.h"

#include <QtTest>

using namespace netsmith;

class TestLayerRegistry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void requiredKindsExist_data()
    {
        QTest::addColumn<QString>("id");
        for (const char* id : {"Input", "Conv2d", "MaxPool2d", "AvgPool2d", "GlobalAvgPool", "BatchNorm2d",
                               "Dropout", "Flatten", "Linear", "ReLU", "LeakyReLU", "GELU", "Sigmoid", "Tanh",
                               "Softmax", "Add", "Concat"})
            QTest::newRow(id) << QString::fromLatin1(id);
    }
    void requiredKindsExist()
    {
        QFETCH(QString, id);
        const LayerKind* kind = LayerRegistry::instance().find(id);
        QVERIFY2(kind, qPrintable(id));
        QVERIFY(kind->inferShape && kind->cost && kind->build);
        QVERIFY(!kind->translatedName().isEmpty());
        QVERIFY(!kind->translatedHelp().isEmpty());
        QVERIFY(kind->defaultNamePrefix && *kind->defaultNamePrefix);
    }

    void schemasAreConsistent()
    {
        for (const LayerKind& kind : LayerRegistry::instance().kinds()) {
            QVERIFY2(LayerRegistry::instance().find(kind.id) == &kind, qPrintable(kind.id + QStringLiteral(" twice")));
            for (const ParamSpec& p : kind.params) {
                const QString where = kind.id + QLatin1Char('.') + p.id;
                QVERIFY2(p.label && *p.label && p.help && *p.help, qPrintable(where));
                QVERIFY2(p.defaultValue.isValid(), qPrintable(where));
                if (p.type == ParamType::Int || p.type == ParamType::Float) {
                    QVERIFY2(p.minimum <= p.defaultValue.toDouble() && p.defaultValue.toDouble() <= p.maximum,
                             qPrintable(where));
                }
            }
        }
    }

    void conv2dSchema()
    {
        const LayerKind* conv = LayerRegistry::instance().find(QStringLiteral("Conv2d"));
        for (const char* id : {"out_channels", "kernel_size", "stride", "padding", "dilation", "groups", "bias"})
            QVERIFY2(conv->param(QString::fromLatin1(id)), id);
        QCOMPARE(conv->param(QStringLiteral("padding"))->specialText, QStringLiteral("same"));
        QCOMPARE(conv->param(QStringLiteral("bias"))->type, ParamType::Bool);
    }

    void unknownKind() { QVERIFY(!LayerRegistry::instance().find(QStringLiteral("Conv3d"))); }
};

QTEST_GUILESS_MAIN(TestLayerRegistry)
#include "tst_layer_registry.moc"
