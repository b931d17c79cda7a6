#pragma once
// LayerPalette: every layer kind of the registry, by category, with a search field and the
// layer's help as tooltip. Drag an entry onto the canvas, or activate it (double-click or
// Enter) to append it after the selected layer.
#include <QWidget>

class QLineEdit;
class QTreeWidgetItem;

namespace netsmith::ui {

class LayerTree;

class LayerPalette : public QWidget
{
    Q_OBJECT
public:
    explicit LayerPalette(QWidget* parent = nullptr);

    LayerTree* tree() const { return tree_; }
    QLineEdit* searchField() const { return search_; }
    /// The tree entry of a kind (for tests and keyboard navigation).
    QTreeWidgetItem* itemForKind(const QString& kind) const;

Q_SIGNALS:
    void layerActivated(const QString& kind);

protected:
    void changeEvent(QEvent* event) override;

private:
    void populate();
    void applyFilter(const QString& text);

    QLineEdit* search_ = nullptr;
    LayerTree* tree_ = nullptr;
};

} // namespace netsmith::ui
