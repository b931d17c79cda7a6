#pragma once
// The Keras-style summary table shared by `netsmith-cli summary` and the designer's summary
// view: one row per layer (name, kind, output shape, parameters, MACs) and the totals.
#include "graph/CostModel.h"

#include <QStringList>

namespace netsmith {

struct SummaryRow
{
    int nodeId = 0;
    QString name;
    QString kind;
    QString outputShape; ///< "32×26×26", or "?" when unknown
    int64_t params = 0;
    int64_t macs = 0;
};

struct ModelSummary
{
    std::vector<SummaryRow> rows; ///< in topological order
    ModelCost cost;

    static ModelSummary of(const ModelGraph& graph, const GraphAnalysis& analysis);
    /// Fixed-width text table with totals; training memory at `batchSize` with the optimizer
    /// called `optimizerName` (translated), which keeps `optimizerSlots` state tensors per
    /// parameter (OptimizerKind::stateTensors).
    QString toText(const QString& modelName, int64_t batchSize, const QString& optimizerName, int optimizerSlots) const;
};

} // namespace netsmith
