#pragma once
// ShortcutsDialog: Help > Keyboard Shortcuts, every command that has a key, grouped by the menu
// or page it belongs to and sorted by name. It reads the live actions (through a provider the
// window gives it), so what it lists is what the keys do, in the current language.
#include <QDialog>
#include <QList>
#include <QPair>

#include <functional>

class QAction;
class QTreeWidget;

namespace netsmith::ui {

class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    /// One heading: a menu ("File") or a page ("Design") and its (command, keys) rows.
    struct Group
    {
        QString title;
        QList<QPair<QString, QString>> rows;
    };
    using Provider = std::function<QList<Group>()>;

    ShortcutsDialog(Provider provider, QWidget* parent = nullptr);

    /// A row for an action: its text without mnemonics and "…", its keys as the platform writes them.
    static QPair<QString, QString> row(const QAction* action);
    /// A command's text as the list shows it: "&Save As…" -> "Save As".
    static QString plainText(const QString& text);

    /// Reads the commands again (the window calls it each time it shows the dialog).
    void refresh();

    QTreeWidget* tree() const { return tree_; }
    /// The keys listed for a command in a group, empty if it is not listed (for tests).
    QString shortcutOf(const QString& group, const QString& command) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    Provider provider_;
    QTreeWidget* tree_ = nullptr;
};

} // namespace netsmith::ui
