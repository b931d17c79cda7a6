#pragma once
// The schema of one layer parameter: what the property editor shows, what validation
// checks and what the JSON file stores.
#include <QString>
#include <QStringList>
#include <QVariant>

namespace netsmith {

enum class ParamType { Int, Float, Bool, Choice };

struct ParamSpec
{
    QString id;           ///< key in the project file, e.g. "out_channels"
    ParamType type = ParamType::Int;
    const char* label;    ///< translatable (context "LayerParam")
    const char* help;     ///< translatable (context "LayerParam")
    QVariant defaultValue;
    double minimum = 0;
    double maximum = 0;
    QStringList choices;  ///< for Choice
    /// For Int parameters whose minimum means something special, e.g. padding -1 = "same".
    /// The file stores this word instead of the number.
    QString specialText;
};

} // namespace netsmith
