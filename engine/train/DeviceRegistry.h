#pragma once
// The kinds of device training can run on (the CPU; CUDA GPUs, numbered), each described once:
// id, translatable name and help, the training settings it reads, how many this machine has
// and the torch device for one of them. ComputeDevice::choose, TrainingSettings validation,
// `netsmith-cli --device` and --help, and the Train page's device list read this table.
#include "project/TrainingOption.h"

#include <torch/torch.h>

#include <functional>
#include <vector>

namespace netsmith {

struct DeviceKind : TrainingOption
{
    /// Several of this kind may exist, chosen as "<id>:N" ("cuda:1"); "<id>" alone means 0.
    bool numbered = false;
    /// How many this build and machine have (0: none here).
    std::function<int()> available;
    std::function<torch::Device(int index)> device;
};

/// One device a person can pick: "cpu", "cuda:0".
struct DeviceChoice
{
    QString id;
    QString label; ///< translated: "CPU", "CUDA GPU 0"
    const DeviceKind* kind = nullptr;
};

class DeviceRegistry : public OptionTable<DeviceKind, DeviceRegistry>
{
public:

    /// Reads "cpu", "cuda", "cuda:N" (any case, spaces around ignored; empty means the CPU).
    /// False with a message listing the forms for anything else.
    bool parse(const QString& requested, const DeviceKind** kind, int* index, QString* error) const;
    /// The forms a device is written in, for messages and --help: "cpu, cuda or cuda:N".
    QString forms() const;
    /// Every device present here, in table order.
    std::vector<DeviceChoice> present() const;

private:
    friend class OptionTable<DeviceKind, DeviceRegistry>;
    DeviceRegistry();
};

} // namespace netsmith
