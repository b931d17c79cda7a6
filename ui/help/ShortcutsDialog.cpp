#include "help/ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QRegularExpression>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace netsmith::ui {

ShortcutsDialog::ShortcutsDialog(Provider provider, QWidget* parent)
    : QDialog(parent)
    , provider_(std::move(provider))
    , tree_(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    tree_->setColumnCount(2);
    tree_->setRootIsDecorated(false);
    tree_->setSelectionMode(QAbstractItemView::NoSelection);
    tree_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree_->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    tree_->header()->setStretchLastSection(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tree_);
    layout->addWidget(buttons);
    resize(520, 560);
    retranslateUi();
}

QString ShortcutsDialog::plainText(const QString& text)
{
    QString plain = text;
    // Languages without Latin letters write the mnemonic after the word: "保存(&S)".
    static const QRegularExpression trailingMnemonic(QStringLiteral("\\(&[^&]\\)"));
    plain.remove(trailingMnemonic);
    plain.replace(QLatin1String("&&"), QLatin1String("\x01"));
    plain.remove(QLatin1Char('&'));
    plain.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    // "Open…" opens a dialog; in a list of keys the dots say nothing.
    while (plain.endsWith(QChar(0x2026)) || plain.endsWith(QLatin1Char('.')))
        plain.chop(1);
    return plain.trimmed();
}

QPair<QString, QString> ShortcutsDialog::row(const QAction* action)
{
    QStringList keys;
    for (const QKeySequence& key : action->shortcuts())
        keys << key.toString(QKeySequence::NativeText);
    return {plainText(action->text()), keys.join(QLatin1String(", "))};
}

QString ShortcutsDialog::shortcutOf(const QString& group, const QString& command) const
{
    for (int g = 0; g < tree_->topLevelItemCount(); ++g) {
        const QTreeWidgetItem* heading = tree_->topLevelItem(g);
        if (heading->text(0) != group)
            continue;
        for (int i = 0; i < heading->childCount(); ++i)
            if (heading->child(i)->text(0) == command)
                return heading->child(i)->text(1);
    }
    return {};
}

void ShortcutsDialog::refresh()
{
    tree_->clear();
    QList<Group> groups = provider_ ? provider_() : QList<Group>();
    for (Group& group : groups) {
        if (group.rows.isEmpty())
            continue;
        std::sort(group.rows.begin(), group.rows.end(), [](const auto& a, const auto& b) {
            return QString::localeAwareCompare(a.first, b.first) < 0;
        });
        group.rows.erase(std::unique(group.rows.begin(), group.rows.end()), group.rows.end());
        auto* heading = new QTreeWidgetItem(tree_, QStringList{group.title});
        QFont bold = heading->font(0);
        bold.setBold(true);
        heading->setFont(0, bold);
        heading->setFirstColumnSpanned(true);
        for (const auto& [command, keys] : std::as_const(group.rows))
            new QTreeWidgetItem(heading, QStringList{command, keys});
    }
    tree_->expandAll();
}

void ShortcutsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ShortcutsDialog::retranslateUi()
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    tree_->setHeaderLabels({tr("Command"), tr("Shortcut")});
    refresh();
    // The window retranslates its actions on the same LanguageChange, maybe after this
    // dialog: read them again once every widget has had the event.
    QTimer::singleShot(0, this, &ShortcutsDialog::refresh);
}

} // namespace netsmith::ui
