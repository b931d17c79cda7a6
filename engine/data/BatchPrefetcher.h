#pragma once
// Prepares training batches on a worker thread while the current batch trains: gathers the
// samples of the next batch in the given (shuffled) order, augments them with the pipeline
// and turns them into the model's float input with toModelInput(). One prefetcher serves one
// pass (epoch) over `order`; make a new one, with a new order and seed, for the next epoch.
#include "data/AugmentationPipeline.h"
#include "data/Dataset.h"
#include "project/Project.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace netsmith {

struct PreparedBatch
{
    int64_t index = 0;     ///< 0-based batch number within the pass
    torch::Tensor images;  ///< uint8 N×C×H×W, augmented
    torch::Tensor labels;  ///< int64 N
    torch::Tensor input;   ///< float32 N×C×H×W, contiguous: toModelInput(images, normalization)
};

class BatchPrefetcher
{
public:
    struct Options
    {
        int64_t batchSize = 32;
        bool dropLast = false;      ///< skip a final batch smaller than batchSize
        int depth = 2;              ///< batches prepared ahead
        uint64_t seed = 0;          ///< batch b is augmented with seed mixed with b
        Normalization normalization; ///< for `input`; empty: pixels scaled to 0..1
    };

    /// Starts preparing at once. `order`: int64 indices into `data` (e.g. DatasetSplit::shuffled).
    BatchPrefetcher(const Dataset& data, const torch::Tensor& order, const AugmentationPipeline& pipeline,
                    const Options& options);
    /// Stops the worker and waits for it.
    ~BatchPrefetcher();
    BatchPrefetcher(const BatchPrefetcher&) = delete;
    BatchPrefetcher& operator=(const BatchPrefetcher&) = delete;

    int64_t batchCount() const { return batchCount_; }
    /// Waits for the next batch; false after the last one (or after stop()).
    bool next(PreparedBatch* out);
    /// Asks the worker to finish early; next() then returns false.
    void stop();

    /// The augmentation seed of batch `index` in a pass seeded with `seed`.
    static uint64_t batchSeed(uint64_t seed, int64_t index);
    /// What the worker does to the images of batch `index` in a pass seeded with `seed`. The
    /// Data page's preview calls it too, so that it shows what training runs.
    static torch::Tensor augment(const AugmentationPipeline& pipeline, const torch::Tensor& uint8Images,
                                 uint64_t seed, int64_t index, bool parallel = false);

private:
    void work();

    Dataset data_;
    torch::Tensor order_;
    AugmentationPipeline pipeline_;
    Options options_;
    int64_t batchCount_ = 0;
    int64_t handedOut_ = 0;

    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<PreparedBatch> ready_;
    bool stop_ = false;
    bool finished_ = false;
    std::thread worker_;
};

} // namespace netsmith
