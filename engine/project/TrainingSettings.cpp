#include "project/TrainingSettings.h"

#include "project/JsonKeys.h"
#include "train/DeviceRegistry.h"
#include "train/OptimizerRegistry.h"
#include "train/ScheduleRegistry.h"

#include <QCoreApplication>
#include <QStringList>

namespace netsmith {

QJsonObject TrainingSettings::toJson() const
{
    return QJsonObject{
        {QStringLiteral("optimizer"), optimizer},
        {QStringLiteral("learning_rate"), learningRate},
        {QStringLiteral("momentum"), momentum},
        {QStringLiteral("nesterov"), nesterov},
        {QStringLiteral("weight_decay"), weightDecay},
        {QStringLiteral("schedule"), schedule},
        {QStringLiteral("step_size"), stepSize},
        {QStringLiteral("gamma"), gamma},
        {QStringLiteral("plateau_patience"), plateauPatience},
        {QStringLiteral("warmup_epochs"), warmupEpochs},
        {QStringLiteral("label_smoothing"), labelSmoothing},
        {QStringLiteral("epochs"), epochs},
        {QStringLiteral("batch_size"), batchSize},
        {QStringLiteral("validation_split"), validationSplit},
        {QStringLiteral("early_stop_patience"), earlyStopPatience},
        {QStringLiteral("augmentation"), augmentation.toJson()},
        {QStringLiteral("seed"), seed},
        {QStringLiteral("device"), device},
        {QStringLiteral("threads"), threads},
        {QStringLiteral("mixed_precision"), mixedPrecision},
    };
}

namespace {

struct Reader
{
    const QJsonObject& json;
    QString* error;
    bool ok = true;

    QString fail(const QString& key, const char* what)
    {
        return fail(key, QCoreApplication::translate("TrainingSettings", what));
    }
    QString fail(const QString& key, const QString& what)
    {
        ok = false;
        *error = QCoreApplication::translate("TrainingSettings", "training setting \"%1\" %2").arg(key, what);
        return {};
    }
    void number(const char* key, double* out, double min, double max)
    {
        const QString k = QString::fromLatin1(key);
        if (!ok || !json.contains(k))
            return;
        const QJsonValue v = json.value(k);
        if (!v.isDouble() || v.toDouble() < min || v.toDouble() > max)
            fail(k, QT_TRANSLATE_NOOP("TrainingSettings", "is not a number in the allowed range"));
        else
            *out = v.toDouble();
    }
    void integer(const char* key, int* out, int min, int max)
    {
        double d = *out;
        number(key, &d, min, max);
        if (ok && d != double(int(d)))
            fail(QString::fromLatin1(key), QT_TRANSLATE_NOOP("TrainingSettings", "must be a whole number"));
        *out = int(d);
    }
    void flag(const char* key, bool* out)
    {
        const QString k = QString::fromLatin1(key);
        if (!ok || !json.contains(k))
            return;
        if (!json.value(k).isBool())
            fail(k, QT_TRANSLATE_NOOP("TrainingSettings", "must be true or false"));
        else
            *out = json.value(k).toBool();
    }
    void choice(const char* key, QString* out, const QStringList& allowed)
    {
        const QString k = QString::fromLatin1(key);
        if (!ok || !json.contains(k))
            return;
        const QString v = json.value(k).toString();
        if (!allowed.isEmpty() && !allowed.contains(v))
            fail(k, QCoreApplication::translate("TrainingSettings", "is \"%1\", not one of %2")
                        .arg(v, optionIdList(allowed)));
        else if (!json.value(k).isString())
            fail(k, QT_TRANSLATE_NOOP("TrainingSettings", "must be text"));
        else
            *out = v;
    }
    void device(QString* out)
    {
        QString v = *out;
        choice("device", &v, {});
        const DeviceKind* kind = nullptr;
        int index = 0;
        QString why;
        if (ok && !DeviceRegistry::instance().parse(v, &kind, &index, &why))
            fail(QStringLiteral("device"), QCoreApplication::translate("TrainingSettings", "is \"%1\", not one of %2")
                                               .arg(v, DeviceRegistry::instance().forms()));
        else if (ok)
            *out = v;
    }
    void augmentation(AugmentationSettings* out)
    {
        const QString k = QStringLiteral("augmentation");
        if (!ok || !json.contains(k))
            return;
        QString why;
        if (!json.value(k).isObject())
            fail(k, QT_TRANSLATE_NOOP("TrainingSettings", "must be an object of augmentation settings"));
        else if (!AugmentationSettings::fromJson(json.value(k).toObject(), out, &why))
            fail(k, why);
    }
};

} // namespace

bool TrainingSettings::fromJson(const QJsonObject& json, TrainingSettings* out, QString* error)
{
    TrainingSettings s;
    Reader r{json, error};
    r.choice("optimizer", &s.optimizer, OptimizerRegistry::instance().ids());
    r.number("learning_rate", &s.learningRate, 0.0, 10.0);
    r.number("momentum", &s.momentum, 0.0, 1.0);
    r.flag("nesterov", &s.nesterov);
    r.number("weight_decay", &s.weightDecay, 0.0, 1.0);
    r.choice("schedule", &s.schedule, ScheduleRegistry::instance().ids());
    r.integer("step_size", &s.stepSize, 1, 10000);
    r.number("gamma", &s.gamma, 0.0, 1.0);
    r.integer("plateau_patience", &s.plateauPatience, 0, 10000);
    r.integer("warmup_epochs", &s.warmupEpochs, 0, 10000);
    r.number("label_smoothing", &s.labelSmoothing, 0.0, 0.99);
    r.integer("epochs", &s.epochs, 1, 100000);
    r.integer("batch_size", &s.batchSize, 1, 65536);
    r.number("validation_split", &s.validationSplit, 0.0, 0.9);
    r.integer("early_stop_patience", &s.earlyStopPatience, 0, 10000);
    r.augmentation(&s.augmentation);
    r.integer("seed", &s.seed, 0, 2147483647);
    r.device(&s.device);
    r.integer("threads", &s.threads, 0, 1024);
    r.flag("mixed_precision", &s.mixedPrecision);
    if (r.ok) {
        const QString unknown = JsonKeys::checkKnown(json, TrainingSettings().toJson().keys(),
                                                     QCoreApplication::translate("TrainingSettings", "the training settings"));
        if (!unknown.isEmpty()) {
            *error = unknown;
            return false;
        }
        *out = s;
    }
    return r.ok;
}

} // namespace netsmith
