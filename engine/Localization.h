#pragma once
// Loads Netsmith's and Qt's translations for a language, replacing the previous ones, so that
// the language can change while the program runs.
#include <QString>

namespace netsmith {

class Localization
{
public:
    /// "zh_CN", "en", or empty for the system language. Returns whether a catalogue for the
    /// language was found (English needs none and always succeeds).
    static bool install(const QString& language);
    static QString currentLanguage();
    /// Languages with a catalogue, plus "en".
    static QStringList availableLanguages();
};

} // namespace netsmith
