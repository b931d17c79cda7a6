#pragma once
// The evaluation views of one split at one moment (the validation split after each epoch, the
// test split at the end): ROC and precision-recall curves, the confusion-matrix heat map with
// a counts/row-normalised switch, and the per-class metrics table. Clicking a confusion cell
// opens those samples in a SampleGallery.
#include "evaluation/SamplePredictions.h"
#include "train/TrainingObserver.h"

#include <QStringList>
#include <QWidget>
#include <memory>
#include <optional>

class QCheckBox;
class QLabel;

namespace netsmith::ui {

class ClassMetricsTable;
class ConfusionMatrixView;
class RankingCurvesChart;
class SampleGallery;

class EvaluationPanel : public QWidget
{
    Q_OBJECT
public:
    explicit EvaluationPanel(QWidget* parent = nullptr);

    void setClassNames(const QStringList& names) { classNames_ = names; }
    /// The gallery shows `event.samples`, the Trainer's per-sample result (null: nothing to show).
    /// The curves, matrix and table are drawn at once when the panel is on screen, else when it
    /// is shown (or read through the accessors below): a run evaluates every epoch, and
    /// redrawing a hidden panel took the UI thread ~15 ms each time, time taken from training.
    void setEvaluation(const EvaluationEvent& event);
    /// The same for a run's model read on a folder of drawings (DrawingsEvaluation): the
    /// heading names the folder.
    void showDrawingsEvaluation(const EvaluationEvent& event, const QString& folder);
    void clear();

    RankingCurvesChart* rocChart() const { return drawn(roc_); }
    RankingCurvesChart* precisionRecallChart() const { return drawn(pr_); }
    ConfusionMatrixView* confusionView() const { return drawn(confusion_); }
    ClassMetricsTable* metricsTable() const { return drawn(table_); }
    /// Null until a cell was clicked.
    SampleGallery* gallery() const { return gallery_; }

public Q_SLOTS:
    void openCell(int trueClass, int predictedClass);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    void showHeading();
    /// Draws the report that arrived while the panel was hidden, if any.
    void drawPending() const;
    template <typename T>
    T* drawn(T* view) const
    {
        drawPending();
        return view;
    }

    /// What the heading says about the shown evaluation (none: nothing shown yet).
    struct Shown
    {
        bool test = false;
        int64_t samples = 0;
        int epoch = 0;
        double accuracy = 0;
        double macroAuc = 0;
        QString drawings; ///< the folder of drawings evaluated; empty: a split of the dataset
    };
    void present(const EvaluationEvent& event, const QString& drawings);
    std::optional<Shown> shown_;
    QLabel* heading_ = nullptr;
    QLabel* confusionTitle_ = nullptr;
    RankingCurvesChart* roc_ = nullptr;
    RankingCurvesChart* pr_ = nullptr;
    ConfusionMatrixView* confusion_ = nullptr;
    QCheckBox* normalised_ = nullptr;
    ClassMetricsTable* table_ = nullptr;
    SampleGallery* gallery_ = nullptr;
    QStringList classNames_;
    std::shared_ptr<const SamplePredictions> samples_;
    mutable std::optional<ClassificationReport> pending_;
};

} // namespace netsmith::ui
