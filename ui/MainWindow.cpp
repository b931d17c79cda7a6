#include "MainWindow.h"

#include "Icons.h"
#include "Localization.h"
#include "PageSwitcher.h"
#include "ProjectDocument.h"
#include "Theme.h"
#include "data/DataPage.h"
#include "deploy/ExportDialog.h"
#include "designer/DesignerPage.h"
#include "designer/NewProjectDialog.h"
#include "designer/RecoveryFile.h"
#include "drawpad/DrawPadPage.h"
#include "help/HelpPopup.h"
#include "start/LastSession.h"
#include "start/RecentProjects.h"
#include "start/StartPage.h"
#include "training/TrainingController.h"
#include "training/TrainingPage.h"
#include "training/TrainingSettingsForm.h"
#include "graph/NumberFormat.h"

#include <QAbstractButton>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QScreen>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

namespace netsmith::ui {

namespace {

constexpr int kAutosaveMilliseconds = 60 * 1000;

QString projectFilter()
{
    return QCoreApplication::translate("MainWindow", "Netsmith projects (*.netsmith)");
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , document_(new ProjectDocument(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(Icons::application());
    setAcceptDrops(true);
    // The default project: the seed CNN on the bundled digits.
    QString error;
    document_->load(QStringLiteral("seed-cnn"), &error);

    pages_ = new QTabWidget(this);
    pages_->setDocumentMode(true);
    // The tabs' stack would ask for the widest page's minimum (the draw pad's, ~1,000 px) on
    // every page, leaving the designer's docks no room to be their size: each page lays out in
    // what the window gives it instead.
    pages_->setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    setCentralWidget(pages_);
    createActions();
    createMenus();
    pageSwitcher_ = new PageSwitcher(this, pages_, editMenu_, viewMenu_, viewPageSeparator_);
    createPages();
    setPageIcons();
    applyToolButtonStyle();

    validityLabel_ = new QLabel(this);
    paramsLabel_ = new QLabel(this);
    macsLabel_ = new QLabel(this);
    statusBar()->addPermanentWidget(validityLabel_);
    statusBar()->addPermanentWidget(paramsLabel_);
    statusBar()->addPermanentWidget(macsLabel_);

    connect(document_, &ProjectDocument::projectNameChanged, this, &MainWindow::updateTitle);
    connect(document_, &ProjectDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(document_, &ProjectDocument::modifiedChanged, this, &QWidget::setWindowModified);
    connect(document_, &ProjectDocument::analysisChanged, this, &MainWindow::updateStatus);
    connect(designer_, &DesignerPage::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });

    autosaveTimer_ = new QTimer(this);
    autosaveTimer_->setInterval(kAutosaveMilliseconds);
    connect(autosaveTimer_, &QTimer::timeout, this, &MainWindow::autosave);
    autosaveTimer_->start();

    // Nine tenths of the screen it opens on (a saved geometry replaces this in readSettings).
    const QSize available = (screen() ? screen()->availableGeometry().size() : QSize(1400, 900));
    resize(available.boundedTo(QSize(2000, 1250)) * 0.9);
    retranslateUi();
    // The saved layout holds every page's parts as the user left them (closeEvent); restore
    // it over all of them, then keep only the current page's in view.
    pageSwitcher_->showAllParts();
    readSettings();
    pageSwitcher_->followTabs();
    designer_->fitToView();
    // Every start begins on the start page; "continue" goes back to where the user was. The
    // draw pad gets the last session's run at once: it is one click from use.
    pages_->setCurrentWidget(startPage_);
    const LastSession last = LastSession::read();
    if (QFileInfo(last.runDirectory).isDir())
        QTimer::singleShot(0, this, [this, run = last.runDirectory] {
            if (!drawPad_->model())
                sendRunToDrawPad(run, false);
        });
    if (RecoveryFile::exists())
        QTimer::singleShot(0, this, &MainWindow::offerRecovery);
}

MainWindow::~MainWindow()
{
    // The document is a child and dies after this body; its undo stack's last signals must
    // not reach a half-destroyed window.
    disconnect(document_->undoStack(), nullptr, this, nullptr);
    disconnect(document_, nullptr, this, nullptr);
    disconnect(pages_, nullptr, pageSwitcher_, nullptr);
}

QString MainWindow::runsRoot() const
{
    // Runs outlive the folder the app was started from.
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/runs");
}

void MainWindow::createPages()
{
    startPage_ = new StartPage(this);
    startPage_->setDocument(document_);
    startPage_->setRunsRoot(runsRoot());
    addPage(startPage_);
    designer_ = new DesignerPage(document_, this);
    addPage(designer_);
    dataPage_ = new DataPage(this);
    dataPage_->setDocument(document_);
    addPage(dataPage_);
    trainingPage_ = new TrainingPage(this);
    trainingPage_->setRunsRoot(runsRoot());
    trainingPage_->setDocument(document_);
    addPage(trainingPage_);
    drawPad_ = new DrawPadPage(this);
    addPage(drawPad_);

    connect(trainingPage_, &TrainingPage::openProjectRequested, this,
            [this](const QString& path) { openFile(path); });
    connect(trainingPage_, &TrainingPage::drawPadRequested, this,
            [this](const QString& run) { sendRunToDrawPad(run, true); });
    connect(trainingPage_, &TrainingPage::exportRequested, this, [this](const QString& run) {
        TrainedModel model;
        QString error;
        if (!TrainedModel::loadRun(run, &model, &error)) {
            QMessageBox::warning(this, tr("Export Model"), error);
            return;
        }
        openExportDialog(model);
    });
    connect(drawPad_, &DrawPadPage::exportRequested, this, &MainWindow::exportModelDialog);
    connect(dataPage_, &DataPage::datasetLoaded, this, [this](const QString& name) {
        startPage_->setLoadedDataset(name, dataPage_->splits().train.size() + dataPage_->splits().test.size());
    });
    connect(startPage_, &StartPage::stepRequested, this, [this](WorkflowStatus::Step step) { goToStep(step); });
    connect(startPage_, &StartPage::openProjectRequested, this, [this](const QString& path) {
        if (openFile(path))
            pages_->setCurrentWidget(designer_);
    });
    connect(startPage_, &StartPage::presetRequested, this, [this](const QString& preset) {
        if (!maybeSave())
            return;
        QString error;
        if (document_->load(preset, &error))
            pages_->setCurrentWidget(designer_);
        else
            QMessageBox::warning(this, tr("New Project"), error);
    });
    connect(startPage_, &StartPage::continueRequested, this, &MainWindow::continueLastSession);
    connect(trainingPage_->controller(), &TrainingController::finished, this,
            [this](const TrainingResult& result, const QString& run) {
                if (result.ok())
                    sendRunToDrawPad(run, false);
            });
}

void MainWindow::goToStep(int step)
{
    switch (WorkflowStatus::Step(step)) {
    case WorkflowStatus::Data: pages_->setCurrentWidget(dataPage_); break;
    case WorkflowStatus::Design: pages_->setCurrentWidget(designer_); break;
    case WorkflowStatus::Train:
        pages_->setCurrentWidget(trainingPage_);
        trainingPage_->tabs()->setCurrentIndex(0);
        break;
    case WorkflowStatus::Evaluate:
        pages_->setCurrentWidget(trainingPage_);
        trainingPage_->tabs()->setCurrentIndex(1);
        break;
    case WorkflowStatus::Deploy: {
        // The project's latest run, as the start page's card says.
        TrainedModel model;
        QString error;
        const QString run = WorkflowStatus::latestRun(runsRoot(), document_->project().name);
        if (run.isEmpty() || !TrainedModel::loadRun(run, &model, &error)) {
            exportModelDialog();
            break;
        }
        openExportDialog(model);
        startPage_->refresh();
        break;
    }
    }
}

void MainWindow::continueLastSession()
{
    const LastSession last = LastSession::read();
    if (QFileInfo(last.projectPath).isFile() && QFileInfo(last.projectPath).absoluteFilePath() != document_->filePath() &&
        !openFile(last.projectPath))
        return;
    if (QFileInfo(last.runDirectory).isDir())
        sendRunToDrawPad(last.runDirectory, false);
    if (last.page >= 0 && last.page < pages_->count() && pages_->widget(last.page) != startPage_)
        pages_->setCurrentIndex(last.page);
    else
        pages_->setCurrentWidget(designer_);
}

void MainWindow::sendRunToDrawPad(const QString& runDirectory, bool switchToPage)
{
    QString error;
    if (!drawPad_->loadRun(runDirectory, &error)) {
        statusBar()->showMessage(error, 8000);
        return;
    }
    statusBar()->showMessage(tr("The draw pad now uses the model of %1").arg(runDirectory), 8000);
    if (switchToPage)
        pages_->setCurrentWidget(drawPad_);
}

void MainWindow::exportModelDialog()
{
    if (const TrainedModel* model = drawPad_->model()) {
        openExportDialog(*model);
        return;
    }
    QMessageBox::information(this, tr("Export Model"),
                             tr("There is no trained model yet. Train one on the Train page, or open a run on the "
                                "Draw & predict page or in the run history, then export it."));
}

void MainWindow::openExportDialog(const TrainedModel& model)
{
    // Runs live in the application's data folder; exports are the user's files.
    ExportDialog dialog(model, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), this);
    dialog.exec();
}

void MainWindow::addPage(WorkbenchPage* page)
{
    pageSwitcher_->addPage(page);
}

WorkbenchPage* MainWindow::activePage() const
{
    return pageSwitcher_->activePage();
}

QAction* MainWindow::makeAction(const QString& name, const QKeySequence& shortcut)
{
    auto* a = new QAction(this);
    a->setObjectName(name); // for debugging and saved layouts; code uses the typed members
    if (!shortcut.isEmpty())
        a->setShortcut(shortcut);
    return a;
}

QAction* MainWindow::makeAction(const QString& name, QKeySequence::StandardKey key)
{
    QAction* a = makeAction(name);
    a->setShortcuts(key);
    return a;
}

void MainWindow::createActions()
{
    Actions& a = actions_;
    a.newProject = makeAction(QStringLiteral("new"), QKeySequence::New);
    a.open = makeAction(QStringLiteral("open"), QKeySequence::Open);
    a.save = makeAction(QStringLiteral("save"), QKeySequence::Save);
    a.saveAs = makeAction(QStringLiteral("saveAs"), QKeySequence::SaveAs);
    a.exportDiagram = makeAction(QStringLiteral("exportDiagram"), QKeySequence(Qt::CTRL | Qt::Key_E));
    a.exportModel = makeAction(QStringLiteral("exportModel"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    a.quit = makeAction(QStringLiteral("quit"), QKeySequence::Quit);
    connect(a.newProject, &QAction::triggered, this, &MainWindow::newProject);
    connect(a.open, &QAction::triggered, this, &MainWindow::openDialog);
    connect(a.save, &QAction::triggered, this, &MainWindow::save);
    connect(a.saveAs, &QAction::triggered, this, &MainWindow::saveAsDialog);
    connect(a.exportDiagram, &QAction::triggered, this, &MainWindow::exportDiagramDialog);
    connect(a.exportModel, &QAction::triggered, this, &MainWindow::exportModelDialog);
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    a.newProject->setIcon(Icons::themed("document-new"));
    a.open->setIcon(Icons::themed("document-open"));
    a.save->setIcon(Icons::themed("document-save"));
    a.saveAs->setIcon(Icons::themed("document-save-as"));
    a.exportDiagram->setIcon(Icons::bundled("export-diagram"));
    a.exportModel->setIcon(Icons::bundled("export-model"));
    a.quit->setIcon(Icons::themed("application-exit"));

    // Undo and redo belong to the document, whichever page made the edit.
    QUndoStack* stack = document_->undoStack();
    a.undo = makeAction(QStringLiteral("undo"), QKeySequence::Undo);
    a.redo = makeAction(QStringLiteral("redo"), QKeySequence::Redo);
    connect(a.undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(a.redo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canUndoChanged, a.undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, a.redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this, &MainWindow::retranslateUndoActions);
    connect(stack, &QUndoStack::redoTextChanged, this, &MainWindow::retranslateUndoActions);
    a.undo->setEnabled(stack->canUndo());
    a.redo->setEnabled(stack->canRedo());
    a.undo->setIcon(Icons::themed("edit-undo"));
    a.redo->setIcon(Icons::themed("edit-redo"));

    // From any page straight to the canvas.
    a.focusCanvas = makeAction(QStringLiteral("focusCanvas"), QKeySequence(Qt::Key_F6));
    connect(a.focusCanvas, &QAction::triggered, this, [this] {
        pages_->setCurrentWidget(designer_);
        designer_->setFocus();
    });
    a.focusCanvas->setIcon(Icons::bundled("page-design"));
    a.about = makeAction(QStringLiteral("about"));
    a.about->setIcon(Icons::themed("help-about"));
    a.contextHelp = makeAction(QStringLiteral("contextHelp"), QKeySequence::HelpContents);
    a.contextHelp->setIcon(Icons::themed("help-contents"));
    connect(a.contextHelp, &QAction::triggered, this, &MainWindow::showContextHelp);
    a.shortcuts = makeAction(QStringLiteral("shortcuts"));
    a.shortcuts->setIcon(Icons::themed("preferences-desktop-keyboard-shortcuts", "keyboard-shortcuts"));
    connect(a.shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    a.iconsOnly = makeAction(QStringLiteral("iconsOnly"));
    a.iconsOnly->setCheckable(true);
    a.iconsOnly->setChecked(QSettings().value(QStringLiteral("window/iconsOnly"), false).toBool());
    connect(a.iconsOnly, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("window/iconsOnly"), on);
        applyToolButtonStyle();
    });
    // The theme applies to the whole application at once, and is remembered.
    auto* themes = new QActionGroup(this);
    a.themeSystem = makeAction(QStringLiteral("themeSystem"));
    a.themeLight = makeAction(QStringLiteral("themeLight"));
    a.themeDark = makeAction(QStringLiteral("themeDark"));
    const Theme::Kind saved = Theme::fromKey(QSettings().value(QStringLiteral("window/theme")).toString());
    for (auto [action, kind] : {std::pair{a.themeSystem, Theme::Kind::System}, std::pair{a.themeLight, Theme::Kind::Light},
                                std::pair{a.themeDark, Theme::Kind::Dark}}) {
        action->setCheckable(true);
        action->setChecked(kind == saved);
        themes->addAction(action);
        connect(action, &QAction::triggered, this, [kind] {
            Theme::apply(kind);
            QSettings().setValue(QStringLiteral("window/theme"), Theme::key(kind));
        });
    }
    Theme::apply(saved);
    connect(a.about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Netsmith"),
                           tr("<b>Netsmith %1</b><p>Design neural networks visually, train them with LibTorch, "
                              "and test them on your own drawings.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });

    auto* languages = new QActionGroup(this);
    a.languageEnglish = makeAction(QStringLiteral("languageEnglish"));
    a.languageChinese = makeAction(QStringLiteral("languageChinese"));
    // Language names are written in their own language, so that anyone can find theirs.
    a.languageEnglish->setText(QStringLiteral("English"));
    a.languageChinese->setText(QStringLiteral("中文"));
    for (QAction* language : {a.languageEnglish, a.languageChinese}) {
        language->setCheckable(true);
        languages->addAction(language);
    }
    connect(a.languageEnglish, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("en")); });
    connect(a.languageChinese, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("zh_CN")); });
}

void MainWindow::createMenus()
{
    const Actions& a = actions_;
    fileMenu_ = menuBar()->addMenu(QString());
    fileMenu_->addActions({a.newProject, a.open});
    recentMenu_ = fileMenu_->addMenu(QString());
    fileMenu_->addSeparator();
    fileMenu_->addActions({a.save, a.saveAs, a.exportDiagram, a.exportModel});
    fileMenu_->addSeparator();
    fileMenu_->addAction(a.quit);

    // The pages add their commands after these (addPage).
    editMenu_ = menuBar()->addMenu(QString());
    editMenu_->addActions({a.undo, a.redo});
    editMenu_->addSeparator();

    viewMenu_ = menuBar()->addMenu(QString());
    viewPageSeparator_ = viewMenu_->addSeparator();
    viewMenu_->addAction(a.focusCanvas);
    viewMenu_->addSeparator(); // then the toolbar and dock toggles, the pages' after addPage
    viewMenu_->addAction(a.iconsOnly);
    themeMenu_ = viewMenu_->addMenu(QString());
    themeMenu_->addActions({a.themeSystem, a.themeLight, a.themeDark});

    languageMenu_ = menuBar()->addMenu(QString());
    languageMenu_->addActions({a.languageEnglish, a.languageChinese});

    helpMenu_ = menuBar()->addMenu(QString());
    helpMenu_->addActions({a.contextHelp, a.shortcuts});
    helpMenu_->addSeparator();
    helpMenu_->addAction(a.about);

    toolBar_ = addToolBar(QString());
    toolBar_->setObjectName(QStringLiteral("mainToolBar"));
    toolBar_->addActions({a.newProject, a.open, a.save});
    toolBar_->addSeparator();
    toolBar_->addActions({a.undo, a.redo});
    viewMenu_->addAction(toolBar_->toggleViewAction());
}

void MainWindow::retranslateUndoActions()
{
    QUndoStack* stack = document_->undoStack();
    actions_.undo->setText(stack->undoText().isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(stack->undoText()));
    actions_.redo->setText(stack->redoText().isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(stack->redoText()));
    // The toolbar keeps short labels so it does not jump as the undo text changes.
    actions_.undo->setIconText(tr("Undo"));
    actions_.redo->setIconText(tr("Redo"));
}

void MainWindow::retranslateUi()
{
    const auto set = [](QAction* a, const QString& text, const QString& tip = {}) {
        a->setText(text);
        a->setStatusTip(tip);
    };
    const Actions& a = actions_;
    set(a.newProject, tr("&New…"), tr("Start a new project from a preset or a blank one"));
    set(a.open, tr("&Open…"), tr("Open a Netsmith project"));
    set(a.save, tr("&Save"), tr("Save the project"));
    set(a.saveAs, tr("Save &As…"), tr("Save the project under a new name"));
    set(a.exportDiagram, tr("&Export Diagram…"), tr("Save the canvas as a PNG or SVG picture"));
    set(a.exportModel, tr("Export &Model…"),
        tr("Deploy the trained model (the draw pad's) as TorchScript, ONNX or PyTorch code"));
    set(a.quit, tr("&Quit"));
    set(a.focusCanvas, tr("Go to &Canvas"));
    set(a.about, tr("&About Netsmith"));
    set(a.contextHelp, tr("&Help on Selection"),
        tr("Explain the layer selected on the canvas or the training setting that has the focus"));
    set(a.shortcuts, tr("&Keyboard Shortcuts"), tr("List every command that has a key"));
    set(a.iconsOnly, tr("&Icons Only"), tr("Show toolbar buttons without their text"));
    set(a.themeSystem, tr("&System"), tr("The desktop's style and colours"));
    set(a.themeLight, tr("&Light"), tr("Light colours in Qt's Fusion style, on any desktop"));
    set(a.themeDark, tr("&Dark"), tr("Dark colours in Qt's Fusion style, on any desktop"));
    themeMenu_->setTitle(tr("&Theme"));
    retranslateUndoActions();
    fileMenu_->setTitle(tr("&File"));
    recentMenu_->setTitle(tr("Open &Recent"));
    editMenu_->setTitle(tr("&Edit"));
    viewMenu_->setTitle(tr("&View"));
    languageMenu_->setTitle(tr("&Language"));
    helpMenu_->setTitle(tr("&Help"));
    toolBar_->setWindowTitle(tr("Main toolbar"));
    pageSwitcher_->retitle();
    const bool chinese = Localization::currentLanguage().startsWith(QLatin1String("zh"));
    a.languageChinese->setChecked(chinese);
    a.languageEnglish->setChecked(!chinese);
    updateRecentMenu();
    updateTitle();
    updateStatus();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::setLanguage(const QString& language)
{
    Localization::install(language);
    QSettings().setValue(QStringLiteral("language"), Localization::currentLanguage());
    // Localization sends LanguageChange to every widget; this also covers a no-op switch.
    retranslateUi();
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — Netsmith").arg(document_->displayName()));
    setWindowFilePath(document_->filePath());
    setWindowModified(document_->isModified());
}

void MainWindow::updateStatus()
{
    if (!validityLabel_)
        return;
    const GraphAnalysis& analysis = document_->analysis();
    if (analysis.valid()) {
        validityLabel_->setText(tr("✓ Valid model"));
        validityLabel_->setStyleSheet(QStringLiteral("color: #2e7d32;"));
        validityLabel_->setToolTip(QString());
    } else {
        validityLabel_->setText(tr("⚠ Problems: %1").arg(std::max<size_t>(1, analysis.problems.size())));
        validityLabel_->setStyleSheet(QStringLiteral("color: #c62828;"));
        validityLabel_->setToolTip(analysis.problemText());
    }
    paramsLabel_->setText(tr("Parameters: %1").arg(formatCount(document_->cost().totalParams())));
    macsLabel_->setText(tr("MACs: %1").arg(formatCount(document_->cost().macsPerSample)));
}

// ---- Files ----

bool MainWindow::maybeSave()
{
    if (!document_->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"), tr("\"%1\" has unsaved changes. Save them first?").arg(document_->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::newProject()
{
    if (!maybeSave())
        return;
    NewProjectDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString preset = dialog.chosenPreset();
    if (preset.isEmpty()) {
        document_->reset(ProjectDocument::blankProject());
    } else {
        QString error;
        if (!document_->load(preset, &error))
            QMessageBox::warning(this, tr("New Project"), error);
    }
}

bool MainWindow::openFile(const QString& path, QString* error)
{
    if (!maybeSave())
        return false;
    QString why;
    if (!document_->load(path, &why)) {
        if (error)
            *error = why;
        else
            QMessageBox::warning(this, tr("Cannot open project"), why);
        statusBar()->showMessage(why, 10000);
        return false;
    }
    addRecentFile(path);
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QString(), projectFilter());
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::saveTo(const QString& path, QString* error)
{
    QString why;
    if (!document_->save(path, &why)) {
        if (error)
            *error = why;
        else
            QMessageBox::warning(this, tr("Cannot save project"), why);
        return false;
    }
    RecoveryFile::remove();
    addRecentFile(path);
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MainWindow::save()
{
    if (document_->filePath().isEmpty())
        return saveAsDialog();
    return saveTo(document_->filePath());
}

bool MainWindow::saveAsDialog()
{
    QString suggested = document_->filePath();
    if (suggested.isEmpty())
        suggested = document_->displayName() + QStringLiteral(".netsmith");
    QString path = QFileDialog::getSaveFileName(this, tr("Save Project As"), suggested, projectFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".netsmith");
    return saveTo(path);
}

void MainWindow::exportDiagramDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Diagram"),
                                                      document_->displayName() + QStringLiteral(".png"),
                                                      tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    QString error;
    if (designer_->exportDiagram(path, &error))
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 5000);
    else
        QMessageBox::warning(this, tr("Export Diagram"), error);
}

void MainWindow::addRecentFile(const QString& path)
{
    RecentProjects::add(path);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    if (startPage_)
        startPage_->refresh(); // its recent projects too
    if (!recentMenu_)
        return;
    recentMenu_->clear();
    const QStringList files = RecentProjects::list();
    for (int i = 0; i < files.size(); ++i) {
        QAction* a = recentMenu_->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(files[i])));
        const QString file = files[i];
        connect(a, &QAction::triggered, this, [this, file] { openFile(file); });
    }
    if (files.isEmpty())
        recentMenu_->addAction(tr("No recent projects"))->setEnabled(false);
    else {
        recentMenu_->addSeparator();
        connect(recentMenu_->addAction(tr("&Clear List")), &QAction::triggered, this, [this] {
            RecentProjects::clear();
            updateRecentMenu();
        });
    }
}

void MainWindow::autosave()
{
    if (!document_->isModified())
        return;
    QString error;
    if (!RecoveryFile::write(document_->project(), document_->filePath(), &error))
        statusBar()->showMessage(tr("Autosave failed: %1").arg(error), 8000);
}

bool MainWindow::offerRecovery()
{
    if (!RecoveryFile::exists())
        return false;
    RecoveryFile::Contents contents;
    QString error;
    Q_EMIT recoveryOffered();
    if (!RecoveryFile::read(&contents, &error)) {
        QMessageBox::warning(this, tr("Recover unsaved work"),
                             tr("A recovery file was found but cannot be read:\n%1").arg(error));
        RecoveryFile::remove();
        return false;
    }
    const QString from = contents.originalPath.isEmpty() ? tr("an unsaved project")
                                                          : QDir::toNativeSeparators(contents.originalPath);
    const auto answer = QMessageBox::question(
        this, tr("Recover unsaved work"),
        tr("Netsmith did not close normally. Recover the unsaved changes to %1 (autosaved %2)?")
            .arg(from, QLocale().toString(contents.savedAt.toLocalTime(), QLocale::ShortFormat)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    RecoveryFile::remove();
    if (answer != QMessageBox::Yes)
        return false;
    document_->reset(contents.project, contents.originalPath);
    // Recovered work is not saved anywhere yet: keep it marked as modified.
    document_->undoStack()->resetClean();
    setWindowModified(true);
    statusBar()->showMessage(tr("Recovered unsaved work; save it to keep it."), 10000);
    return true;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    LastSession last;
    last.projectPath = document_->filePath();
    last.runDirectory = drawPad_->model() ? drawPad_->model()->source : QString();
    last.page = pages_->currentIndex();
    last.write();
    // Save the layout with every page's parts as the user left them, not just the current page's.
    pageSwitcher_->showAllParts();
    writeSettings();
    RecoveryFile::remove();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".netsmith"))) {
            event->acceptProposedAction();
            return;
        }
    event->ignore();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".netsmith"))) {
            event->acceptProposedAction();
            // Open after the drop returns, so a message box does not run inside the drag.
            const QString path = url.toLocalFile();
            QTimer::singleShot(0, this, [this, path] { openFile(path); });
            return;
        }
}

