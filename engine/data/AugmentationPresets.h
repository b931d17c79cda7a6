#pragma once
// The named augmentation presets (none, light, digits, strong): starting points that the
// Data page's panel, the Train page and `netsmith-cli train --augment` offer. A project
// stores the full AugmentationSettings, never the preset's name; the Train page shows the
// preset whose settings match, or "Custom".
#include "data/AugmentationSettings.h"
#include "project/TrainingOption.h"

namespace netsmith {

struct AugmentationPreset : TrainingOption
{
    AugmentationSettings values; ///< what choosing the preset sets
};

class AugmentationPresets : public OptionTable<AugmentationPreset, AugmentationPresets>
{
public:
    /// The preset whose values are exactly `settings`, or nullptr (a custom mix).
    const AugmentationPreset* matching(const AugmentationSettings& settings) const;

private:
    friend class OptionTable<AugmentationPreset, AugmentationPresets>;
    AugmentationPresets();
};

} // namespace netsmith
