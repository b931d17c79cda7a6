#pragma once
// WorkbenchPage: what one page of the main window (design, data, training, draw & predict)
// brings to the window around it, after the Tiled editor's Editor interface. A page owns its
// toolbars, docks and menu commands; the window only places them and shows those of the
// active page, so that, say, the designer's Delete and Zoom never act on the training page.
// The interface is a mix-in beside QWidget (not a QObject), so each page stays a plain widget.
#include <QList>
#include <QString>
#include <Qt>

class QAction;
class QDockWidget;
class QToolBar;
class QWidget;

namespace netsmith::ui {

class WorkbenchPage
{
public:
    virtual ~WorkbenchPage() = default;

    /// The page itself, as the window's central tab.
    virtual QWidget* widget() = 0;
    /// The tab's text, in the current language (the window asks again on LanguageChange).
    virtual QString title() const = 0;
    /// Toolbars shown only while the page is active. Each has a stable objectName, so that
    /// QMainWindow::saveState() remembers where the user put it.
    virtual QList<QToolBar*> toolBars() const { return {}; }
    /// Docks shown only while the page is active; stable objectNames as for toolBars().
    virtual QList<QDockWidget*> dockWidgets() const { return {}; }
    /// Where a dock starts out before any saved layout: its area and its width (left, right)
    /// or height (top, bottom) in pixels, 0 for its own size. A page's later docks in an area
    /// are tabbed behind its first one there.
    struct DockPlace
    {
        Qt::DockWidgetArea area = Qt::RightDockWidgetArea;
        int size = 0;
    };
    virtual DockPlace dockPlace(const QDockWidget* dock) const
    {
        Q_UNUSED(dock);
        return {};
    }
    /// Commands for the window's Edit and View menus; visible (and their shortcuts live) only
    /// while the page is active.
    virtual QList<QAction*> editActions() const { return {}; }
    virtual QList<QAction*> viewActions() const { return {}; }
    /// The page became the current tab (after its toolbars and docks were shown).
    virtual void activate() {}
    /// Another page is about to become current.
    virtual void deactivate() {}
};

} // namespace netsmith::ui
