#pragma once
// DesignerPage: the model designer — the canvas in the middle, plus its own docks (palette,
// property editor, problems list, summary, undo history), its toolbar (Delete, Arrange, Zoom,
// Fit) and its editing commands, which the main window shows only while this page is active.
// It turns those commands (cut, copy, paste, delete, zoom, arrange, export) into canvas and
// document operations.
#include "WorkbenchPage.h"

#include <QWidget>

class QUndoView;

namespace netsmith::ui {

class DesignerScene;
class DesignerView;
class LayerPalette;
class ModelSummaryView;
class ProblemsPanel;
class ProjectDocument;
class PropertyEditor;

class DesignerPage : public QWidget, public WorkbenchPage
{
    Q_OBJECT
public:
    /// The designer's commands, reached by member rather than by name.
    struct Actions
    {
        QAction* cut = nullptr;
        QAction* copy = nullptr;
        QAction* paste = nullptr;
        QAction* duplicate = nullptr;
        QAction* deleteSelection = nullptr;
        QAction* selectAll = nullptr;
        QAction* connectLayers = nullptr;
        QAction* arrange = nullptr;
        QAction* arrangeLeftToRight = nullptr;
        QAction* zoomIn = nullptr;
        QAction* zoomOut = nullptr;
        QAction* fit = nullptr;
        QAction* focusPalette = nullptr;
    };

    explicit DesignerPage(ProjectDocument* document, QWidget* parent = nullptr);

    const Actions& commands() const { return actions_; }
    QToolBar* toolBar() const { return toolBar_; }
    QDockWidget* paletteDock() const { return paletteDock_; }
    QDockWidget* propertiesDock() const { return propertiesDock_; }
    QDockWidget* problemsDock() const { return problemsDock_; }
    QDockWidget* summaryDock() const { return summaryDock_; }
    QDockWidget* historyDock() const { return historyDock_; }

    // WorkbenchPage
    QWidget* widget() override { return this; }
    QString title() const override;
    QList<QToolBar*> toolBars() const override { return {toolBar_}; }
    QList<QDockWidget*> dockWidgets() const override;
    DockPlace dockPlace(const QDockWidget* dock) const override;
    QList<QAction*> editActions() const override;
    QList<QAction*> viewActions() const override;

    ProjectDocument* document() const { return document_; }
    DesignerScene* scene() const { return scene_; }
    DesignerView* view() const { return view_; }
    // Side panels: created here, docked by the main window.
    LayerPalette* palette() const { return palette_; }
    PropertyEditor* propertyEditor() const { return properties_; }
    ProblemsPanel* problemsPanel() const { return problems_; }
    ModelSummaryView* summaryView() const { return summary_; }

    /// Appends a layer after the selected one (or after the last layer), connected, and
    /// selects it.
    int appendLayer(const QString& kind);
    void deleteSelection();
    void copySelection();
    void cutSelection();
    void paste();
    void duplicateSelection();
    void selectAll();
    /// Connects two selected layers, upper to lower: wiring without the mouse.
    void connectSelection();
    void arrange();
    void arrangeLeftToRight();
    void zoomIn();
    void zoomOut();
    void fitToView();
    /// PNG or SVG by suffix.
    bool exportDiagram(const QString& path, QString* error);
    /// Selects a layer and scrolls it into view (from the problems list or the summary).
    void showNode(int nodeId);
    /// What F1 explains here: the layer kind under the palette's cursor while the palette has
    /// the focus, else the selected layer's kind. False when neither is there.
    bool contextHelp(QString* title, QString* text) const;

Q_SIGNALS:
    void statusMessage(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void createToolBar();
    void createDocks();
    void retranslateUi();
    QAction* separator();
    void onSelectionChanged();

    ProjectDocument* document_;
    DesignerScene* scene_;
    DesignerView* view_;
    LayerPalette* palette_;
    PropertyEditor* properties_;
    ProblemsPanel* problems_;
    ModelSummaryView* summary_;
    Actions actions_;
    QAction* editSeparator_ = nullptr; ///< menu separators, shown and hidden with the commands
    QAction* viewSeparator_ = nullptr;
    QToolBar* toolBar_ = nullptr;
    QUndoView* historyView_ = nullptr;
    QDockWidget* paletteDock_ = nullptr;
    QDockWidget* propertiesDock_ = nullptr;
    QDockWidget* problemsDock_ = nullptr;
    QDockWidget* summaryDock_ = nullptr;
    QDockWidget* historyDock_ = nullptr;
    int pasteCount_ = 0;
};

} // namespace netsmith::ui