void MainWindow::applyToolButtonStyle()
{
    const Qt::ToolButtonStyle style =
        actions_.iconsOnly->isChecked() ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextBesideIcon;
    setToolButtonStyle(style); // toolbars added later follow the window
    // The pages' toolbars were added to the window (addToolBar makes it their parent).
    for (QToolBar* bar : findChildren<QToolBar*>())
        bar->setToolButtonStyle(style);
}

void MainWindow::setPageIcons()
{
    const auto icon = [this](QWidget* page, const char* name) {
        const int index = pages_->indexOf(page);
        if (index >= 0)
            pages_->setTabIcon(index, Icons::bundled(name));
    };
    icon(startPage_, "page-start");
    icon(designer_, "page-design");
    icon(dataPage_, "page-data");
    icon(trainingPage_, "page-train");
    icon(drawPad_, "page-draw");
    // The Train page's tabs: charts, evaluation, run history.
    QTabWidget* trainTabs = trainingPage_->tabs();
    const char* trainIcons[] = {"page-train", "page-evaluate", "run-history"};
    for (int i = 0; i < trainTabs->count() && i < 3; ++i)
        trainTabs->setTabIcon(i, Icons::bundled(trainIcons[i]));
}

void MainWindow::showContextHelp()
{
    // The focused setting first (it is what the person is looking at), then the designer's
    // selection, then any widget that carries a What's This. The popup keeps the source, not
    // the words, so that a language switch says it again.
    QString title;
    QString text;
    TrainingSettingsForm* form = trainingPage_->settingsForm();
    for (QWidget* w = QApplication::focusWidget(); w; w = w->parentWidget())
        if (form->isAncestorOf(w) && form->helpFor(w, &title, &text)) {
            HelpPopup::showHelp(this, [form, field = QPointer<QWidget>(w)](QString* t, QString* x) {
                return field && form->helpFor(field, t, x);
            });
            return;
        }
    if (activePage() == designer_ && designer_->contextHelp(&title, &text)) {
        HelpPopup::showHelp(this, [this](QString* t, QString* x) { return designer_->contextHelp(t, x); });
        return;
    }
    for (QWidget* w = QApplication::focusWidget(); w; w = w->parentWidget())
        if (!w->whatsThis().isEmpty()) {
            HelpPopup::showHelp(this, [widget = QPointer<QWidget>(w)](QString* t, QString* x) {
                if (!widget)
                    return false;
                *t = widget->accessibleName();
                *x = widget->whatsThis();
                return true;
            });
            return;
        }
    HelpPopup::showHelp(this, [this](QString* t, QString* x) {
        *t = tr("Help");
        *x = tr("<p>Select a layer on the Design page, or click into a training setting, and press "
                "%1 to read what it does.</p><p>Help &gt; Keyboard Shortcuts lists every key.</p>")
                 .arg(actions_.contextHelp->shortcut().toString(QKeySequence::NativeText));
        return true;
    });
}

