#include "graph/ModelSummary.h"

#include "graph/GraphIndex.h"

#include "graph/NumberFormat.h"

#include <QCoreApplication>

namespace netsmith {

namespace {


/// Terminal columns of a string: East Asian wide characters take two, so that Chinese
/// headings line up with the numbers below them.
int displayWidth(const QString& text)
{
    int width = 0;
    for (QChar c : text) {
        const ushort u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) ||
                          (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) ||
                          (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60) ||
                          (u >= 0xFFE0 && u <= 0xFFE6);
        width += wide ? 2 : 1;
    }
    return width;
}

QString pad(const QString& text, int width, bool right = false)
{
    const int fill = std::max(0, width - displayWidth(text));
    return right ? QString(fill, QLatin1Char(' ')) + text : text + QString(fill, QLatin1Char(' '));
}

} // namespace

ModelSummary ModelSummary::of(const ModelGraph& graph, const GraphAnalysis& analysis)
{
    ModelSummary s;
    const GraphIndex index(graph);
    for (int id : analysis.order) {
        const GraphNode* n = index.node(id);
        const NodeAnalysis* a = analysis.node(id);
        SummaryRow row;
        row.nodeId = id;
        row.name = n->name;
        row.kind = n->kind;
        row.outputShape = a && a->ok ? shapeToString(a->output) : QStringLiteral("?");
        if (a) {
            row.params = a->cost.trainableParams + a->cost.frozenParams;
            row.macs = a->cost.macs;
        }
        s.rows.push_back(row);
    }
    s.cost = computeCost(analysis);
    return s;
}

QString ModelSummary::toText(const QString& modelName, int64_t batchSize, const QString& optimizerName,
                             int optimizerSlots) const
{
    const int wName = 22, wKind = 15, wShape = 16, wParams = 12, wMacs = 14;
    const int total = wName + wKind + wShape + wParams + wMacs;
    const QString rule(total, QLatin1Char('_'));
    const QString heavy(total, QLatin1Char('='));
    QStringList lines;
    lines << QCoreApplication::translate("ModelSummary", "Model: \"%1\"").arg(modelName) << rule;
    lines << pad(QCoreApplication::translate("ModelSummary", "Layer (name)"), wName) + pad(QCoreApplication::translate("ModelSummary", "Kind"), wKind) + pad(QCoreApplication::translate("ModelSummary", "Output shape"), wShape) +
                 pad(QCoreApplication::translate("ModelSummary", "Params"), wParams, true) + pad(QCoreApplication::translate("ModelSummary", "MACs"), wMacs, true);
    lines << heavy;
    for (const SummaryRow& r : rows)
        lines << pad(r.name, wName) + pad(r.kind, wKind) + pad(r.outputShape, wShape) +
                     pad(formatCount(r.params), wParams, true) + pad(formatCount(r.macs), wMacs, true);
    lines << heavy;
    lines << QCoreApplication::translate("ModelSummary", "Total params: %1").arg(formatCount(cost.totalParams()));
    lines << QCoreApplication::translate("ModelSummary", "Trainable params: %1").arg(formatCount(cost.trainableParams));
    lines << QCoreApplication::translate("ModelSummary", "Non-trainable params: %1").arg(formatCount(cost.frozenParams));
    lines << QCoreApplication::translate("ModelSummary", "MACs per sample: %1").arg(formatCount(cost.macsPerSample));
    lines << QCoreApplication::translate("ModelSummary", "Activation memory per sample: %1").arg(formatBytes(double(cost.activationBytesPerSample())));
    lines << QCoreApplication::translate("ModelSummary", "Training memory at batch size %1 (%2): %3")
                 .arg(batchSize)
                 .arg(optimizerName, formatBytes(double(cost.trainingBytes(batchSize, optimizerSlots))));
    lines << rule;
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace netsmith
