#include "designer/ModelSummaryView.h"

#include "ProjectDocument.h"
#include "graph/ModelSummary.h"
#include "graph/NumberFormat.h"
#include "train/OptimizerRegistry.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace netsmith::ui {

ModelSummaryView::ModelSummaryView(ProjectDocument* document, QWidget* parent)
    : QWidget(parent)
    , document_(document)
    , table_(new QTableWidget(this))
    , totals_(new QLabel(this))
{
    table_->setColumnCount(5);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->verticalHeader()->hide();
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table_->setAlternatingRowColors(true);
    totals_->setTextFormat(Qt::RichText);
    totals_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(table_, 1);
    layout->addWidget(totals_);
    connect(document_, &ProjectDocument::analysisChanged, this, &ModelSummaryView::refresh);
    connect(document_, &ProjectDocument::trainingSettingsChanged, this, &ModelSummaryView::refresh);
    connect(table_, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (QTableWidgetItem* item = table_->item(row, 0))
            Q_EMIT nodeActivated(item->data(Qt::UserRole).toInt());
    });
    refresh();
}

QString ModelSummaryView::totalsText() const
{
    return totals_->text();
}

void ModelSummaryView::refresh()
{
    table_->setHorizontalHeaderLabels(
        {tr("Layer"), tr("Kind"), tr("Output shape"), tr("Parameters"), tr("Multiply-accumulates")});
    const ModelSummary summary = ModelSummary::of(document_->graph(), document_->analysis());
    table_->setRowCount(int(summary.rows.size()));
    for (int r = 0; r < int(summary.rows.size()); ++r) {
        const SummaryRow& row = summary.rows[size_t(r)];
        auto* name = new QTableWidgetItem(row.name);
        name->setData(Qt::UserRole, row.nodeId);
        table_->setItem(r, 0, name);
        table_->setItem(r, 1, new QTableWidgetItem(row.kind));
        table_->setItem(r, 2, new QTableWidgetItem(row.outputShape));
        for (int c = 3; c < 5; ++c) {
            auto* item = new QTableWidgetItem(formatCount(c == 3 ? row.params : row.macs));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table_->setItem(r, c, item);
        }
    }
    const ModelCost& cost = summary.cost;
    const TrainingSettings& training = document_->project().training;
    QString text = tr("Total parameters: <b>%1</b> (trainable %2, non-trainable %3)")
                       .arg(formatCount(cost.totalParams()), formatCount(cost.trainableParams),
                            formatCount(cost.frozenParams));
    text += QStringLiteral("<br>") + tr("Multiply-accumulates per sample: <b>%1</b>").arg(formatCount(cost.macsPerSample));
    // The optimizer's own memory rule (its state tensors per parameter), as the CLI's summary.
    if (const OptimizerKind* optimizer = OptimizerRegistry::instance().find(training.optimizer))
        text += QStringLiteral("<br>") +
                tr("Training memory at batch size %1 with %2: about <b>%3</b>")
                    .arg(training.batchSize)
                    .arg(optimizer->translatedName(),
                         formatBytes(double(cost.trainingBytes(training.batchSize, optimizer->stateTensors(training)))));
    if (!document_->analysis().valid())
        text += QStringLiteral("<br><span style='color:#c62828'>%1</span>")
                    .arg(tr("The model has problems; totals cover the layers whose shapes are known."));
    totals_->setText(text);
}

void ModelSummaryView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace netsmith::ui
