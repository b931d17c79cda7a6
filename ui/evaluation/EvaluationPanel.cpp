#include "evaluation/EvaluationPanel.h"

#include "evaluation/ClassMetricsTable.h"
#include "evaluation/ConfusionMatrixView.h"
#include "evaluation/RankingCurvesChart.h"
#include "evaluation/SampleGallery.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace netsmith::ui {

EvaluationPanel::EvaluationPanel(QWidget* parent)
    : QWidget(parent)
{
    heading_ = new QLabel(this);
    heading_->setObjectName(QStringLiteral("evaluationHeading"));
    roc_ = new RankingCurvesChart(RankingCurvesChart::Kind::Roc, this);
    pr_ = new RankingCurvesChart(RankingCurvesChart::Kind::PrecisionRecall, this);
    confusion_ = new ConfusionMatrixView(this);
    normalised_ = new QCheckBox(this);
    table_ = new ClassMetricsTable(this);

    auto* confusionBox = new QWidget(this);
    auto* confusionLayout = new QVBoxLayout(confusionBox);
    confusionLayout->setContentsMargins(0, 0, 0, 0);
    confusionTitle_ = new QLabel(confusionBox);
    confusionLayout->addWidget(confusionTitle_);
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
    retranslateUi();
}

void EvaluationPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void EvaluationPanel::retranslateUi()
{
    normalised_->setText(tr("Row-normalised"));
    confusionTitle_->setText(tr("Confusion matrix (click a cell to see its samples)"));
    showHeading();
}

void EvaluationPanel::showHeading()
{
    if (!shown_) {
        heading_->setText(tr("No evaluation yet: the views fill in at the end of every epoch."));
        return;
    }
    const Shown& s = *shown_;
    if (!s.drawings.isEmpty()) {
        heading_->setText(tr("Drawings in %1 (%2 drawings, read as the draw pad reads them): accuracy %3, macro AUC %4")
                              .arg(s.drawings)
                              .arg(s.samples)
                              .arg(s.accuracy, 0, 'f', 4)
                              .arg(s.macroAuc, 0, 'f', 4));
        return;
    }
    heading_->setText(s.test ? tr("Test split (%1 samples), weights of epoch %2: accuracy %3, macro AUC %4")
                                   .arg(s.samples)
                                   .arg(s.epoch)
                                   .arg(s.accuracy, 0, 'f', 4)
                                   .arg(s.macroAuc, 0, 'f', 4)
                             : tr("Validation split (%1 samples) after epoch %2: accuracy %3, macro AUC %4")
                                   .arg(s.samples)
                                   .arg(s.epoch)
                                   .arg(s.accuracy, 0, 'f', 4)
                                   .arg(s.macroAuc, 0, 'f', 4));
}

void EvaluationPanel::clear()
{
    samples_.reset();
    pending_.reset();
    roc_->clear();
    pr_->clear();
    confusion_->setMatrix({}, {});
    table_->setRowCount(0);
    shown_.reset();
    showHeading();
}

void EvaluationPanel::setEvaluation(const EvaluationEvent& event)
{
    present(event, {});
}

void EvaluationPanel::showDrawingsEvaluation(const EvaluationEvent& event, const QString& folder)
{
    present(event, folder);
}

void EvaluationPanel::present(const EvaluationEvent& event, const QString& drawings)
{
    samples_ = event.samples;
    const ClassificationReport& r = event.report;
    shown_ = Shown{event.split == EvaluationEvent::Split::Test, int64_t(r.samples), int(event.epoch), r.accuracy,
                   r.rocAucMacro, drawings};
    showHeading();
    pending_ = r;
    if (isVisible())
        drawPending();
}

void EvaluationPanel::drawPending() const
{
    if (!pending_)
        return;
    const ClassificationReport r = std::move(*pending_);
    pending_.reset();
    roc_->setReport(r, classNames_);
    pr_->setReport(r, classNames_);
    confusion_->setMatrix(r.confusion, classNames_);
    table_->setReport(r, classNames_);
}

void EvaluationPanel::showEvent(QShowEvent* event)
{
    drawPending();
    QWidget::showEvent(event);
}

void EvaluationPanel::openCell(int trueClass, int predictedClass)
{
    if (!gallery_)
        gallery_ = new SampleGallery(this);
    gallery_->showCell(samples_, classNames_, trueClass, predictedClass);
}

} // namespace netsmith::ui
