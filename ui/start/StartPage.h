#pragma once
// The start page: where a first-time user lands and a returning one picks up. It shows the
// five steps Netsmith is built around (data, design, train, evaluate, deploy) as a strip that
// says where the open project stands and goes to each step; "continue where you left off";
// the recent projects with a picture of their graph; and the bundled presets as examples
// with a line on each. It observes the document; the window answers its requests.
#include "WorkbenchPage.h"
#include "start/WorkflowStatus.h"

#include <QWidget>
#include <array>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace netsmith::ui {

class ProjectDocument;

class StartPage : public QWidget, public WorkbenchPage
{
    Q_OBJECT
public:
    explicit StartPage(QWidget* parent = nullptr);

    void setDocument(ProjectDocument* document);
    /// Where runs are kept (the training page's root): the Train, Evaluate and Deploy steps
    /// read the project's latest run there.
    void setRunsRoot(const QString& root);
    /// The Data page loaded a dataset (the Data step is done once it is the project's).
    void setLoadedDataset(const QString& nameOrPath, qint64 samples);
    /// Reads the steps, the recent projects and the last session again.
    void refresh();

    const WorkflowStatus::StepStatus& stepStatus(WorkflowStatus::Step step) const
    {
        return status_[step];
    }
    QPushButton* stepButton(WorkflowStatus::Step step) const { return cards_[step].button; }
    QPushButton* continueButton() const { return continue_; }
    QListWidget* recentList() const { return recent_; }
    QListWidget* exampleList() const { return examples_; }

    // WorkbenchPage
    QWidget* widget() override { return this; }
    QString title() const override;
    void activate() override { refresh(); }

Q_SIGNALS:
    void stepRequested(netsmith::ui::WorkflowStatus::Step step);
    void openProjectRequested(const QString& path);
    void presetRequested(const QString& name);
    void continueRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Card
    {
        QLabel* title = nullptr;
        QLabel* state = nullptr;
        QLabel* detail = nullptr;
        QPushButton* button = nullptr;
    };

    void retranslateUi();
    void updateSteps();
    void updateRecent();
    void updateContinue();
    void fillExamples();
    void openItem(QListWidgetItem* item);

    ProjectDocument* document_ = nullptr;
    QString runsRoot_;
    QString loadedDataset_;
    qint64 loadedSamples_ = 0;
    std::array<WorkflowStatus::StepStatus, WorkflowStatus::kSteps> status_{};
    std::array<Card, WorkflowStatus::kSteps> cards_{};
    QLabel* heading_ = nullptr;
    QLabel* intro_ = nullptr;
    QPushButton* continue_ = nullptr;
    QLabel* recentTitle_ = nullptr;
    QLabel* examplesTitle_ = nullptr;
    QListWidget* recent_ = nullptr;
    QListWidget* examples_ = nullptr;
};

} // namespace netsmith::ui
