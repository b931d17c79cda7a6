#pragma once
// The augmentation controls and a live preview: one chosen sample under N random draws of the
// very AugmentationPipeline that training runs, regenerated whenever a control changes, with a
// reseed button for fresh draws.
#include "data/AugmentationPipeline.h"

#include <QWidget>
#include <torch/torch.h>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QSpinBox;

namespace netsmith::ui {

class AugmentationPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kDraws = 16;

    explicit AugmentationPanel(QWidget* parent = nullptr);

    AugmentationSettings settings() const { return m_pipeline.settings(); }
    void setSettings(const AugmentationSettings& settings);
    /// Shows a preset's settings in the controls ("none", "light", "digits", "strong").
    bool applyPreset(const QString& name);
    /// The sample (uint8 C×H×W) to preview.
    void setSample(const torch::Tensor& chw);
    void reseed();

    uint64_t seed() const { return m_seed; }
    /// Draw `i` of the current preview (for tests and screenshots).
    QImage previewImage(int i) const;
    /// Milliseconds the last preview took to compute and show.
    double lastUpdateMs() const { return m_lastUpdateMs; }

Q_SIGNALS:
    void settingsChanged();
    void previewUpdated();

private:
    QDoubleSpinBox* addSpin(QGridLayout* form, int row, const QString& label, double max, double step, int decimals,
                            const QString& suffix);
    void readControls();
    void updatePreview();

    AugmentationPipeline m_pipeline;
    torch::Tensor m_sample;
    uint64_t m_seed = 1;
    bool m_updatingControls = false;
    double m_lastUpdateMs = 0;
    std::vector<QImage> m_preview;

    QComboBox* m_preset = nullptr;
    QDoubleSpinBox* m_rotation = nullptr;
    QDoubleSpinBox* m_translate = nullptr;
    QDoubleSpinBox* m_scale = nullptr;
    QDoubleSpinBox* m_shear = nullptr;
    QDoubleSpinBox* m_elasticAlpha = nullptr;
    QDoubleSpinBox* m_elasticSigma = nullptr;
    QDoubleSpinBox* m_noise = nullptr;
    QDoubleSpinBox* m_blur = nullptr;
    QDoubleSpinBox* m_brightness = nullptr;
    QDoubleSpinBox* m_contrast = nullptr;
    QDoubleSpinBox* m_erasing = nullptr;
    QDoubleSpinBox* m_erasingArea = nullptr;
    QSpinBox* m_cropPadding = nullptr;
    QCheckBox* m_flip = nullptr;
    std::vector<QLabel*> m_cells;
    QLabel* m_timing = nullptr;
};

} // namespace netsmith::ui
