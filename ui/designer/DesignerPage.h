#pragma once
// DesignerPage: the model designer — the canvas in the middle, plus the palette, property
// editor, problems list and summary that the main window docks around it. It turns menu
// commands (cut, copy, paste, delete, zoom, arrange, export) into canvas and document
// operations.
#include <QWidget>

namespace netsmith::ui {

class DesignerScene;
class DesignerView;
class LayerPalette;
class ModelSummaryView;
class ProblemsPanel;
class ProjectDocument;
class PropertyEditor;

class DesignerPage : public QWidget
{
    Q_OBJECT
public:
    explicit DesignerPage(ProjectDocument* document, QWidget* parent = nullptr);

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
    void zoomIn();
    void zoomOut();
    void fitToView();
    /// PNG or SVG by suffix.
    bool exportDiagram(const QString& path, QString* error);
    /// Selects a layer and scrolls it into view (from the problems list or the summary).
    void showNode(int nodeId);

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void onSelectionChanged();

    ProjectDocument* document_;
    DesignerScene* scene_;
    DesignerView* view_;
    LayerPalette* palette_;
    PropertyEditor* properties_;
    ProblemsPanel* problems_;
    ModelSummaryView* summary_;
    int pasteCount_ = 0;
};

} // namespace netsmith::ui
