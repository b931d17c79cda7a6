#include "PageSwitcher.h"

#include "WorkbenchPage.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMap>
#include <QMenu>
#include <QTabWidget>
#include <QToolBar>

namespace netsmith::ui {

PageSwitcher::PageSwitcher(QMainWindow* window, QTabWidget* tabs, QMenu* editMenu, QMenu* viewMenu,
                           QAction* viewCommandsBefore)
    : QObject(window)
    , window_(window)
    , tabs_(tabs)
    , editMenu_(editMenu)
    , viewMenu_(viewMenu)
    , viewCommandsBefore_(viewCommandsBefore)
{
}

void PageSwitcher::addPage(WorkbenchPage* page)
{
    pages_ << page;
    tabs_->addTab(page->widget(), page->title());
    for (QToolBar* bar : page->toolBars()) {
        window_->addToolBar(bar);
        viewMenu_->addAction(bar->toggleViewAction());
    }
    // A page's later docks in an area are tabbed behind its first one there.
    QMap<Qt::DockWidgetArea, QDockWidget*> firstInArea;
    for (QDockWidget* dock : page->dockWidgets()) {
        const WorkbenchPage::DockPlace place = page->dockPlace(dock);
        window_->addDockWidget(place.area, dock);
        if (QDockWidget* first = firstInArea.value(place.area)) {
            window_->tabifyDockWidget(first, dock);
        } else {
            firstInArea.insert(place.area, dock);
            if (place.size > 0) {
                const bool sideways = place.area == Qt::LeftDockWidgetArea || place.area == Qt::RightDockWidgetArea;
                window_->resizeDocks({dock}, {place.size}, sideways ? Qt::Horizontal : Qt::Vertical);
            }
        }
        viewMenu_->addAction(dock->toggleViewAction());
    }
    for (QDockWidget* first : std::as_const(firstInArea))
        first->raise();
    editMenu_->addActions(page->editActions());
    viewMenu_->insertActions(viewCommandsBefore_, page->viewActions());
    if (pages_.size() > 1) // the first page starts in front; the others wait behind
        park(page);
}

void PageSwitcher::showAllParts()
{
    for (WorkbenchPage* page : std::as_const(pages_))
        unpark(page);
    active_ = nullptr;
}

void PageSwitcher::followTabs()
{
    for (WorkbenchPage* page : std::as_const(pages_))
        unpark(page); // what is still parked comes back first, so nothing is lost
    active_ = nullptr;
    for (WorkbenchPage* page : std::as_const(pages_))
        if (page->widget() != tabs_->currentWidget())
            park(page);
    activate(tabs_->currentIndex());
    if (!following_) {
        following_ = true;
        connect(tabs_, &QTabWidget::currentChanged, this, &PageSwitcher::activate);
    }
}

void PageSwitcher::retitle()
{
    for (int i = 0; i < pages_.size(); ++i)
        tabs_->setTabText(i, pages_[i]->title());
}

void PageSwitcher::activate(int index)
{
    WorkbenchPage* next = pages_.value(index);
    if (next == active_)
        return;
    if (active_) {
        active_->deactivate();
        park(active_);
    }
    active_ = next;
    if (next) {
        unpark(next);
        next->activate();
    }
}

void PageSwitcher::park(WorkbenchPage* page)
{
    QList<QWidget*>& parked = parked_[page];
    QList<QWidget*> parts;
    for (QToolBar* bar : page->toolBars())
        parts << bar;
    for (QDockWidget* dock : page->dockWidgets())
        parts << dock;
    for (QWidget* part : std::as_const(parts)) {
        if (part->isVisibleTo(window_)) { // also before the window is first shown
            part->hide();
            parked << part;
        }
    }
    for (QToolBar* bar : page->toolBars())
        bar->toggleViewAction()->setVisible(false);
    for (QDockWidget* dock : page->dockWidgets())
        dock->toggleViewAction()->setVisible(false);
    setCommandsVisible(page, false);
}

void PageSwitcher::unpark(WorkbenchPage* page)
{
    for (QWidget* part : parked_.take(page))
        part->show();
    for (QToolBar* bar : page->toolBars())
        bar->toggleViewAction()->setVisible(true);
    for (QDockWidget* dock : page->dockWidgets())
        dock->toggleViewAction()->setVisible(true);
    setCommandsVisible(page, true);
}

void PageSwitcher::setCommandsVisible(WorkbenchPage* page, bool visible)
{
    // A hidden action has no live shortcut either.
    for (QAction* a : page->editActions() + page->viewActions())
        a->setVisible(visible);
}

} // namespace netsmith::ui
