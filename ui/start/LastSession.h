#pragma once
// What "continue where you left off" continues: the project file that was open, the run
// whose model the draw pad held, and the page in front when Netsmith last closed. Kept in
// QSettings under "session/"; this type is their one reader and writer.
#include <QString>

namespace netsmith::ui {

struct LastSession
{
    QString projectPath;  ///< a .netsmith file; empty for a preset or an unsaved project
    QString runDirectory; ///< the draw pad's run; empty when it had none
    int page = -1;        ///< the main window's tab index; -1 for none

    /// Whether there is anything to continue: a project file or a run that still exists.
    bool canContinue() const;
    static LastSession read();
    void write() const;
};

} // namespace netsmith::ui
