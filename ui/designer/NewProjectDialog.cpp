#include "designer/NewProjectDialog.h"

#include "graph/CostModel.h"
#include "graph/NumberFormat.h"
#include "project/ProjectFile.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QEvent>
#include <QVBoxLayout>

namespace netsmith::ui {

NewProjectDialog::NewProjectDialog(QWidget* parent)
    : QDialog(parent)
    , list_(new QListWidget(this))
    , details_(new QLabel(this))
    , startFrom_(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(startFrom_);
    layout->addWidget(list_);
    details_->setWordWrap(true);
    layout->addWidget(details_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(list_, &QListWidget::itemActivated, this, &QDialog::accept);

    new QListWidgetItem(list_); // the blank project
    for (const QString& name : ProjectFile::presetNames()) {
        Project p;
        QString error;
        if (!ProjectFile::load(name, &p, &error))
            continue;
        const ModelCost cost = computeCost(analyzeGraph(p.graph));
        auto* item = new QListWidgetItem(list_);
        item->setData(Qt::UserRole, name);
        item->setData(Qt::UserRole + 1, qlonglong(p.graph.nodes().size()));
        item->setData(Qt::UserRole + 2, qlonglong(cost.totalParams()));
    }
    retranslateUi();
    connect(list_, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        details_->setText(item ? item->toolTip() : QString());
    });
    list_->setCurrentRow(0);
    resize(460, 340);
}

void NewProjectDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void NewProjectDialog::retranslateUi()
{
    setWindowTitle(tr("New Project"));
    startFrom_->setText(tr("Start from:"));
    QListWidgetItem* blank = list_->item(0);
    blank->setText(tr("Blank project"));
    blank->setToolTip(tr("Only an input layer of 1×28×28; build the rest yourself."));
    for (int row = 1; row < list_->count(); ++row) {
        QListWidgetItem* item = list_->item(row);
        item->setText(tr("%1 — %2 layers, %3 parameters")
                          .arg(item->data(Qt::UserRole).toString())
                          .arg(item->data(Qt::UserRole + 1).toLongLong())
                          .arg(formatCount(item->data(Qt::UserRole + 2).toLongLong())));
    }
    if (list_->currentItem())
        details_->setText(list_->currentItem()->toolTip());
}

QString NewProjectDialog::chosenPreset() const
{
    return list_->currentItem() ? list_->currentItem()->data(Qt::UserRole).toString() : QString();
}

} // namespace netsmith::ui
