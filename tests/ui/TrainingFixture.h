#pragma once
// A tiny real training setup for the dashboard tests: 3 classes of 8×8 synthetic bars and a
// small conv net, trained for real by the engine in well under a second per epoch.
#include "../engine/GraphBuilder.h"
#include "../engine/SyntheticData.h"
#include "project/Project.h"
#include "train/TrainingObserver.h"

#include <functional>
#include <mutex>
#include <optional>
#include <variant>
#include <vector>

namespace netsmith::test {

inline Project tinyProject(int epochs = 3, int batchSize = 16)
{
    Project p;
    p.name = QStringLiteral("tiny");
    p.dataset = QStringLiteral("synthetic");
    p.graph = chain({{"Input", params({{"channels", 1}, {"height", 8}, {"width", 8}})},
                     {"Conv2d", params({{"out_channels", 4}, {"kernel_size", 3}})},
                     {"ReLU"},
                     {"Flatten"},
                     {"Linear", params({{"out_features", 3}})}});
    p.training.epochs = epochs;
    p.training.batchSize = batchSize;
    p.training.threads = 1;
    p.training.seed = 7;
    p.training.learningRate = 0.01;
    return p;
}

inline DatasetSplits tinyData(int64_t trainSamples = 300, bool noisyLabels = false)
{
    DatasetSplits d;
    d.train = syntheticBars(trainSamples, 3, 11, 8, 1);
    d.test = syntheticBars(90, 3, 12, 8, 1);
    if (noisyLabels) { // some wrong labels, so that the confusion matrix has off-diagonal cells
        torch::manual_seed(5);
        const torch::Tensor flip = torch::rand({trainSamples}) < 0.2;
        d.train.labels = torch::where(flip, (d.train.labels + 1) % 3, d.train.labels);
    }
    return d;
}

/// Records what the Trainer reports, in order, on the training thread.
class EventRecorder : public TrainingObserver
{
public:
    using Event = std::variant<BatchEvent, EpochEvent, StatusEvent>;
    void onBatch(const BatchEvent& e) override { add(e); }
    void onEpoch(const EpochEvent& e) override { add(e); }
    void onStatus(const StatusEvent& e) override { add(e); }
    std::vector<Event> events() const
    {
        std::lock_guard<std::mutex> lock(mutex_);
        return events_;
    }
    template <typename T> std::optional<T> last() const
    {
        std::lock_guard<std::mutex> lock(mutex_);
        for (auto it = events_.rbegin(); it != events_.rend(); ++it)
            if (const T* e = std::get_if<T>(&*it))
                return *e;
        return std::nullopt;
    }

protected:
    void add(Event e)
    {
        std::lock_guard<std::mutex> lock(mutex_);
        events_.push_back(std::move(e));
    }

private:
    mutable std::mutex mutex_;
    std::vector<Event> events_;
};

} // namespace netsmith::test
