#include "help/HelpPopup.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace netsmith::ui {

HelpPopup::HelpPopup(QWidget* parent)
    : QDialog(parent, Qt::Tool)
    , title_(new QLabel(this))
    , text_(new QLabel(this))
{
    setObjectName(QStringLiteral("helpPopup"));
    QFont bold = title_->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    title_->setFont(bold);
    text_->setWordWrap(true);
    text_->setTextFormat(Qt::RichText);
    text_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text_->setMinimumWidth(320);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title_);
    layout->addWidget(text_, 1);
    layout->addWidget(buttons);
    retranslateUi();
}

HelpPopup* HelpPopup::showHelp(QWidget* window, const QString& title, const QString& text)
{
    auto* popup = window->findChild<HelpPopup*>(QString(), Qt::FindDirectChildrenOnly);
    if (!popup)
        popup = new HelpPopup(window);
    popup->title_->setText(title);
    popup->text_->setText(text);
    popup->adjustSize();
    popup->show();
    popup->raise();
    return popup;
}

QString HelpPopup::title() const
{
    return title_->text();
}

QString HelpPopup::text() const
{
    return text_->text();
}

void HelpPopup::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void HelpPopup::retranslateUi()
{
    // The text itself is the asker's: F1 again shows it in the new language.
    setWindowTitle(tr("Help"));
}

} // namespace netsmith::ui
