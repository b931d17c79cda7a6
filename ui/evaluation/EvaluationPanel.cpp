#include "evaluation/EvaluationPanel.h"

#include "evaluation/ClassMetricsTable.h"
#include "evaluation/ConfusionMatrixView.h"
#include "evaluation/RankingCurvesChart.h"
#include "evaluation/SampleGallery.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace netsmith::ui {

EvaluationPanel::EvaluationPanel(QWidget* parent)
    : QWidget(parent)
{
    heading_ = new QLabel(tr("No evaluation yet: the views fill in at the end of every epoch."), this);
    roc_ = new RankingCurvesChart(RankingCurvesChart::Kind::Roc, this);
    pr_ = new RankingCurvesChart(RankingCurvesChart::Kind::PrecisionRecall, this);
    confusion_ = new ConfusionMatrixView(this);
    normalised_ = new QCheckBox(tr("Row-normalised"), this);
    table_ = new ClassMetricsTable(this);

    auto* confusionBox = new QWidget(this);
    auto* confusionLayout = new QVBoxLayout(confusionBox);
    confusionLayout->setContentsMargins(0, 0, 0, 0);
    auto* confusionTitle = new QLabel(tr("Confusion matrix (click a cell to see its samples)"), confusionBox);
    confusionLayout->addWidget(confusionTitle);
    confusionLayout->addWidget(normalised_);
    confusionLayout->addWidget(confusion_, 1);

    auto* grid = new QGridLayout;
    grid->addWidget(roc_, 0, 0);
    grid->addWidget(pr_, 0, 1);
    grid->addWidget(confusionBox, 1, 0);
    grid->addWidget(table_, 1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading_);
    layout->addLayout(grid, 1);

    connect(normalised_, &QCheckBox::toggled, confusion_, &ConfusionMatrixView::setRowNormalised);
    connect(confusion_, &ConfusionMatrixView::cellClicked, this, &EvaluationPanel::openCell);
}

void EvaluationPanel::clear()
{
    samples_.reset();
    roc_->clear();
    pr_->clear();
    confusion_->setMatrix({}, {});
    table_->setRowCount(0);
    heading_->setText(tr("No evaluation yet: the views fill in at the end of every epoch."));
}

void EvaluationPanel::setEvaluation(const EvaluationEvent& event)
{
    samples_ = event.samples;
    const ClassificationReport& r = event.report;
    heading_->setText(event.split == EvaluationEvent::Split::Test
                          ? tr("Test split (%1 samples), weights of epoch %2: accuracy %3, macro AUC %4")
                                .arg(r.samples)
                                .arg(event.epoch)
                                .arg(r.accuracy, 0, 'f', 4)
                                .arg(r.rocAucMacro, 0, 'f', 4)
                          : tr("Validation split (%1 samples) after epoch %2: accuracy %3, macro AUC %4")
                                .arg(r.samples)
                                .arg(event.epoch)
                                .arg(r.accuracy, 0, 'f', 4)
                                .arg(r.rocAucMacro, 0, 'f', 4));
    roc_->setReport(r, classNames_);
    pr_->setReport(r, classNames_);
    confusion_->setMatrix(r.confusion, classNames_);
    table_->setReport(r, classNames_);
}

void EvaluationPanel::openCell(int trueClass, int predictedClass)
{
    if (!gallery_)
        gallery_ = new SampleGallery(this);
    gallery_->showCell(samples_, classNames_, trueClass, predictedClass);
}

} // namespace netsmith::ui
