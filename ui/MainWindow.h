#pragma once
// The workbench window: one page per task (design, data, training, evaluation, draw & predict)
// around one ProjectDocument. It owns the menus, toolbar, docks and status bar, the project
// file commands (new, open, save, recent files, autosave recovery) and the language switch.
#include <QKeySequence>
#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QTabWidget;
class QTimer;
class QToolBar;
class QUndoView;

namespace netsmith::ui {

class DataPage;
class DesignerPage;
class DrawPadPage;
class ProjectDocument;
class TrainingPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// The open project; pages observe it and edit it through its undoable methods.
    ProjectDocument* document() const { return document_; }
    DesignerPage* designer() const { return designer_; }
    /// Adds a page (data, training, evaluation, draw pad) as a tab after the designer. A page
    /// that sets its windowTitle() when it receives QEvent::LanguageChange gets its tab renamed.
    void addPage(QWidget* page, const QString& title);

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
    QAction* action(const QString& objectName) const;

Q_SIGNALS:
    void recoveryOffered();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QAction* makeAction(const QString& name, const QKeySequence& shortcut = {});
    /// Every binding the platform has for a standard key (Redo is Ctrl+Y and Ctrl+Shift+Z).
    QAction* makeAction(const QString& name, QKeySequence::StandardKey key);
    void createActions();
    void createMenus();
    void createDocks();
    void retranslateUi();
    /// The pages after the designer, and how they follow the document.
    void createPages();
    /// Loads the project's dataset into the data page the first time it is shown.
    void showDataWhenVisible();
    /// Shows a run's model on the draw pad (after training, or from the run history).
    void sendRunToDrawPad(const QString& runDirectory, bool switchToPage);
    /// The designer's docks belong to the designer: other pages get the whole window.
    void showDesignerDocks(bool show);
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
    void readSettings();
    void writeSettings();

    ProjectDocument* document_ = nullptr;
    DesignerPage* designer_ = nullptr;
    DataPage* dataPage_ = nullptr;
    DrawPadPage* drawPad_ = nullptr;
    TrainingPage* trainingPage_ = nullptr;
    QList<QDockWidget*> parkedDocks_; ///< designer docks hidden while another page is shown
    QString dataShown_; ///< dataset the data page holds, to reload only when it changes
    QTabWidget* pages_ = nullptr;
    QToolBar* toolBar_ = nullptr;
    QMenu* fileMenu_ = nullptr;
    QMenu* recentMenu_ = nullptr;
    QMenu* editMenu_ = nullptr;
    QMenu* viewMenu_ = nullptr;
    QMenu* languageMenu_ = nullptr;
    QMenu* helpMenu_ = nullptr;
    QDockWidget* paletteDock_ = nullptr;
    QDockWidget* propertiesDock_ = nullptr;
    QDockWidget* problemsDock_ = nullptr;
    QDockWidget* summaryDock_ = nullptr;
    QDockWidget* historyDock_ = nullptr;
    QUndoView* historyView_ = nullptr;
    QLabel* validityLabel_ = nullptr;
    QLabel* paramsLabel_ = nullptr;
    QLabel* macsLabel_ = nullptr;
    QTimer* autosaveTimer_ = nullptr;
};

} // namespace netsmith::ui
