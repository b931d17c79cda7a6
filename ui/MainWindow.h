#pragma once
// The workbench window: one page per task (design, data, training, evaluation, draw & predict)
// around one ProjectDocument. It owns the menus, the main toolbar and the status bar, the
// project file commands (new, open, save, recent files, autosave recovery) and the language
// switch. Each page (a WorkbenchPage) brings its own toolbars, docks and Edit/View commands;
// the window shows those of the current page and hides the others'.
#include "help/ShortcutsDialog.h"

#include <QKeySequence>
#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QTabWidget;
class QTimer;
class QToolBar;

namespace netsmith {
struct TrainedModel;
}

namespace netsmith::ui {

class DataPage;
class DesignerPage;
class DrawPadPage;
class PageSwitcher;
class ProjectDocument;
class StartPage;
class TrainingPage;
class WorkbenchPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// The window's own commands, reached by member rather than by name. The pages' commands
    /// are theirs (e.g. DesignerPage::commands()).
    struct Actions
    {
        QAction* newProject = nullptr;
        QAction* open = nullptr;
        QAction* save = nullptr;
        QAction* saveAs = nullptr;
        QAction* exportDiagram = nullptr;
        QAction* exportModel = nullptr;
        QAction* quit = nullptr;
        QAction* undo = nullptr;
        QAction* redo = nullptr;
        QAction* focusCanvas = nullptr;
        QAction* about = nullptr;
        QAction* contextHelp = nullptr; ///< F1: the help of the selected layer or focused setting
        QAction* shortcuts = nullptr;   ///< Help > Keyboard Shortcuts
        QAction* iconsOnly = nullptr;   ///< View > Icons Only, for every toolbar
        QAction* themeSystem = nullptr; ///< View > Theme: the desktop's, Fusion light or dark
        QAction* themeLight = nullptr;
        QAction* themeDark = nullptr;
        QAction* languageEnglish = nullptr;
        QAction* languageChinese = nullptr;
    };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// The open project; pages observe it and edit it through its undoable methods.
    ProjectDocument* document() const { return document_; }
    const Actions& windowActions() const { return actions_; }
    StartPage* startPage() const { return startPage_; }
    DesignerPage* designer() const { return designer_; }
    DataPage* dataPage() const { return dataPage_; }
    TrainingPage* trainingPage() const { return trainingPage_; }
    DrawPadPage* drawPad() const { return drawPad_; }
    QTabWidget* pageTabs() const { return pages_; }
    QToolBar* mainToolBar() const { return toolBar_; }
    /// The page in front.
    WorkbenchPage* activePage() const;
    /// Adds a page as the last tab, its toolbars, docks and commands hidden until it is current.
    void addPage(WorkbenchPage* page);

    /// Opens a project file. On failure shows the error (or returns it in `error` when given)
    /// and leaves the open project as it was. Asks first when there is unsaved work.
    bool openFile(const QString& path, QString* error = nullptr);
    bool saveTo(const QString& path, QString* error = nullptr);
    /// Writes the recovery copy now (the timer does this every minute while modified).
    void autosave();
    /// Offers the recovery copy left by a session that did not close normally; returns
    /// whether one was recovered.
    bool offerRecovery();
    /// Switches the interface language at run time ("en", "zh_CN").
    void setLanguage(const QString& language);
    /// F1: the help of the layer selected in the designer or of the setting that has the focus,
    /// else a hint where help is.
    void showContextHelp();
    /// Help > Keyboard Shortcuts (one dialog, raised when already open).
    void showShortcuts();

    /// Gives the draw pad a run's model (a message in the status bar when it cannot).
    void sendRunToDrawPad(const QString& runDirectory, bool switchToPage);
    /// The start page's "continue where you left off": the last project, run and page.
    void continueLastSession();

Q_SIGNALS:
    void recoveryOffered();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void goToStep(int step);
    QString runsRoot() const;
    QAction* makeAction(const QString& name, const QKeySequence& shortcut = {});
    /// Every binding the platform has for a standard key (Redo is Ctrl+Y and Ctrl+Shift+Z).
    QAction* makeAction(const QString& name, QKeySequence::StandardKey key);
    void createActions();
    void createMenus();
    void retranslateUi();
    void retranslateUndoActions();
    /// The pages, and how the training page hands runs to the draw pad.
    void createPages();
    void updateTitle();
    void updateStatus();
    void updateRecentMenu();
    void addRecentFile(const QString& path);
    bool maybeSave();
    void newProject();
    void openDialog();
    bool save();
    bool saveAsDialog();
    void exportDiagramDialog();
    /// The Deploy step for the draw pad's model (the last trained or loaded), or a hint when
    /// there is none yet.
    void exportModelDialog();
    void openExportDialog(const TrainedModel& model);
    void readSettings();
    void writeSettings();
    /// Icons beside text, or icons only (View > Icons Only), on every toolbar the pages added too.
    void applyToolButtonStyle();
    /// Icons of the page tabs (and the training page's own tabs).
    void setPageIcons();
    /// Every command with a key: the window's by menu, then each page's.
    QList<ShortcutsDialog::Group> shortcutGroups() const;

    ProjectDocument* document_ = nullptr;
    Actions actions_;
    DesignerPage* designer_ = nullptr;
    DataPage* dataPage_ = nullptr;
    DrawPadPage* drawPad_ = nullptr;
    StartPage* startPage_ = nullptr;
    TrainingPage* trainingPage_ = nullptr;
    PageSwitcher* pageSwitcher_ = nullptr;
    QTabWidget* pages_ = nullptr;
    QToolBar* toolBar_ = nullptr;
    QMenu* fileMenu_ = nullptr;
    QMenu* recentMenu_ = nullptr;
    QMenu* editMenu_ = nullptr;
    QMenu* viewMenu_ = nullptr;
    QMenu* themeMenu_ = nullptr;
    QAction* viewPageSeparator_ = nullptr; ///< the pages' View commands go above it
    QMenu* languageMenu_ = nullptr;
    QMenu* helpMenu_ = nullptr;
    QLabel* validityLabel_ = nullptr;
    QLabel* paramsLabel_ = nullptr;
    QLabel* macsLabel_ = nullptr;
    QTimer* autosaveTimer_ = nullptr;
};

} // namespace netsmith::ui
