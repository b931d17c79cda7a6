#include "cli/OptionHelp.h"

#include "data/AugmentationPresets.h"
#include "train/DeviceRegistry.h"
#include "train/OptimizerRegistry.h"
#include "train/ScheduleRegistry.h"

#include <QCoreApplication>
#include <QStringList>

namespace netsmith::cli {

namespace {

QString line(const QString& id, const TrainingOption& option)
{
    return QStringLiteral("  %1 %2 — %3\n").arg(id.leftJustified(10), option.translatedName(), option.translatedHelp());
}

template <typename Registry>
QString block(const QString& heading, const Registry& registry)
{
    QString text = heading + QLatin1Char('\n');
    for (const auto& option : registry.kinds())
        text += line(option.id, option);
    return text;
}

} // namespace

QString trainingOptionsHelp()
{
    QString devices = QCoreApplication::translate("Cli", "Devices (--device):") + QLatin1Char('\n');
    for (const DeviceKind& d : DeviceRegistry::instance().kinds())
        devices += line(d.numbered ? d.id + QStringLiteral("[:N]") : d.id, d);
    return block(QCoreApplication::translate("Cli", "Optimizers (--optimizer):"), OptimizerRegistry::instance()) +
           block(QCoreApplication::translate("Cli", "Learning-rate schedules (--schedule):"), ScheduleRegistry::instance()) +
           block(QCoreApplication::translate("Cli", "Augmentation presets (--augment; a project file keeps its own "
                                                    "settings unless this is given):"),
                 AugmentationPresets::instance()) +
           QStringLiteral("  %1 %2\n")
               .arg(QStringLiteral("suggested").leftJustified(10),
                    QCoreApplication::translate("Cli", "The preset that suits the dataset (digits: Digits; fashion-mnist: "
                                                       "Clothing; a path: None).")) +
           devices;
}

} // namespace netsmith::cli
