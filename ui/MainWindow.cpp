#include "MainWindow.h"

#include "Localization.h"
#include "ProjectDocument.h"
#include "data/AugmentationPanel.h"
#include "data/DataPage.h"
#include "designer/DesignerPage.h"
#include "designer/DesignerView.h"
#include "designer/LayerPalette.h"
#include "designer/ModelSummaryView.h"
#include "designer/NewProjectDialog.h"
#include "designer/ProblemsPanel.h"
#include "designer/PropertyEditor.h"
#include "designer/RecoveryFile.h"
#include "drawpad/DrawPadPage.h"
#include "training/TrainingController.h"
#include "training/TrainingPage.h"
#include "graph/NumberFormat.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>

namespace netsmith::ui {

namespace {

constexpr int kMaxRecentFiles = 8;
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
    setAcceptDrops(true);
    // The default project: the seed CNN on the bundled digits.
    QString error;
    document_->load(QStringLiteral("seed-cnn"), &error);

    designer_ = new DesignerPage(document_, this);
    pages_ = new QTabWidget(this);
    pages_->setDocumentMode(true);
    pages_->addTab(designer_, QString());
    setCentralWidget(pages_);
    createPages();

    createActions();
    createMenus();
    createDocks();

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

    resize(1400, 900);
    retranslateUi();
    readSettings();
    designer_->fitToView();
    if (RecoveryFile::exists())
        QTimer::singleShot(0, this, &MainWindow::offerRecovery);
}

MainWindow::~MainWindow()
{
    // The document is a child and dies after this body; its undo stack's last signals must
    // not reach a half-destroyed window.
    disconnect(document_->undoStack(), nullptr, this, nullptr);
    disconnect(document_, nullptr, this, nullptr);
}

void MainWindow::createPages()
{
    dataPage_ = new DataPage(this);
    // The augmentation panel edits the project's own settings, which training runs.
    dataPage_->augmentationPanel()->setDocument(document_);
    addPage(dataPage_, QString());
    trainingPage_ = new TrainingPage(this);
    // Runs outlive the folder the app was started from.
    trainingPage_->setRunsRoot(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                               QStringLiteral("/runs"));
    addPage(trainingPage_, QString());
    drawPad_ = new DrawPadPage(this);
    addPage(drawPad_, QString());

    // The training page trains the document's project; its settings edits are undoable
    // document edits like any other.
    const auto syncTraining = [this] { trainingPage_->setProject(document_->project()); };
    syncTraining();
    connect(document_, &ProjectDocument::analysisChanged, this, syncTraining);
    connect(document_, &ProjectDocument::trainingSettingsChanged, this, syncTraining);
    connect(document_, &ProjectDocument::datasetChanged, this, syncTraining);
    connect(trainingPage_, &TrainingPage::trainingSettingsEdited, this,
            [this](const TrainingSettings& settings) { document_->setTrainingSettings(settings); });
    connect(trainingPage_, &TrainingPage::openProjectRequested, this,
            [this](const QString& path) { openFile(path); });
    connect(trainingPage_, &TrainingPage::drawPadRequested, this,
            [this](const QString& run) { sendRunToDrawPad(run, true); });
    connect(trainingPage_->controller(), &TrainingController::finished, this,
            [this](const TrainingResult& result, const QString& run) {
                if (result.ok())
                    sendRunToDrawPad(run, false);
            });
    // Loading data takes a moment: do it when someone looks, not at start-up.
    connect(pages_, &QTabWidget::currentChanged, this, &MainWindow::showDataWhenVisible);
    connect(pages_, &QTabWidget::currentChanged, this,
            [this] { showDesignerDocks(pages_->currentWidget() == designer_); });
    connect(document_, &ProjectDocument::datasetChanged, this, &MainWindow::showDataWhenVisible);
    connect(document_, &ProjectDocument::graphReset, this, &MainWindow::showDataWhenVisible);
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

void MainWindow::showDesignerDocks(bool show)
{
    if (show) {
        for (QDockWidget* dock : std::as_const(parkedDocks_))
            dock->show();
        parkedDocks_.clear();
        return;
    }
    for (QDockWidget* dock : {paletteDock_, propertiesDock_, problemsDock_, summaryDock_, historyDock_})
        if (dock && dock->isVisible()) {
            dock->hide();
            parkedDocks_ << dock;
        }
}

void MainWindow::showDataWhenVisible()
{
    const QString dataset = document_->project().dataset;
    if (pages_->currentWidget() != dataPage_ || dataset == dataShown_ || dataPage_->isLoading())
        return;
    if (dataPage_->loadDataset(dataset))
        dataShown_ = dataset;
}

void MainWindow::addPage(QWidget* page, const QString& title)
{
    pages_->addTab(page, title);
}

QAction* MainWindow::action(const QString& objectName) const
{
    return findChild<QAction*>(objectName);
}

QAction* MainWindow::makeAction(const QString& name, const QKeySequence& shortcut)
{
    auto* a = new QAction(this);
    a->setObjectName(name);
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
    connect(makeAction(QStringLiteral("new"), QKeySequence::New), &QAction::triggered, this, &MainWindow::newProject);
    connect(makeAction(QStringLiteral("open"), QKeySequence::Open), &QAction::triggered, this, &MainWindow::openDialog);
    connect(makeAction(QStringLiteral("save"), QKeySequence::Save), &QAction::triggered, this, &MainWindow::save);
    connect(makeAction(QStringLiteral("saveAs"), QKeySequence::SaveAs), &QAction::triggered, this,
            &MainWindow::saveAsDialog);
    connect(makeAction(QStringLiteral("exportDiagram"), QKeySequence(Qt::CTRL | Qt::Key_E)), &QAction::triggered,
            this, &MainWindow::exportDiagramDialog);
    connect(makeAction(QStringLiteral("quit"), QKeySequence::Quit), &QAction::triggered, this, &QWidget::close);

    QUndoStack* stack = document_->undoStack();
    QAction* undo = makeAction(QStringLiteral("undo"), QKeySequence::Undo);
    QAction* redo = makeAction(QStringLiteral("redo"), QKeySequence::Redo);
    connect(undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(redo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this, &MainWindow::retranslateUi);
    connect(stack, &QUndoStack::redoTextChanged, this, &MainWindow::retranslateUi);
    undo->setEnabled(stack->canUndo());
    redo->setEnabled(stack->canRedo());

    connect(makeAction(QStringLiteral("cut"), QKeySequence::Cut), &QAction::triggered, designer_,
            &DesignerPage::cutSelection);
    connect(makeAction(QStringLiteral("copy"), QKeySequence::Copy), &QAction::triggered, designer_,
            &DesignerPage::copySelection);
    connect(makeAction(QStringLiteral("paste"), QKeySequence::Paste), &QAction::triggered, designer_,
            &DesignerPage::paste);
    connect(makeAction(QStringLiteral("duplicate"), QKeySequence(Qt::CTRL | Qt::Key_D)), &QAction::triggered,
            designer_, &DesignerPage::duplicateSelection);
    QAction* del = makeAction(QStringLiteral("delete"));
    del->setShortcuts(QKeySequence::keyBindings(QKeySequence::Delete) << QKeySequence(Qt::Key_Backspace));
    connect(del, &QAction::triggered, designer_, &DesignerPage::deleteSelection);
    connect(makeAction(QStringLiteral("selectAll"), QKeySequence::SelectAll), &QAction::triggered, designer_,
            &DesignerPage::selectAll);
    connect(makeAction(QStringLiteral("connect"), QKeySequence(Qt::CTRL | Qt::Key_L)), &QAction::triggered,
            designer_, &DesignerPage::connectSelection);
    connect(makeAction(QStringLiteral("arrange"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)),
            &QAction::triggered, designer_, &DesignerPage::arrange);
    connect(makeAction(QStringLiteral("zoomIn"), QKeySequence::ZoomIn), &QAction::triggered, designer_,
            &DesignerPage::zoomIn);
    connect(makeAction(QStringLiteral("zoomOut"), QKeySequence::ZoomOut), &QAction::triggered, designer_,
            &DesignerPage::zoomOut);
    connect(makeAction(QStringLiteral("fit"), QKeySequence(Qt::CTRL | Qt::Key_0)), &QAction::triggered, designer_,
            &DesignerPage::fitToView);
    connect(makeAction(QStringLiteral("focusPalette"), QKeySequence(Qt::CTRL | Qt::Key_K)), &QAction::triggered,
            this, [this] {
                paletteDock_->show();
                paletteDock_->raise();
                designer_->palette()->setFocus();
            });
    connect(makeAction(QStringLiteral("focusCanvas"), QKeySequence(Qt::Key_F6)), &QAction::triggered, this,
            [this] {
                pages_->setCurrentWidget(designer_);
                designer_->setFocus();
            });
    connect(makeAction(QStringLiteral("about")), &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Netsmith"),
                           tr("<b>Netsmith %1</b><p>Design neural networks visually, train them with LibTorch, "
                              "and test them on your own drawings.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });

    auto* languages = new QActionGroup(this);
    QAction* english = makeAction(QStringLiteral("languageEnglish"));
    QAction* chinese = makeAction(QStringLiteral("languageChinese"));
    // Language names are written in their own language, so that anyone can find theirs.
    english->setText(QStringLiteral("English"));
    chinese->setText(QStringLiteral("中文"));
    for (QAction* a : {english, chinese}) {
        a->setCheckable(true);
        languages->addAction(a);
    }
    connect(english, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("en")); });
    connect(chinese, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("zh_CN")); });
}

void MainWindow::createMenus()
{
    fileMenu_ = menuBar()->addMenu(QString());
    fileMenu_->addActions({action(QStringLiteral("new")), action(QStringLiteral("open"))});
    recentMenu_ = fileMenu_->addMenu(QString());
    fileMenu_->addSeparator();
    fileMenu_->addActions({action(QStringLiteral("save")), action(QStringLiteral("saveAs")),
                           action(QStringLiteral("exportDiagram"))});
    fileMenu_->addSeparator();
    fileMenu_->addAction(action(QStringLiteral("quit")));

    editMenu_ = menuBar()->addMenu(QString());
    editMenu_->addActions({action(QStringLiteral("undo")), action(QStringLiteral("redo"))});
    editMenu_->addSeparator();
    editMenu_->addActions({action(QStringLiteral("cut")), action(QStringLiteral("copy")),
                           action(QStringLiteral("paste")), action(QStringLiteral("duplicate")),
                           action(QStringLiteral("delete")), action(QStringLiteral("selectAll"))});
    editMenu_->addSeparator();
    editMenu_->addActions({action(QStringLiteral("connect")), action(QStringLiteral("arrange"))});

    viewMenu_ = menuBar()->addMenu(QString());
    viewMenu_->addActions({action(QStringLiteral("zoomIn")), action(QStringLiteral("zoomOut")),
                           action(QStringLiteral("fit"))});
    viewMenu_->addSeparator();
    viewMenu_->addActions({action(QStringLiteral("focusPalette")), action(QStringLiteral("focusCanvas"))});
    viewMenu_->addSeparator();

    languageMenu_ = menuBar()->addMenu(QString());
    languageMenu_->addActions({action(QStringLiteral("languageEnglish")), action(QStringLiteral("languageChinese"))});

    helpMenu_ = menuBar()->addMenu(QString());
    helpMenu_->addAction(action(QStringLiteral("about")));

    // Right-click on the canvas offers the editing commands that apply there.
    QWidget* canvas = designer_->view();
    for (const char* name : {"cut", "copy", "paste", "duplicate", "delete", "connect", "arrange", "fit"})
        canvas->addAction(action(QString::fromLatin1(name)));
    canvas->setContextMenuPolicy(Qt::ActionsContextMenu);

    toolBar_ = addToolBar(QString());
    toolBar_->setObjectName(QStringLiteral("mainToolBar"));
    toolBar_->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (const char* name : {"new", "open", "save", "", "undo", "redo", "", "delete", "arrange", "", "zoomIn",
                             "zoomOut", "fit"}) {
        if (*name)
            toolBar_->addAction(action(QString::fromLatin1(name)));
        else
            toolBar_->addSeparator();
    }
}

void MainWindow::createDocks()
{
    auto dock = [this](QWidget* content, const char* objectName, Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(this);
        d->setObjectName(QString::fromLatin1(objectName));
        d->setWidget(content);
        addDockWidget(area, d);
        viewMenu_->addAction(d->toggleViewAction());
        return d;
    };
    paletteDock_ = dock(designer_->palette(), "paletteDock", Qt::LeftDockWidgetArea);
    propertiesDock_ = dock(designer_->propertyEditor(), "propertiesDock", Qt::RightDockWidgetArea);
    historyView_ = new QUndoView(document_->undoStack());
    problemsDock_ = dock(designer_->problemsPanel(), "problemsDock", Qt::BottomDockWidgetArea);
    summaryDock_ = dock(designer_->summaryView(), "summaryDock", Qt::BottomDockWidgetArea);
    historyDock_ = dock(historyView_, "historyDock", Qt::BottomDockWidgetArea);
    tabifyDockWidget(problemsDock_, summaryDock_);
    tabifyDockWidget(summaryDock_, historyDock_);
    problemsDock_->raise();
    resizeDocks({paletteDock_, propertiesDock_}, {230, 320}, Qt::Horizontal);
    resizeDocks({problemsDock_}, {140}, Qt::Vertical);
}

void MainWindow::retranslateUi()
{
    const auto set = [this](const char* name, const QString& text, const QString& tip = {}) {
        if (QAction* a = action(QString::fromLatin1(name))) {
            a->setText(text);
            a->setStatusTip(tip);
        }
    };
    set("new", tr("&New…"), tr("Start a new project from a preset or a blank one"));
    set("open", tr("&Open…"), tr("Open a Netsmith project"));
    set("save", tr("&Save"), tr("Save the project"));
    set("saveAs", tr("Save &As…"), tr("Save the project under a new name"));
    set("exportDiagram", tr("&Export Diagram…"), tr("Save the canvas as a PNG or SVG picture"));
    set("quit", tr("&Quit"));
    QUndoStack* stack = document_->undoStack();
    set("undo", stack->undoText().isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(stack->undoText()));
    set("redo", stack->redoText().isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(stack->redoText()));
    // The toolbar keeps short labels so it does not jump as the undo text changes.
    action(QStringLiteral("undo"))->setIconText(tr("Undo"));
    action(QStringLiteral("redo"))->setIconText(tr("Redo"));
    set("cut", tr("Cu&t"));
    set("copy", tr("&Copy"));
    set("paste", tr("&Paste"));
    set("duplicate", tr("D&uplicate"));
    set("delete", tr("&Delete"), tr("Delete the selected layers and connections"));
    set("selectAll", tr("Select &All"));
    set("connect", tr("Co&nnect Selected Layers"), tr("Connect two selected layers, the upper one into the lower one"));
    set("arrange", tr("A&rrange Layers"), tr("Lay the network out from top to bottom"));
    set("zoomIn", tr("Zoom &In"));
    set("zoomOut", tr("Zoom &Out"));
    set("fit", tr("&Fit to Window"));
    set("focusPalette", tr("Go to &Palette"));
    set("focusCanvas", tr("Go to &Canvas"));
    set("about", tr("&About Netsmith"));
    if (fileMenu_) {
        fileMenu_->setTitle(tr("&File"));
        recentMenu_->setTitle(tr("Open &Recent"));
        editMenu_->setTitle(tr("&Edit"));
        viewMenu_->setTitle(tr("&View"));
        languageMenu_->setTitle(tr("&Language"));
        helpMenu_->setTitle(tr("&Help"));
        toolBar_->setWindowTitle(tr("Main toolbar"));
    }
    if (paletteDock_) {
        paletteDock_->setWindowTitle(tr("Layers"));
        propertiesDock_->setWindowTitle(tr("Properties"));
        historyDock_->setWindowTitle(tr("History"));
        problemsDock_->setWindowTitle(tr("Problems"));
        summaryDock_->setWindowTitle(tr("Summary"));
        historyView_->setEmptyLabel(tr("<opened project>"));
    }
    pages_->setTabText(0, tr("Design"));
    dataPage_->setWindowTitle(tr("Data"));
    trainingPage_->setWindowTitle(tr("Train"));
    drawPad_->setWindowTitle(tr("Draw && predict"));
    for (int i = 1; i < pages_->count(); ++i)
        if (!pages_->widget(i)->windowTitle().isEmpty())
            pages_->setTabText(i, pages_->widget(i)->windowTitle());
    const bool chinese = Localization::currentLanguage().startsWith(QLatin1String("zh"));
    action(QStringLiteral("languageChinese"))->setChecked(chinese);
    action(QStringLiteral("languageEnglish"))->setChecked(!chinese);
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
    QSettings settings;
    QStringList files = settings.value(QStringLiteral("recentFiles")).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), files);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    if (!recentMenu_)
        return;
    recentMenu_->clear();
    const QStringList files = QSettings().value(QStringLiteral("recentFiles")).toStringList();
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
            QSettings().remove(QStringLiteral("recentFiles"));
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
    showDesignerDocks(true); // save the layout the designer page had
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
