#include "train/ComputeDevice.h"

#include "train/DeviceRegistry.h"

#include <QCoreApplication>
#include <dlfcn.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <thread>

namespace netsmith {

bool ComputeDevice::choose(const QString& requested, torch::Device* device, QString* note, QString* error)
{
    const DeviceKind* kind = nullptr;
    int index = 0;
    if (!DeviceRegistry::instance().parse(requested, &kind, &index, error))
        return false;
    const int count = kind->available();
    if (count == 0) {
        // Only a GPU kind can be missing; the CPU is always there and first in the table.
        *note = QCoreApplication::translate("Trainer", "CUDA is not available in this build or on this machine; "
                                                       "training on the CPU instead");
        *device = torch::kCPU;
        return true;
    }
    if (index >= count) {
        *note = QCoreApplication::translate("Trainer", "There is no GPU %1 (this machine has %2); using GPU 0")
                    .arg(index)
                    .arg(count);
        index = 0;
    }
    *device = kind->device(index);
    return true;
}

int ComputeDevice::maxThreads()
{
    return 4 * int(std::max(1u, std::thread::hardware_concurrency()));
}

int ComputeDevice::configureThreads(int requested)
{
    // Found at run time so that the build does not depend on OpenBLAS headers and works
    // with whichever BLAS libblas.so.3 points at (the symbol is simply absent otherwise).
    using SetThreads = void (*)(int);
    if (auto set = reinterpret_cast<SetThreads>(dlsym(RTLD_DEFAULT, "openblas_set_num_threads")))
        set(1);
    const int cores = int(std::max(1u, std::thread::hardware_concurrency()));
    // More threads than cores only wait for each other: a project asking for 1000 on two
    // cores took over a minute for one epoch of 200 images.
    const int threads = requested > 0 ? std::min(requested, maxThreads()) : cores;
    torch::set_num_threads(threads);
    return threads;
}

void ComputeDevice::retainFreedMemory()
{
#if defined(__GLIBC__)
    // 32 MiB is the largest mmap threshold glibc accepts; blocks above it (rare here) are
    // still mapped and unmapped. Trimming only above 512 MiB of free heap.
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, 512 << 20);
#endif
}

QString ComputeDevice::name(const torch::Device& device)
{
    return QString::fromStdString(device.str());
}

} // namespace netsmith
