#include "train/Checkpoint.h"

#include "model/TorchArchiveCheck.h"
#include "project/AtomicFile.h"
#include "train/RunFolder.h"

#include <ATen/CPUGeneratorImpl.h>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <mutex>
#include <sstream>

namespace netsmith {

namespace {

torch::Tensor scalar(double v)
{
    return torch::tensor({v}, torch::kFloat64);
}

double readScalar(torch::serialize::InputArchive& archive, const char* key)
{
    torch::Tensor t;
    archive.read(key, t);
    return t.item<double>();
}

} // namespace

std::vector<torch::Tensor> Checkpoint::copyWeights(GraphModule& model)
{
    std::vector<torch::Tensor> weights;
    torch::NoGradGuard noGrad;
    for (const torch::Tensor& p : model->parameters())
        weights.push_back(p.detach().clone());
    for (const torch::Tensor& b : model->buffers())
        weights.push_back(b.detach().clone());
    return weights;
}

void Checkpoint::restoreWeights(GraphModule& model, const std::vector<torch::Tensor>& weights)
{
    torch::NoGradGuard noGrad;
    std::size_t i = 0;
    for (torch::Tensor& p : model->parameters())
        if (i < weights.size())
            p.copy_(weights[i++]);
    for (torch::Tensor& b : model->buffers())
        if (i < weights.size())
            b.copy_(weights[i++]);
}

bool Checkpoint::save(const QString& path, GraphModule& model, torch::optim::Optimizer& optimizer,
                      const TrainingProgress& progress, QString* error)
{
    try {
        torch::serialize::OutputArchive archive;
        torch::serialize::OutputArchive modelArchive, optimizerArchive;
        model->save(modelArchive);
        optimizer.save(optimizerArchive);
        archive.write("model", modelArchive);
        archive.write("optimizer", optimizerArchive);
        archive.write("epochs_completed", scalar(progress.epochsCompleted));
        archive.write("best_epoch", scalar(progress.bestEpoch));
        archive.write("best_val_accuracy", scalar(progress.bestValAccuracy));
        archive.write("best_val_loss", scalar(progress.bestValLoss));
        archive.write("epochs_without_improvement", scalar(progress.epochsWithoutImprovement));
        archive.write("schedule_state",
                      torch::tensor(c10::ArrayRef<double>(progress.scheduleState), torch::kFloat64));
        archive.write("best_count", scalar(double(progress.bestWeights.size())));
        for (std::size_t i = 0; i < progress.bestWeights.size(); ++i)
            archive.write("best_" + std::to_string(i), progress.bestWeights[i].to(torch::kCPU));
        {
            auto generator = at::detail::getDefaultCPUGenerator();
            std::lock_guard<std::mutex> lock(generator.mutex());
            archive.write("cpu_rng_state", generator.get_state());
        }
        std::ostringstream stream;
        archive.save_to(stream);
        const std::string bytes = stream.str();
        return writeFileAtomically(path, QByteArray(bytes.data(), qsizetype(bytes.size())), error);
    } catch (const std::exception& e) {
        *error = QCoreApplication::translate("Trainer", "Cannot write the checkpoint %1: %2")
                     .arg(QDir::toNativeSeparators(path), QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0));
        return false;
    }
}

bool Checkpoint::load(const QString& path, GraphModule& model, torch::optim::Optimizer& optimizer,
                      TrainingProgress* progress, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Trainer", "Cannot read the checkpoint %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    // A finished run's run.json recorded the checkpoint's SHA-256: damage is named, not loaded.
    const RunFolder folder(QFileInfo(path).absolutePath());
    if (QFileInfo(path).fileName() == QFileInfo(folder.checkpointPath()).fileName()) {
        QFile runJson(folder.runInfoPath());
        if (runJson.open(QIODevice::ReadOnly)) {
            const RunInfo info = RunInfo::fromJson(QJsonDocument::fromJson(runJson.readAll()).object());
            if (!RunFolder::checkSha256(path, info.checkpointSha256, error))
                return false;
        }
    }
    if (!TorchArchiveCheck::intact(bytes, path, error))
        return false;
    try {
        std::istringstream stream(std::string(bytes.constData(), std::size_t(bytes.size())));
        torch::serialize::InputArchive archive;
        archive.load_from(stream);
        torch::serialize::InputArchive modelArchive, optimizerArchive;
        archive.read("model", modelArchive);
        archive.read("optimizer", optimizerArchive);
        model->loadWeights(modelArchive);
        optimizer.load(optimizerArchive);
        TrainingProgress p;
        p.epochsCompleted = int(readScalar(archive, "epochs_completed"));
        p.bestEpoch = int(readScalar(archive, "best_epoch"));
        p.bestValAccuracy = readScalar(archive, "best_val_accuracy");
        p.bestValLoss = readScalar(archive, "best_val_loss");
        p.epochsWithoutImprovement = int(readScalar(archive, "epochs_without_improvement"));
        torch::Tensor schedule;
        archive.read("schedule_state", schedule);
        schedule = schedule.contiguous();
        p.scheduleState.assign(schedule.data_ptr<double>(), schedule.data_ptr<double>() + schedule.numel());
        const int bestCount = int(readScalar(archive, "best_count"));
        for (int i = 0; i < bestCount; ++i) {
            torch::Tensor t;
            archive.read("best_" + std::to_string(i), t);
            p.bestWeights.push_back(t);
        }
        torch::Tensor rng;
        archive.read("cpu_rng_state", rng);
        auto generator = at::detail::getDefaultCPUGenerator();
        {
            std::lock_guard<std::mutex> lock(generator.mutex());
            generator.set_state(rng);
        }
        *progress = std::move(p);
        return true;
    } catch (const std::exception& e) {
        *error = QCoreApplication::translate("Trainer", "%1 is not a checkpoint of this model: %2")
                     .arg(QDir::toNativeSeparators(path), QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0));
        return false;
    }
}

} // namespace netsmith
