#pragma once
// The table of all layer kinds. Every feature reads it; nothing else lists layers.
#include "graph/LayerKind.h"

#include <vector>

namespace netsmith {

class LayerRegistry
{
public:
    static const LayerRegistry& instance();

    const std::vector<LayerKind>& kinds() const { return kinds_; }
    /// nullptr when no kind has this id.
    const LayerKind* find(const QString& id) const;

private:
    LayerRegistry();
    std::vector<LayerKind> kinds_;
};

} // namespace netsmith
