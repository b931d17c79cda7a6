#include "data/AugmentationPanel.h"

#include "data/SampleImage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace netsmith::ui {

namespace {
constexpr int kColumns = 4;
constexpr int kCell = 84;
} // namespace

AugmentationPanel::AugmentationPanel(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);

    auto* controls = new QGroupBox(tr("Augmentation"), this);
    auto* form = new QGridLayout(controls);
    int row = 0;
    form->addWidget(new QLabel(tr("Preset"), controls), row, 0);
    m_preset = new QComboBox(controls);
    m_preset->addItem(tr("None"), QStringLiteral("none"));
    m_preset->addItem(tr("Light"), QStringLiteral("light"));
    m_preset->addItem(tr("Digits"), QStringLiteral("digits"));
    m_preset->addItem(tr("Strong"), QStringLiteral("strong"));
    m_preset->addItem(tr("Custom"), QString());
    form->addWidget(m_preset, row++, 1);
    m_rotation = addSpin(form, row++, tr("Rotation"), 45, 1, 0, tr(" °"));
    m_rotation->setObjectName(QStringLiteral("rotation"));
    m_translate = addSpin(form, row++, tr("Translation"), 0.3, 0.01, 2, tr(" × size"));
    m_scale = addSpin(form, row++, tr("Scale"), 0.5, 0.01, 2, tr(" ±"));
    m_shear = addSpin(form, row++, tr("Shear"), 30, 1, 0, tr(" °"));
    m_elasticAlpha = addSpin(form, row++, tr("Elastic strength"), 5, 0.1, 1, tr(" px"));
    m_elasticSigma = addSpin(form, row++, tr("Elastic smoothness"), 8, 0.5, 1, tr(" px"));
    m_elasticSigma->setMinimum(1);
    m_noise = addSpin(form, row++, tr("Gaussian noise"), 60, 1, 0, tr(" (0–255)"));
    m_blur = addSpin(form, row++, tr("Blur"), 3, 0.1, 1, tr(" px"));
    m_brightness = addSpin(form, row++, tr("Brightness"), 0.5, 0.01, 2, tr(" ±"));
    m_contrast = addSpin(form, row++, tr("Contrast"), 0.5, 0.01, 2, tr(" ±"));
    m_erasing = addSpin(form, row++, tr("Random erasing"), 1, 0.05, 2, tr(" chance"));
    m_erasingArea = addSpin(form, row++, tr("Erased area up to"), 0.5, 0.01, 2, tr(" × image"));
    m_erasingArea->setMinimum(0.02);
    form->addWidget(new QLabel(tr("Crop padding"), controls), row, 0);
    m_cropPadding = new QSpinBox(controls);
    m_cropPadding->setRange(0, 8);
    m_cropPadding->setSuffix(tr(" px"));
    form->addWidget(m_cropPadding, row++, 1);
    m_flip = new QCheckBox(tr("Horizontal flip (not for digits)"), controls);
    form->addWidget(m_flip, row++, 0, 1, 2);
    form->setRowStretch(row, 1);
    layout->addWidget(controls);

    auto* previewBox = new QGroupBox(tr("Preview: one sample, %1 random draws of the training pipeline").arg(kDraws), this);
    auto* previewLayout = new QVBoxLayout(previewBox);
    auto* grid = new QGridLayout;
    grid->setSpacing(4);
    for (int i = 0; i < kDraws; ++i) {
        auto* cell = new QLabel(previewBox);
        cell->setFixedSize(kCell, kCell);
        cell->setAlignment(Qt::AlignCenter);
        cell->setFrameShape(QFrame::StyledPanel);
        grid->addWidget(cell, i / kColumns, i % kColumns);
        m_cells.push_back(cell);
    }
    previewLayout->addLayout(grid);
    auto* bottom = new QHBoxLayout;
    auto* reseedButton = new QPushButton(tr("Reseed"), previewBox);
    reseedButton->setObjectName(QStringLiteral("reseedButton"));
    reseedButton->setToolTip(tr("Draw new random augmentations of the same sample"));
    bottom->addWidget(reseedButton);
    m_timing = new QLabel(previewBox);
    bottom->addWidget(m_timing, 1);
    previewLayout->addLayout(bottom);
    previewLayout->addStretch(1);
    layout->addWidget(previewBox, 1);

    connect(reseedButton, &QPushButton::clicked, this, &AugmentationPanel::reseed);
    connect(m_preset, &QComboBox::activated, this, [this](int index) {
        const QString name = m_preset->itemData(index).toString();
        if (!name.isEmpty())
            applyPreset(name);
    });
    for (QDoubleSpinBox* spin : {m_rotation, m_translate, m_scale, m_shear, m_elasticAlpha, m_elasticSigma, m_noise,
                                 m_blur, m_brightness, m_contrast, m_erasing, m_erasingArea})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &AugmentationPanel::readControls);
    connect(m_cropPadding, &QSpinBox::valueChanged, this, &AugmentationPanel::readControls);
    connect(m_flip, &QCheckBox::toggled, this, &AugmentationPanel::readControls);

    applyPreset(QStringLiteral("digits"));
}

