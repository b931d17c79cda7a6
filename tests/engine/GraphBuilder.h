#pragma once
// Small graphs for tests: chain("Input", "Conv2d", ...) with parameter overrides.
#include "graph/ModelGraph.h"

#include <QVariantMap>
#include <initializer_list>
#include <utility>

namespace netsmith::test {

struct LayerSpec
{
    const char* kind;
    QVariantMap params = {};
    const char* name = nullptr;
};

/// Appends the layers one after the other, starting after node `from` (0: no edge). Returns
/// the id of the last node added.
inline int appendChain(ModelGraph& g, int from, std::initializer_list<LayerSpec> layers)
{
    int last = from;
    for (const LayerSpec& spec : layers) {
        const int id = g.addNode(QString::fromLatin1(spec.kind), {},
                                 spec.name ? QString::fromLatin1(spec.name) : QString());
        for (auto it = spec.params.begin(); it != spec.params.end(); ++it)
            g.node(id)->params.insert(it.key(), it.value());
        if (last)
            g.insertEdge({last, 0, id, g.nextFreeInputPort(id)});
        last = id;
    }
    return last;
}

inline ModelGraph chain(std::initializer_list<LayerSpec> layers)
{
    ModelGraph g;
    appendChain(g, 0, layers);
    return g;
}

inline QVariantMap params(std::initializer_list<std::pair<const char*, QVariant>> values)
{
    QVariantMap m;
    for (const auto& [k, v] : values)
        m.insert(QString::fromLatin1(k), v);
    return m;
}

} // namespace netsmith::test
