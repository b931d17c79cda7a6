#include "Icons.h"

namespace netsmith::ui::Icons {

QString bundledPath(const char* name)
{
    return QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name));
}

QIcon bundled(const char* name)
{
    return QIcon(bundledPath(name));
}

QIcon themed(const char* freedesktopName, const char* bundledName)
{
    const QString name = QLatin1String(freedesktopName);
    // fromTheme with a fallback asks the theme only; without a theme (Xvfb, a bare session)
    // the fallback is what shows.
    return QIcon::fromTheme(name, bundled(bundledName ? bundledName : freedesktopName));
}

QIcon application()
{
    // The renders of resources/icons/hicolor (what the desktop's theme also gets installed);
    // the largest scales for anything bigger.
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/hicolor/%1x%1/apps/netsmith.png").arg(size), QSize(size, size));
    return icon;
}

QIcon category(LayerCategory category)
{
    switch (category) {
    case LayerCategory::Input: return bundled("category-input");
    case LayerCategory::Convolution: return bundled("category-convolution");
    case LayerCategory::Pooling: return bundled("category-pooling");
    case LayerCategory::Normalization: return bundled("category-normalization");
    case LayerCategory::Core: return bundled("category-core");
    case LayerCategory::Activation: return bundled("category-activation");
    case LayerCategory::Merge: return bundled("category-merge");
    }
    return bundled("category-core");
}

} // namespace netsmith::ui::Icons
