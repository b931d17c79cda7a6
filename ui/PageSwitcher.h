#pragma once
// PageSwitcher: puts each WorkbenchPage's toolbars, docks and Edit/View commands into the main
// window and keeps only the current tab's in view. A page's parts that the user had open when
// it went to the back come back with it; the ones the user closed stay closed. Hidden commands
// lose their shortcuts too, so the designer's Delete does nothing on the training page.
#include <QHash>
#include <QList>
#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QTabWidget;
class QWidget;

namespace netsmith::ui {

class WorkbenchPage;

class PageSwitcher : public QObject
{
    Q_OBJECT
public:
    /// The pages' Edit commands go at the end of `editMenu`, their View commands before
    /// `viewCommandsBefore`, and their toolbar and dock toggles at the end of `viewMenu`.
    PageSwitcher(QMainWindow* window, QTabWidget* tabs, QMenu* editMenu, QMenu* viewMenu,
                 QAction* viewCommandsBefore);

    /// Adds a page as the last tab, its parts hidden until it is current.
    void addPage(WorkbenchPage* page);
    const QList<WorkbenchPage*>& pages() const { return pages_; }
    /// The page in front (null before followTabs()).
    WorkbenchPage* activePage() const { return active_; }

    /// Every page's parts as the user left them: what the saved window layout records, and
    /// what a restored layout is applied to.
    void showAllParts();
    /// Keeps only the current tab's parts in view, now and whenever the tab changes.
    void followTabs();
    /// The tab texts, in the current language.
    void retitle();

private:
    void activate(int index);
    void park(WorkbenchPage* page);
    void unpark(WorkbenchPage* page);
    void setCommandsVisible(WorkbenchPage* page, bool visible);

    QMainWindow* window_;
    QTabWidget* tabs_;
    QMenu* editMenu_;
    QMenu* viewMenu_;
    QAction* viewCommandsBefore_;
    QList<WorkbenchPage*> pages_; ///< in tab order
    WorkbenchPage* active_ = nullptr;
    bool following_ = false;
    /// Per page in the back: its toolbars and docks that were open when it went there.
    QHash<WorkbenchPage*, QList<QWidget*>> parked_;
};

} // namespace netsmith::ui
