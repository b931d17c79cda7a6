#pragma once
// HelpPopup: what F1 shows, a small window beside the main one with the help text of the layer
// or setting in front (the registry's, in the current language). One per window: pressing F1
// again replaces its text, so a person can read along while clicking through the layers. It
// keeps the asker's way of saying it, so a language switch says it again.
#include <QDialog>
#include <functional>

class QLabel;

namespace netsmith::ui {

class HelpPopup : public QDialog
{
    Q_OBJECT
public:
    /// Fills a title and a rich text in the current language; false when it has nothing now.
    using Content = std::function<bool(QString* title, QString* text)>;
    /// Shows what `content` says in `window`'s popup, creating it the first time.
    static HelpPopup* showHelp(QWidget* window, Content content);

    QString title() const;
    QString text() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    explicit HelpPopup(QWidget* parent);
    void retranslateUi();

    void showContent();

    QLabel* title_ = nullptr;
    QLabel* text_ = nullptr;
    Content content_;
};

} // namespace netsmith::ui
