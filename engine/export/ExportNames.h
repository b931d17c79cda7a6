#pragma once
// ExportNames: node names made safe as Python and TorchScript identifiers. A node may be
// called "conv-1" (a '-' is allowed in Netsmith names) or "forward", "training", "input_mean"
// or "lambda", all of which would break or shadow something in generated code; those get a
// trailing underscore, dashes become underscores, and clashes are numbered. The originals
// travel with the export (TorchScript: names.json; PyTorch code: LAYER_NAMES).
#include <QString>
#include <QStringList>

namespace netsmith {

class ExportNames
{
public:
    /// One unique identifier per name, in the same order. Names that are safe already keep
    /// themselves, so a "conv-1" that becomes "conv_1" never renames a real "conv_1".
    static QStringList identifiers(const QStringList& names);

    /// Identifiers the generated code itself uses (attributes, variables, modules).
    static bool isReserved(const QString& identifier);
    /// `name` with unsafe characters replaced and reserved words suffixed (not yet unique).
    static QString sanitized(const QString& name);
};

} // namespace netsmith
