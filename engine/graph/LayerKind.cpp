#include "graph/LayerKind.h"

namespace netsmith {

QString categoryDisplayName(LayerCategory category)
{
    switch (category) {
    case LayerCategory::Input: return QCoreApplication::translate("LayerCategory", "Input");
    case LayerCategory::Convolution: return QCoreApplication::translate("LayerCategory", "Convolution");
    case LayerCategory::Pooling: return QCoreApplication::translate("LayerCategory", "Pooling");
    case LayerCategory::Normalization:
        return QCoreApplication::translate("LayerCategory", "Normalization & regularization");
    case LayerCategory::Core: return QCoreApplication::translate("LayerCategory", "Core");
    case LayerCategory::Activation: return QCoreApplication::translate("LayerCategory", "Activation");
    case LayerCategory::Merge: return QCoreApplication::translate("LayerCategory", "Merge");
    }
    return {};
}

int64_t LayerContext::intParam(const QString& id) const
{
    return params.value(id, kind.param(id) ? kind.param(id)->defaultValue : QVariant()).toLongLong();
}

double LayerContext::floatParam(const QString& id) const
{
    return params.value(id, kind.param(id) ? kind.param(id)->defaultValue : QVariant()).toDouble();
}

bool LayerContext::boolParam(const QString& id) const
{
    return params.value(id, kind.param(id) ? kind.param(id)->defaultValue : QVariant()).toBool();
}

QString LayerContext::choiceParam(const QString& id) const
{
    return params.value(id, kind.param(id) ? kind.param(id)->defaultValue : QVariant()).toString();
}

QString LayerContext::label() const
{
    return QStringLiteral("%1 \"%2\"").arg(kind.id, nodeName);
}

QString LayerKind::translatedName() const
{
    return QCoreApplication::translate("LayerKind", displayName);
}

QString LayerKind::translatedHelp() const
{
    return QCoreApplication::translate("LayerKind", help);
}

const ParamSpec* LayerKind::param(const QString& paramId) const
{
    for (const ParamSpec& p : params)
        if (p.id == paramId)
            return &p;
    return nullptr;
}

QVariantMap LayerKind::defaultParams() const
{
    QVariantMap values;
    for (const ParamSpec& p : params)
        values.insert(p.id, p.defaultValue);
    return values;
}

} // namespace netsmith
