#include "data/AugmentationPanel.h"

#include "ProjectDocument.h"
#include "data/AugmentationPresets.h"
#include "data/BatchPrefetcher.h"
#include "data/SampleImage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QEvent>
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
const QString kPresetControl = QStringLiteral("preset");
} // namespace

AugmentationPanel::AugmentationPanel(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);

    m_controlsBox = new QGroupBox(this);
    auto* form = new QGridLayout(m_controlsBox);
    int row = 0;
    m_presetLabel = new QLabel(m_controlsBox);
    form->addWidget(m_presetLabel, row, 0);
    m_preset = new QComboBox(m_controlsBox);
    m_preset->setObjectName(QStringLiteral("preset"));
    for (const AugmentationPreset& p : AugmentationPresets::instance().kinds())
        m_preset->addItem(QString(), p.id);
    m_preset->addItem(QString(), QString()); // "Custom": any other mix
    form->addWidget(m_preset, row++, 1);
    for (const AugmentationKnob& knob : AugmentationSettings::knobs())
        addControl(form, row++, knob);
    form->setRowStretch(row, 1);
    layout->addWidget(m_controlsBox);

    m_previewBox = new QGroupBox(this);
    auto* previewLayout = new QVBoxLayout(m_previewBox);
    auto* grid = new QGridLayout;
    grid->setSpacing(4);
    for (int i = 0; i < kDraws; ++i) {
        auto* cell = new QLabel(m_previewBox);
        cell->setFixedSize(kCell, kCell);
        cell->setAlignment(Qt::AlignCenter);
        cell->setFrameShape(QFrame::StyledPanel);
        grid->addWidget(cell, i / kColumns, i % kColumns);
        m_cells.push_back(cell);
    }
    previewLayout->addLayout(grid);
    auto* bottom = new QHBoxLayout;
    m_reseed = new QPushButton(m_previewBox);
    m_reseed->setObjectName(QStringLiteral("reseedButton"));
    bottom->addWidget(m_reseed);
    m_timing = new QLabel(m_previewBox);
    bottom->addWidget(m_timing, 1);
    previewLayout->addLayout(bottom);
    previewLayout->addStretch(1);
    layout->addWidget(m_previewBox, 1);

    connect(m_reseed, &QPushButton::clicked, this, &AugmentationPanel::reseed);
    connect(m_preset, &QComboBox::activated, this, [this](int index) {
        const QString id = m_preset->itemData(index).toString();
        if (!id.isEmpty())
            applyPreset(id);
        else
            updatePresetBox(); // "Custom" is what the settings are, not something to choose
    });

    retranslateUi();
    // A new panel shows the digits preset until a document says otherwise.
    showSettings(AugmentationPresets::instance().find(QStringLiteral("digits"))->values);
}

void AugmentationPanel::addControl(QGridLayout* form, int row, const AugmentationKnob& knob)
{
    QWidget* parent = form->parentWidget();
    Control c{&knob, nullptr, nullptr};
    if (knob.type == AugmentationKnob::Type::Flag) {
        auto* box = new QCheckBox(parent);
        connect(box, &QCheckBox::toggled, this, [this, &knob] { controlEdited(knob); });
        form->addWidget(box, row, 0, 1, 2);
        c.editor = box;
    } else {
        c.label = new QLabel(parent);
        form->addWidget(c.label, row, 0);
        if (knob.type == AugmentationKnob::Type::Count) {
            auto* spin = new QSpinBox(parent);
            spin->setRange(int(knob.minimum), int(knob.maximum));
            connect(spin, &QSpinBox::valueChanged, this, [this, &knob] { controlEdited(knob); });
            c.editor = spin;
        } else {
            auto* spin = new QDoubleSpinBox(parent);
            spin->setRange(knob.minimum, knob.maximum);
            spin->setSingleStep(knob.step);
            spin->setDecimals(knob.decimals);
            connect(spin, &QDoubleSpinBox::valueChanged, this, [this, &knob] { controlEdited(knob); });
            c.editor = spin;
        }
        form->addWidget(c.editor, row, 1);
    }
    c.editor->setObjectName(knob.key);
    c.editor->installEventFilter(this);
    m_controls.push_back(c);
}

