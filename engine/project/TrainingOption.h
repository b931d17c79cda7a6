#pragma once
// What every choosable training option has in common (an optimizer, a learning-rate schedule,
// an augmentation preset, a device): the id that files and the command line use, a translatable
// name and help, and the training settings it reads. Each kind of option has one registry
// (OptimizerRegistry, ScheduleRegistry, AugmentationPresets, DeviceRegistry) that lists them
// like LayerRegistry lists layers; parsing, --help, the GUI combos, validation and the
// summary's memory estimate all read those registries and nothing else.
#include <QString>
#include <QStringList>

namespace netsmith {

struct TrainingOption
{
    QString id;              ///< stable, in files and on the command line: "sgd", "cosine"
    const char* displayName; ///< translatable (context "TrainingOption")
    const char* help;        ///< translatable (context "TrainingOption")
    /// The TrainingSettings keys (as in the project file) this option reads, e.g. "momentum";
    /// forms enable exactly these fields of the ones that depend on a choice.
    QStringList settings;

    QString translatedName() const;
    QString translatedHelp() const;
    bool uses(const QString& settingKey) const { return settings.contains(settingKey); }
};

/// "a, b or c": the ids of a registry for messages (translated "or").
QString optionIdList(const QStringList& ids);

} // namespace netsmith

#include <vector>

namespace netsmith {

/// The one instance and the lookups every option registry offers over its table of kinds
/// (kept in order: the order combos and --help list them). `Registry` fills kinds_ in its
/// private constructor.
template <typename Kind, typename Registry>
class OptionTable
{
public:
    static const Registry& instance()
    {
        static const Registry registry;
        return registry;
    }
    const std::vector<Kind>& kinds() const { return kinds_; }
    /// nullptr when no option has this id.
    const Kind* find(const QString& id) const
    {
        for (const Kind& k : kinds_)
            if (k.id == id)
                return &k;
        return nullptr;
    }
    QStringList ids() const
    {
        QStringList list;
        for (const Kind& k : kinds_)
            list << k.id;
        return list;
    }

protected:
    std::vector<Kind> kinds_;
};

} // namespace netsmith
