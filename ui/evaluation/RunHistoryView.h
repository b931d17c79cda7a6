#pragma once
// The run history: every run folder under the runs root in a table (name, date, model,
// parameters, best validation accuracy, duration, device, status); selecting several overlays
// their per-epoch curves; a run's project can be reopened and its model sent to the draw pad
// (both as signals the main window connects), exported, evaluated on a folder of drawings, or
// an interrupted run resumed in its own folder.
#include "evaluation/RunRecord.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace netsmith::ui {

class LiveChartView;

class RunHistoryView : public QWidget
{
    Q_OBJECT
public:
    explicit RunHistoryView(QWidget* parent = nullptr);

    void setRunsRoot(const QString& root);
    QString runsRoot() const { return root_; }
    const std::vector<RunRecord>& runs() const { return runs_; }
    QTableWidget* table() const { return table_; }
    LiveChartView* overlayChart() const { return chart_; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void openProjectRequested(const QString& projectPath);
    void drawPadRequested(const QString& runDirectory);
    void exportRequested(const QString& runDirectory);
    /// Evaluate the run's model on a folder of drawings (the page asks which folder).
    void evaluateDrawingsRequested(const QString& runDirectory);
    /// Go on training the (interrupted or stopped) run from its checkpoint, in its folder.
    void resumeRequested(const QString& runDirectory);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void chooseRoot();
    void updateOverlay();
    std::vector<int> selectedRuns() const;

    QString root_;
    std::vector<RunRecord> runs_;
    QLabel* rootLabel_ = nullptr;
    QLabel* overlayLabel_ = nullptr;
    QPushButton* chooseRoot_ = nullptr;
    QPushButton* reload_ = nullptr;
    QTableWidget* table_ = nullptr;
    QComboBox* metric_ = nullptr;
    LiveChartView* chart_ = nullptr;
    QPushButton* open_ = nullptr;
    QPushButton* drawPad_ = nullptr;
    QPushButton* export_ = nullptr;
    QPushButton* evaluateDrawings_ = nullptr;
    QPushButton* resume_ = nullptr;
};

} // namespace netsmith::ui
