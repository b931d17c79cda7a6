#pragma once
// What `netsmith-cli train` and `netsmith-cli bench` share: reading "<project | preset>
// --data ... [overrides]", checking that data and model fit, and the one code path that
// trains and writes the run folder — so that bench measures exactly what train does.
#include "data/Dataset.h"
#include "project/Project.h"
#include "train/RunFolder.h"
#include "train/Trainer.h"

#include <QStringList>

namespace netsmith::cli {

struct TrainingInvocation
{
    Project project;
    DatasetSplits data;
    QString dataName; ///< as given (bundled name or path)
    QString outRoot = QStringLiteral("runs");
    QString resumeCheckpoint; ///< --resume: continue from this checkpoint.pt
    /// --resume of a run folder (or of its checkpoint.pt): the run goes on in that folder
    /// instead of a new one under outRoot; empty otherwise.
    QString resumeFolder;

    /// Parses and loads everything. On a problem prints it and returns false with `*exitCode`
    /// set (BadInput for arguments, files and data that does not fit the model).
    static bool parse(const QString& command, QStringList args, TrainingInvocation* out, int* exitCode);

    struct Outcome
    {
        int exitCode = 0;
        TrainingResult result;
        RunFolder run;
        double wallSeconds = 0;
    };
    /// Trains, printing one line per epoch, and writes the run folder under outRoot (or goes on
    /// in resumeFolder).
    Outcome run() const;
};

} // namespace netsmith::cli
