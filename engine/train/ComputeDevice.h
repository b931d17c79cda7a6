#pragma once
// Where and how wide training runs: the torch device (CPU, or CUDA when this LibTorch build
// has it and a GPU is present, else CPU with a note saying so) and the thread counts
// (torch intra-op threads = the user's choice or all cores; OpenBLAS pinned to 1 thread,
// which is fastest here when torch itself uses several — see DESIGN.md).
#include <QString>
#include <torch/torch.h>

namespace netsmith {

class ComputeDevice
{
public:
    /// "cpu", "cuda" or "cuda:N". Falls back to the CPU with `note` explaining why when CUDA
    /// is unavailable; `error` for a name that is not a device at all (returns false).
    static bool choose(const QString& requested, torch::Device* device, QString* note, QString* error);
    /// Sets torch's intra-op threads (0: all cores; at most maxThreads()) and OpenBLAS to 1
    /// thread; returns the count.
    static int configureThreads(int requested);
    /// The most training threads worth asking for: four per core.
    static int maxThreads();
    /// Keeps freed tensor memory in the heap instead of returning it to the system. glibc
    /// otherwise trims or unmaps the megabytes of activations freed after every step, and
    /// the next step faults them back in page by page: measured on the seed CNN, 860,000
    /// page faults per epoch and 40% of the CPU time in the kernel. Process-wide, idempotent.
    static void retainFreedMemory();
    static QString name(const torch::Device& device);
};

} // namespace netsmith
