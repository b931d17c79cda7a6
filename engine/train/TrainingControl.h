#pragma once
// The cancel/pause token shared between whoever drives training (GUI thread, CLI signal
// handler) and the Trainer's loop, which checks it before every batch — so a request takes
// effect within one batch. Thread-safe; may be reused only for one run at a time.
#include <atomic>
#include <condition_variable>
#include <mutex>

namespace netsmith {

class TrainingControl
{
public:
    void requestCancel();
    void pause();
    void resume();
    bool cancelRequested() const { return cancel_.load(); }
    bool pauseRequested() const { return pause_.load(); }

    /// Called by the loop: blocks while paused; returns false if cancellation was requested
    /// (before or during the pause).
    bool waitIfPaused();

private:
    std::atomic<bool> cancel_{false};
    std::atomic<bool> pause_{false};
    std::mutex mutex_;
    std::condition_variable wake_;
};

} // namespace netsmith
