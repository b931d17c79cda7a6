#include "train/ComputeDevice.h"

#include <QCoreApplication>
#include <dlfcn.h>
#include <thread>

namespace netsmith {

bool ComputeDevice::choose(const QString& requested, torch::Device* device, QString* note, QString* error)
{
    const QString r = requested.trimmed().toLower();
    if (r.isEmpty() || r == QLatin1String("cpu")) {
        *device = torch::kCPU;
        return true;
    }
    int index = 0;
    bool ok = r == QLatin1String("cuda");
    if (!ok && r.startsWith(QLatin1String("cuda:")))
        index = r.mid(5).toInt(&ok);
    if (!ok || index < 0) {
        *error = QCoreApplication::translate("Trainer", "unknown device \"%1\" (use cpu, cuda or cuda:N)").arg(requested);
        return false;
    }
    if (!torch::cuda::is_available()) {
        *note = QCoreApplication::translate("Trainer", "CUDA is not available in this build or on this machine; "
                                                       "training on the CPU instead");
        *device = torch::kCPU;
        return true;
    }
    if (index >= int(torch::cuda::device_count())) {
        *note = QCoreApplication::translate("Trainer", "There is no GPU %1 (this machine has %2); using GPU 0")
                    .arg(index)
                    .arg(int(torch::cuda::device_count()));
        index = 0;
    }
    *device = torch::Device(torch::kCUDA, c10::DeviceIndex(index));
    return true;
}

int ComputeDevice::configureThreads(int requested)
{
    // Found at run time so that the build does not depend on OpenBLAS headers and works
    // with whichever BLAS libblas.so.3 points at (the symbol is simply absent otherwise).
    using SetThreads = void (*)(int);
    if (auto set = reinterpret_cast<SetThreads>(dlsym(RTLD_DEFAULT, "openblas_set_num_threads")))
        set(1);
    const int cores = int(std::max(1u, std::thread::hardware_concurrency()));
    const int threads = requested > 0 ? requested : cores;
    torch::set_num_threads(threads);
    return threads;
}

QString ComputeDevice::name(const torch::Device& device)
{
    return QString::fromStdString(device.str());
}

} // namespace netsmith