QList<ShortcutsDialog::Group> MainWindow::shortcutGroups() const
{
    QList<ShortcutsDialog::Group> groups;
    // The window's own commands, under the menu they are in.
    const std::function<void(const QMenu*, ShortcutsDialog::Group&)> collect = [&](const QMenu* menu,
                                                                                   ShortcutsDialog::Group& group) {
        for (const QAction* a : menu->actions()) {
            if (a->menu())
                collect(a->menu(), group);
            else if (a->parent() == this && !a->shortcuts().isEmpty())
                group.rows << ShortcutsDialog::row(a);
        }
    };
    for (const QAction* top : menuBar()->actions())
        if (const QMenu* menu = top->menu()) {
            ShortcutsDialog::Group group{ShortcutsDialog::plainText(menu->title()), {}};
            collect(menu, group);
            groups << group;
        }
    // Then each page's: its menu commands, toolbar buttons and the keys its widgets bind.
    for (WorkbenchPage* page : pageSwitcher_->pages()) {
        ShortcutsDialog::Group group{page->title(), {}};
        QList<QAction*> actions = page->editActions() + page->viewActions();
        for (QToolBar* bar : page->toolBars())
            actions += bar->actions();
        actions += page->widget()->findChildren<QAction*>();
        QSet<const QAction*> seen;
        for (const QAction* a : std::as_const(actions))
            if (!a->isSeparator() && !a->shortcuts().isEmpty() && !seen.contains(a)) {
                seen.insert(a);
                group.rows << ShortcutsDialog::row(a);
            }
        for (const QAbstractButton* button : page->widget()->findChildren<QAbstractButton*>())
            if (!button->shortcut().isEmpty())
                group.rows << qMakePair(ShortcutsDialog::plainText(button->text()),
                                        button->shortcut().toString(QKeySequence::NativeText));
        groups << group;
    }
    return groups;
}

void MainWindow::showShortcuts()
{
    auto* dialog = findChild<ShortcutsDialog*>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog)
        dialog = new ShortcutsDialog([this] { return shortcutGroups(); }, this);
    dialog->refresh();
    dialog->show();
    dialog->raise();
}

void MainWindow::readSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::writeSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
}

} // namespace netsmith::ui
