#pragma once
// Where the open project stands in the five steps Netsmith is built around — data, design,
// train, evaluate, deploy — in words for the start page: what is done, and what is next.
// Worked out from facts the start page gathers (the document, the Data page's loaded
// dataset, the project's latest run folder), so the rules can be tested without a window.
#include <QString>
#include <array>

namespace netsmith::ui {

class WorkflowStatus
{
public:
    enum Step
    {
        Data,
        Design,
        Train,
        Evaluate,
        Deploy
    };
    static constexpr int kSteps = 5;
    enum class State
    {
        ToDo,
        Started,
        Done
    };

    struct StepStatus
    {
        State state = State::ToDo;
        QString detail; ///< one translated line
    };

    /// What is known about the open project.
    struct Facts
    {
        QString dataset;       ///< the project's dataset, bundled name or path; empty: none chosen
        QString loadedDataset; ///< the dataset the Data page has loaded; empty: none yet
        qint64 loadedSamples = 0;
        bool modelValid = false;
        int problems = 0;
        int layers = 0;
        qint64 params = 0;
        QString runDirectory; ///< the project's latest finished run folder; empty: not trained
    };

    static std::array<StepStatus, kSteps> of(const Facts& facts);
    /// The step's name ("Data", "数据").
    static QString title(Step step);
    /// The newest finished run folder of `projectName` directly under `runsRoot`; empty if none.
    static QString latestRun(const QString& runsRoot, const QString& projectName);
};

} // namespace netsmith::ui
