#pragma once
// Icons: where every icon of the window comes from. A command with a freedesktop standard name
// (document-open, edit-undo, zoom-in, ...) takes the desktop theme's icon so that Netsmith looks
// at home; Netsmith's own drawing of it (resources/icons, compiled in under :/icons) stands in
// wherever no theme is running or the theme lacks it. Netsmith's own concepts (pages, layer
// categories, arranging layers) use only the bundled drawings.
#include "graph/LayerKind.h"

#include <QIcon>
#include <QString>

namespace netsmith::ui::Icons {

/// ":/icons/<name>.svg".
QString bundledPath(const char* name);
/// The bundled drawing `name` (as in resources/icons/<name>.svg).
QIcon bundled(const char* name);
/// The theme's `freedesktopName`, else the bundled drawing (`bundledName`, or the same name).
QIcon themed(const char* freedesktopName, const char* bundledName = nullptr);
/// The application's icon, every size in one QIcon.
QIcon application();
/// The palette's icon of a layer category.
QIcon category(LayerCategory category);

} // namespace netsmith::ui::Icons
