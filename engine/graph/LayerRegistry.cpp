#include "graph/LayerRegistry.h"

#include "graph/layers/LayerDefinitions.h"

namespace netsmith {

const LayerRegistry& LayerRegistry::instance()
{
    static const LayerRegistry registry;
    return registry;
}

LayerRegistry::LayerRegistry()
{
    // Palette order: the order a network is usually read, top to bottom.
    addCoreInputLayers(kinds_);
    addConvolutionLayers(kinds_);
    addPoolingLayers(kinds_);
    addCoreLayers(kinds_);
    addActivationLayers(kinds_);
    addMergeLayers(kinds_);
}

const LayerKind* LayerRegistry::find(const QString& id) const
{
    for (const LayerKind& k : kinds_)
        if (k.id == id)
            return &k;
    return nullptr;
}

} // namespace netsmith
