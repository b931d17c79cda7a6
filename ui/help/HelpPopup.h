#pragma once
// HelpPopup: what F1 shows, a small window beside the main one with the help text of the layer
// or setting in front (the registry's, in the current language). One per window: pressing F1
// again replaces its text, so a person can read along while clicking through the layers.
#include <QDialog>

class QLabel;

namespace netsmith::ui {

class HelpPopup : public QDialog
{
    Q_OBJECT
public:
    /// Shows `text` (rich text) under `title` in `window`'s popup, creating it the first time.
    static HelpPopup* showHelp(QWidget* window, const QString& title, const QString& text);

    QString title() const;
    QString text() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    explicit HelpPopup(QWidget* parent);
    void retranslateUi();

    QLabel* title_ = nullptr;
    QLabel* text_ = nullptr;
};

} // namespace netsmith::ui
