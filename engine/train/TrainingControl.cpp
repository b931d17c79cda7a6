#include "train/TrainingControl.h"

namespace netsmith {

void TrainingControl::requestCancel()
{
    {
        std::lock_guard<std::mutex> lock(mutex_);
        cancel_ = true;
    }
    wake_.notify_all(); // a paused loop must notice the cancel too
}

void TrainingControl::pause()
{
    std::lock_guard<std::mutex> lock(mutex_);
    pause_ = true;
}

void TrainingControl::resume()
{
    {
        std::lock_guard<std::mutex> lock(mutex_);
        pause_ = false;
    }
    wake_.notify_all();
}

bool TrainingControl::waitIfPaused()
{
    std::unique_lock<std::mutex> lock(mutex_);
    wake_.wait(lock, [this] { return !pause_.load() || cancel_.load(); });
    return !cancel_.load();
}

} // namespace netsmith