void AugmentationPanel::retranslateUi()
{
    m_controlsBox->setTitle(tr("Augmentation"));
    m_presetLabel->setText(tr("Preset"));
    const AugmentationPresets& presets = AugmentationPresets::instance();
    for (int i = 0; i < m_preset->count(); ++i) {
        const AugmentationPreset* p = presets.find(m_preset->itemData(i).toString());
        m_preset->setItemText(i, p ? p->translatedName() : tr("Custom"));
        m_preset->setItemData(i, p ? p->translatedHelp() : tr("Settings that match no preset"), Qt::ToolTipRole);
    }
    for (const Control& c : m_controls) {
        c.editor->setToolTip(c.knob->translatedHelp());
        if (auto* box = qobject_cast<QCheckBox*>(c.editor))
            box->setText(c.knob->translatedLabel());
        else if (auto* spin = qobject_cast<QDoubleSpinBox*>(c.editor))
            spin->setSuffix(c.knob->translatedUnit());
        else if (auto* count = qobject_cast<QSpinBox*>(c.editor))
            count->setSuffix(c.knob->translatedUnit());
        if (c.label) {
            c.label->setText(c.knob->translatedLabel());
            c.label->setToolTip(c.knob->translatedHelp());
        }
    }
    m_previewBox->setTitle(tr("Preview: one sample, %1 random draws of the training pipeline").arg(kDraws));
    m_reseed->setText(tr("Reseed"));
    m_reseed->setToolTip(tr("Draw new random augmentations of the same sample"));
    if (!m_preview.empty())
        m_timing->setText(tr("Updated in %1 ms").arg(m_lastUpdateMs, 0, 'f', 1));
}

void AugmentationPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool AugmentationPanel::eventFilter(QObject* watched, QEvent* event)
{
    // A control that gains the focus starts a new undo step; editing within it merges.
    if (event->type() == QEvent::FocusIn)
        m_session = m_nextSession++;
    return QWidget::eventFilter(watched, event);
}

QWidget* AugmentationPanel::control(const QString& key) const
{
    for (const Control& c : m_controls)
        if (c.knob->key == key)
            return c.editor;
    return nullptr;
}

void AugmentationPanel::setDocument(ProjectDocument* document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (!document)
        return;
    connect(document, &ProjectDocument::trainingSettingsChanged, this, &AugmentationPanel::followDocument);
    followDocument();
}

void AugmentationPanel::followDocument()
{
    if (m_document && m_document->project().training.augmentation != m_pipeline.settings())
        showSettings(m_document->project().training.augmentation);
}

bool AugmentationPanel::applyPreset(const QString& id)
{
    const AugmentationPreset* preset = AugmentationPresets::instance().find(id);
    if (!preset)
        return false;
    commit(preset->values, kPresetControl);
    return true;
}

void AugmentationPanel::controlEdited(const AugmentationKnob& knob)
{
    if (m_updatingControls)
        return;
    AugmentationSettings s = m_pipeline.settings();
    QWidget* editor = control(knob.key);
    if (auto* box = qobject_cast<QCheckBox*>(editor))
        knob.setValue(&s, box->isChecked() ? 1 : 0);
    else if (auto* spin = qobject_cast<QDoubleSpinBox*>(editor))
        knob.setValue(&s, spin->value());
    else if (auto* count = qobject_cast<QSpinBox*>(editor))
        knob.setValue(&s, count->value());
    commit(s, knob.key);
}

void AugmentationPanel::commit(const AugmentationSettings& settings, const QString& control)
{
    if (m_document) {
        // The document's change signal brings the settings back to showSettings().
        m_document->setAugmentation(settings, control, control == kPresetControl ? 0 : m_session);
        followDocument(); // when nothing changed (same settings), show them anyway
    } else {
        showSettings(settings);
    }
    if (control == kPresetControl)
        m_session = m_nextSession++; // a knob edited after a preset is a new step
}

void AugmentationPanel::showSettings(const AugmentationSettings& s)
{
    m_updatingControls = true;
    for (const Control& c : m_controls) {
        const double v = c.knob->value(s);
        if (auto* box = qobject_cast<QCheckBox*>(c.editor))
            box->setChecked(v != 0);
        else if (auto* spin = qobject_cast<QDoubleSpinBox*>(c.editor))
            spin->setValue(v);
        else if (auto* count = qobject_cast<QSpinBox*>(c.editor))
            count->setValue(int(v));
    }
    m_updatingControls = false;
    const bool changed = s != m_pipeline.settings();
    m_pipeline.setSettings(s);
    updatePresetBox();
    updatePreview();
    if (changed)
        Q_EMIT settingsChanged();
}

void AugmentationPanel::updatePresetBox()
{
    const AugmentationPreset* p = AugmentationPresets::instance().matching(m_pipeline.settings());
    m_preset->setCurrentIndex(m_preset->findData(p ? p->id : QString()));
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
    // kDraws copies of the sample as the first batch of a training pass: each position gets
    // its own random draw, exactly as the samples of a training batch do.
    const torch::Tensor batch = m_sample.unsqueeze(0).expand({kDraws, -1, -1, -1}).contiguous();
    const torch::Tensor augmented = BatchPrefetcher::augment(m_pipeline, batch, m_seed, 0);
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
