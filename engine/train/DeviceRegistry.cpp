#include "train/DeviceRegistry.h"

#include <QCoreApplication>

namespace netsmith {

DeviceRegistry::DeviceRegistry()
{
    DeviceKind cpu;
    cpu.id = QStringLiteral("cpu");
    cpu.displayName = QT_TRANSLATE_NOOP("TrainingOption", "CPU");
    cpu.help = QT_TRANSLATE_NOOP("TrainingOption", "The processor, on as many threads as you allow.");
    cpu.settings = {QStringLiteral("threads")};
    cpu.available = [] { return 1; };
    cpu.device = [](int) { return torch::Device(torch::kCPU); };
    kinds_.push_back(cpu);

    DeviceKind cuda;
    cuda.id = QStringLiteral("cuda");
    cuda.displayName = QT_TRANSLATE_NOOP("TrainingOption", "CUDA GPU");
    cuda.help = QT_TRANSLATE_NOOP("TrainingOption", "An NVIDIA GPU, when this build's LibTorch has CUDA; mixed "
                                                    "precision is available there.");
    // Threads still drive the data pipeline and the evaluation copies on the CPU side.
    cuda.settings = {QStringLiteral("threads"), QStringLiteral("mixed_precision")};
    cuda.numbered = true;
    cuda.available = [] { return torch::cuda::is_available() ? int(torch::cuda::device_count()) : 0; };
    cuda.device = [](int index) { return torch::Device(torch::kCUDA, c10::DeviceIndex(index)); };
    kinds_.push_back(cuda);
}

QString DeviceRegistry::forms() const
{
    QStringList forms;
    for (const DeviceKind& k : kinds_) {
        forms << k.id;
        if (k.numbered)
            forms << k.id + QStringLiteral(":N");
    }
    return optionIdList(forms);
}

bool DeviceRegistry::parse(const QString& requested, const DeviceKind** kind, int* index, QString* error) const
{
    const QString r = requested.trimmed().toLower();
    const QString id = r.isEmpty() ? kinds_.front().id : r.section(QLatin1Char(':'), 0, 0);
    const DeviceKind* k = find(id);
    bool ok = k != nullptr;
    int n = 0;
    if (ok && r.contains(QLatin1Char(':'))) {
        n = r.section(QLatin1Char(':'), 1).toInt(&ok);
        ok = ok && k->numbered && n >= 0;
    }
    if (!ok) {
        *error = QCoreApplication::translate("Trainer", "unknown device \"%1\" (use %2)").arg(requested, forms());
        return false;
    }
    *kind = k;
    *index = n;
    return true;
}

std::vector<DeviceChoice> DeviceRegistry::present() const
{
    std::vector<DeviceChoice> choices;
    for (const DeviceKind& k : kinds_) {
        const int count = k.available();
        for (int i = 0; i < count; ++i) {
            if (k.numbered)
                choices.push_back({QStringLiteral("%1:%2").arg(k.id).arg(i),
                                   QCoreApplication::translate("TrainingOption", "%1 %2").arg(k.translatedName()).arg(i),
                                   &k});
            else
                choices.push_back({k.id, k.translatedName(), &k});
        }
    }
    return choices;
}

} // namespace netsmith
