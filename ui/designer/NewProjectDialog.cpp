#include "designer/NewProjectDialog.h"

#include "graph/CostModel.h"
#include "graph/NumberFormat.h"
#include "project/ProjectFile.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace netsmith::ui {

NewProjectDialog::NewProjectDialog(QWidget* parent)
    : QDialog(parent)
    , list_(new QListWidget(this))
    , details_(new QLabel(this))
{
    setWindowTitle(tr("New Project"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Start from:"), this));
    layout->addWidget(list_);
    details_->setWordWrap(true);
    layout->addWidget(details_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(list_, &QListWidget::itemActivated, this, &QDialog::accept);

    auto* blank = new QListWidgetItem(tr("Blank project"), list_);
    blank->setToolTip(tr("Only an input layer of 1×28×28; build the rest yourself."));
    for (const QString& name : ProjectFile::presetNames()) {
        Project p;
        QString error;
        if (!ProjectFile::load(name, &p, &error))
            continue;
        const ModelCost cost = computeCost(analyzeGraph(p.graph));
        auto* item = new QListWidgetItem(
            tr("%1 — %2 layers, %3 parameters").arg(name).arg(p.graph.nodes().size()).arg(formatCount(cost.totalParams())),
            list_);
        item->setData(Qt::UserRole, name);
    }
    connect(list_, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        details_->setText(item ? item->toolTip() : QString());
    });
    list_->setCurrentRow(0);
    resize(460, 340);
}

QString NewProjectDialog::chosenPreset() const
{
    return list_->currentItem() ? list_->currentItem()->data(Qt::UserRole).toString() : QString();
}

} // namespace netsmith::ui
