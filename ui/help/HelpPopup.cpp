#include "help/HelpPopup.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
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

HelpPopup* HelpPopup::showHelp(QWidget* window, Content content)
{
    auto* popup = window->findChild<HelpPopup*>(QString(), Qt::FindDirectChildrenOnly);
    if (!popup)
        popup = new HelpPopup(window);
    popup->content_ = std::move(content);
    popup->showContent();
    popup->adjustSize();
    popup->show();
    popup->raise();
    return popup;
}

void HelpPopup::showContent()
{
    QString title;
    QString text;
    if (content_ && content_(&title, &text)) {
        title_->setText(title);
        text_->setText(text);
    }
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
    setWindowTitle(tr("Help"));
    // The asker says it again once every widget (the registry's texts, the form) has switched.
    QTimer::singleShot(0, this, &HelpPopup::showContent);
}

} // namespace netsmith::ui
