#include "data/BatchPrefetcher.h"

#include "data/InputNormalization.h"

namespace netsmith {

BatchPrefetcher::BatchPrefetcher(const Dataset& data, const torch::Tensor& order, const AugmentationPipeline& pipeline,
                                 const Options& options)
    : data_(data), order_(order.to(torch::kInt64).contiguous()), pipeline_(pipeline), options_(options)
{
    options_.batchSize = std::max<int64_t>(1, options_.batchSize);
    options_.depth = std::max(1, options_.depth);
    const int64_t n = order_.numel();
    batchCount_ = options_.dropLast ? n / options_.batchSize : (n + options_.batchSize - 1) / options_.batchSize;
    worker_ = std::thread([this] { work(); });
}

BatchPrefetcher::~BatchPrefetcher()
{
    stop();
    if (worker_.joinable())
        worker_.join();
}

uint64_t BatchPrefetcher::batchSeed(uint64_t seed, int64_t index)
{
    return AugmentationPipeline::sampleSeed(seed ^ 0xBA7C4ull, index);
}

torch::Tensor BatchPrefetcher::augment(const AugmentationPipeline& pipeline, const torch::Tensor& uint8Images,
                                       uint64_t seed, int64_t index, bool parallel)
{
    return pipeline.apply(uint8Images, batchSeed(seed, index), parallel);
}

void BatchPrefetcher::stop()
{
    std::lock_guard<std::mutex> lock(mutex_);
    stop_ = true;
    changed_.notify_all();
}

bool BatchPrefetcher::next(PreparedBatch* out)
{
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait(lock, [this] { return stop_ || !ready_.empty() || finished_; });
    if (stop_ || ready_.empty())
        return false;
    *out = std::move(ready_.front());
    ready_.pop_front();
    ++handedOut_;
    changed_.notify_all();
    return true;
}

void BatchPrefetcher::work()
{
    // No autograd on this thread: these are inputs, not parameters.
    torch::NoGradGuard noGrad;
    for (int64_t b = 0; b < batchCount_; ++b) {
        {
            std::unique_lock<std::mutex> lock(mutex_);
            changed_.wait(lock, [this] { return stop_ || int(ready_.size()) < options_.depth; });
            if (stop_)
                break;
        }
        const int64_t begin = b * options_.batchSize;
        const int64_t end = std::min(begin + options_.batchSize, order_.numel());
        const torch::Tensor indices = order_.slice(0, begin, end);
        PreparedBatch batch;
        batch.index = b;
        batch.images = augment(pipeline_, data_.images.index_select(0, indices), options_.seed, b);
        batch.labels = data_.labels.index_select(0, indices);
        batch.input = toModelInput(batch.images, options_.normalization).contiguous();
        std::lock_guard<std::mutex> lock(mutex_);
        ready_.push_back(std::move(batch));
        changed_.notify_all();
    }
    std::lock_guard<std::mutex> lock(mutex_);
    finished_ = true;
    changed_.notify_all();
}

} // namespace netsmith
