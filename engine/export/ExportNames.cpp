#include "export/ExportNames.h"

#include <QSet>

namespace netsmith {

bool ExportNames::isReserved(const QString& identifier)
{
    static const QSet<QString> reserved = {
        // Python keywords and names the generated code uses.
        QStringLiteral("False"),
        QStringLiteral("None"),
        QStringLiteral("True"),
        QStringLiteral("and"),
        QStringLiteral("as"),
        QStringLiteral("assert"),
        QStringLiteral("async"),
        QStringLiteral("await"),
        QStringLiteral("break"),
        QStringLiteral("class"),
        QStringLiteral("continue"),
        QStringLiteral("def"),
        QStringLiteral("del"),
        QStringLiteral("elif"),
        QStringLiteral("else"),
        QStringLiteral("except"),
        QStringLiteral("finally"),
        QStringLiteral("for"),
        QStringLiteral("from"),
        QStringLiteral("global"),
        QStringLiteral("if"),
        QStringLiteral("import"),
        QStringLiteral("in"),
        QStringLiteral("is"),
        QStringLiteral("lambda"),
        QStringLiteral("nonlocal"),
        QStringLiteral("not"),
        QStringLiteral("or"),
        QStringLiteral("pass"),
        QStringLiteral("raise"),
        QStringLiteral("return"),
        QStringLiteral("try"),
        QStringLiteral("while"),
        QStringLiteral("with"),
        QStringLiteral("yield"),
        QStringLiteral("print"),
        QStringLiteral("self"),
        QStringLiteral("torch"),
        QStringLiteral("nn"),
        QStringLiteral("F"),
        QStringLiteral("x"),
        QStringLiteral("pixels"),
        QStringLiteral("forward"),
        QStringLiteral("training"),
        QStringLiteral("input_mean"),
        QStringLiteral("input_std"),
        QStringLiteral("super"),
        QStringLiteral("Model"),
        QStringLiteral("Tensor"),
        QStringLiteral("List"),
        QStringLiteral("Optional"),
        // nn.Module attributes a layer must not replace.
        QStringLiteral("eval"),
        QStringLiteral("train"),
        QStringLiteral("to"),
        QStringLiteral("cuda"),
        QStringLiteral("cpu"),
        QStringLiteral("parameters"),
        QStringLiteral("buffers"),
        QStringLiteral("children"),
        QStringLiteral("modules"),
        QStringLiteral("state_dict"),
        QStringLiteral("load_state_dict"),
        QStringLiteral("apply"),
        QStringLiteral("float"),
        QStringLiteral("double"),
        QStringLiteral("half"),
        QStringLiteral("type"),
    };
    return reserved.contains(identifier) || identifier.startsWith(QLatin1String("__"));
}

QString ExportNames::sanitized(const QString& name)
{
    QString base;
    for (QChar c : name)
        base += (c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('_')
                    ? c
                    : QLatin1Char('_');
    if (base.isEmpty() || base.at(0).isDigit())
        base.prepend(QLatin1String("layer_"));
    if (isReserved(base))
        base += QLatin1Char('_');
    return base;
}

QStringList ExportNames::identifiers(const QStringList& names)
{
    QStringList out(names.size());
    QSet<QString> taken;
    for (int i = 0; i < names.size(); ++i)
        if (sanitized(names[i]) == names[i] && !taken.contains(names[i]))
            taken.insert(out[i] = names[i]);
    for (int i = 0; i < names.size(); ++i) {
        if (!out[i].isEmpty())
            continue;
        const QString base = sanitized(names[i]);
        QString candidate = base;
        for (int n = 2; taken.contains(candidate); ++n)
            candidate = QStringLiteral("%1_%2").arg(base).arg(n);
        taken.insert(out[i] = candidate);
    }
    return out;
}

} // namespace netsmith
