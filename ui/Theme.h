#pragma once
// Theme: View > Theme. "System" keeps the desktop's style and palette; "Light" and "Dark" use
// Qt's Fusion style with a light or a dark palette, so that Netsmith looks the same on any
// desktop and can be dark where the desktop is not. Custom-drawn views take their colours from
// the palette (charts through ChartPalette), so every page follows.
#include <QString>

class QPalette;

namespace netsmith::ui {

class Theme
{
public:
    enum class Kind { System, Light, Dark };

    /// Sets the application's style and palette. The first call remembers the desktop's, so
    /// that System can go back to them.
    static void apply(Kind kind);
    static Kind current();
    /// Fusion's dark palette, the one Dark applies.
    static QPalette darkPalette();
    /// Whether a palette draws light text on a dark window.
    static bool isDark(const QPalette& palette);
    /// "system", "light" or "dark": the value stored in the settings (window/theme).
    static QString key(Kind kind);
    static Kind fromKey(const QString& key);
};

} // namespace netsmith::ui