QDoubleSpinBox* AugmentationPanel::addSpin(QGridLayout* form, int row, const QString& label, double max, double step,
                                           int decimals, const QString& suffix)
{
    form->addWidget(new QLabel(label, form->parentWidget()), row, 0);
    auto* spin = new QDoubleSpinBox(form->parentWidget());
    spin->setRange(0, max);
    spin->setSingleStep(step);
    spin->setDecimals(decimals);
    spin->setSuffix(suffix);
    form->addWidget(spin, row, 1);
    return spin;
}

bool AugmentationPanel::applyPreset(const QString& name)
{
    AugmentationSettings s;
    if (!AugmentationSettings::preset(name, &s))
        return false;
    setSettings(s);
    return true;
}

void AugmentationPanel::setSettings(const AugmentationSettings& s)
{
    m_updatingControls = true;
    m_rotation->setValue(s.rotationDegrees);
    m_translate->setValue(s.translateFraction);
    m_scale->setValue(s.scaleFraction);
    m_shear->setValue(s.shearDegrees);
    m_elasticAlpha->setValue(s.elasticAlpha);
    m_elasticSigma->setValue(s.elasticSigma);
    m_noise->setValue(s.noiseStd);
    m_blur->setValue(s.blurSigma);
    m_brightness->setValue(s.brightness);
    m_contrast->setValue(s.contrast);
    m_erasing->setValue(s.erasingProbability);
    m_erasingArea->setValue(s.erasingMaxArea);
    m_cropPadding->setValue(s.cropPadding);
    m_flip->setChecked(s.horizontalFlip);
    m_updatingControls = false;
    readControls();
}

void AugmentationPanel::readControls()
{
    if (m_updatingControls)
        return;
    AugmentationSettings s;
    s.rotationDegrees = m_rotation->value();
    s.translateFraction = m_translate->value();
    s.scaleFraction = m_scale->value();
    s.shearDegrees = m_shear->value();
    s.elasticAlpha = m_elasticAlpha->value();
    s.elasticSigma = m_elasticSigma->value();
    s.noiseStd = m_noise->value();
    s.blurSigma = m_blur->value();
    s.brightness = m_brightness->value();
    s.contrast = m_contrast->value();
    s.erasingProbability = m_erasing->value();
    s.erasingMaxArea = m_erasingArea->value();
    s.cropPadding = m_cropPadding->value();
    s.horizontalFlip = m_flip->isChecked();
    m_pipeline.setSettings(s);
    // The preset box names the preset these settings are, or "Custom".
    int presetIndex = m_preset->count() - 1;
    for (int i = 0; i + 1 < m_preset->count(); ++i) {
        AugmentationSettings p;
        if (AugmentationSettings::preset(m_preset->itemData(i).toString(), &p) && p == s)
            presetIndex = i;
    }
    m_preset->setCurrentIndex(presetIndex);
    updatePreview();
    Q_EMIT settingsChanged();
}

void AugmentationPanel::setSample(const torch::Tensor& chw)
{
    m_sample = chw.defined() ? chw.contiguous() : chw;
    updatePreview();
}

void AugmentationPanel::reseed()
{
    // Any new value will do; a counter keeps runs reproducible.
    m_seed = m_seed * 6364136223846793005ull + 1442695040888963407ull;
    updatePreview();
}

QImage AugmentationPanel::previewImage(int i) const
{
    return i >= 0 && size_t(i) < m_preview.size() ? m_preview[size_t(i)] : QImage();
}

void AugmentationPanel::updatePreview()
{
    m_preview.clear();
    if (!m_sample.defined() || m_sample.dim() != 3) {
        for (QLabel* cell : m_cells)
            cell->clear();
        m_timing->clear();
        return;
    }
    QElapsedTimer timer;
    timer.start();
    // kDraws copies of the sample in one batch: each position gets its own random draw, exactly
    // as the samples of a training batch do.
    const torch::Tensor batch = m_sample.unsqueeze(0).expand({kDraws, -1, -1, -1}).contiguous();
    const torch::Tensor augmented = m_pipeline.apply(batch, m_seed);
    for (int i = 0; i < kDraws; ++i) {
        m_preview.push_back(SampleImage::fromTensor(augmented[i]));
        const QImage& image = m_preview.back();
        m_cells[size_t(i)]->setPixmap(QPixmap::fromImage(
            image.scaled(kCell - 4, kCell - 4, Qt::KeepAspectRatio, Qt::FastTransformation)));
    }
    m_lastUpdateMs = double(timer.nsecsElapsed()) / 1e6;
    m_timing->setText(tr("Updated in %1 ms").arg(m_lastUpdateMs, 0, 'f', 1));
    Q_EMIT previewUpdated();
}

} // namespace netsmith::ui
