#include "data/BatchPrefetcher.h"

#include "data/InputNormalization.h"

namespace netsmith {

BatchPrefetcher::BatchPrefetcher(const Dataset& data, const torch::Tensor& order, const AugmentationPipeline& pipeline,
                                 const Options& options)
    : m_data(data), m_order(order.to(torch::kInt64).contiguous()), m_pipeline(pipeline), m_options(options)
{
    m_options.batchSize = std::max<int64_t>(1, m_options.batchSize);
    m_options.depth = std::max(1, m_options.depth);
    const int64_t n = m_order.numel();
    m_batchCount = m_options.dropLast ? n / m_options.batchSize : (n + m_options.batchSize - 1) / m_options.batchSize;
    m_worker = std::thread([this] { work(); });
}

BatchPrefetcher::~BatchPrefetcher()
{
    stop();
    if (m_worker.joinable())
        m_worker.join();
}

uint64_t BatchPrefetcher::batchSeed(uint64_t seed, int64_t index)
{
    return AugmentationPipeline::sampleSeed(seed ^ 0xBA7C4ull, index);
}

torch::Tensor BatchPrefetcher::augment(const AugmentationPipeline& pipeline, const torch::Tensor& uint8Images,
                                       uint64_t seed, int64_t index)
{
    return pipeline.apply(uint8Images, batchSeed(seed, index));
}

void BatchPrefetcher::stop()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_stop = true;
    m_changed.notify_all();
}

bool BatchPrefetcher::next(PreparedBatch* out)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return m_stop || !m_ready.empty() || m_finished; });
    if (m_stop || m_ready.empty())
        return false;
    *out = std::move(m_ready.front());
    m_ready.pop_front();
    ++m_handedOut;
    m_changed.notify_all();
    return true;
}

void BatchPrefetcher::work()
{
    // No autograd on this thread: these are inputs, not parameters.
    torch::NoGradGuard noGrad;
    for (int64_t b = 0; b < m_batchCount; ++b) {
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || int(m_ready.size()) < m_options.depth; });
            if (m_stop)
                break;
        }
        const int64_t begin = b * m_options.batchSize;
        const int64_t end = std::min(begin + m_options.batchSize, m_order.numel());
        const torch::Tensor indices = m_order.slice(0, begin, end);
        PreparedBatch batch;
        batch.index = b;
        batch.images = augment(m_pipeline, m_data.images.index_select(0, indices), m_options.seed, b);
        batch.labels = m_data.labels.index_select(0, indices);
        batch.input = toModelInput(batch.images, m_options.normalization).contiguous();
        std::lock_guard<std::mutex> lock(m_mutex);
        m_ready.push_back(std::move(batch));
        m_changed.notify_all();
    }
    std::lock_guard<std::mutex> lock(m_mutex);
    m_finished = true;
    m_changed.notify_all();
}

} // namespace netsmith
