#pragma once
// NewProjectDialog: what a new project starts from — a blank project (one input layer) or
// one of the bundled presets, each shown with its size.
#include <QDialog>

class QLabel;
class QListWidget;

namespace netsmith::ui {

class NewProjectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewProjectDialog(QWidget* parent = nullptr);

    QListWidget* list() const { return list_; }
    /// The chosen preset's name, or empty for a blank project.
    QString chosenPreset() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QListWidget* list_;
    QLabel* details_;
    QLabel* startFrom_;
};

} // namespace netsmith::ui
