#include "data/AugmentationPanel.h"

#include "ProjectDocument.h"
#include "data/AugmentationPresets.h"
#include "data/BatchPrefetcher.h"
#include "data/DatasetCatalog.h"
#include "data/SampleImage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace netsmith::ui {

namespace {
constexpr int kColumns = 4;
constexpr int kCell = 84;
const QString kPresetControl = QStringLiteral("preset");
const QString kDeclinedKey = QStringLiteral("augmentation/declinedSuggestions");
} // namespace

AugmentationPanel::AugmentationPanel(QWidget* parent) : QWidget(parent)
{
    auto* outer = new QVBoxLayout(this);
    suggestionBar_ = new QFrame(this);
    suggestionBar_->setObjectName(QStringLiteral("suggestionBar"));
    suggestionBar_->setFrameShape(QFrame::StyledPanel);
    suggestionBar_->setAutoFillBackground(true);
    suggestionBar_->setBackgroundRole(QPalette::AlternateBase);
    auto* bar = new QHBoxLayout(suggestionBar_);
    suggestionText_ = new QLabel(suggestionBar_);
    suggestionText_->setWordWrap(true);
    bar->addWidget(suggestionText_, 1);
    applySuggestion_ = new QPushButton(suggestionBar_);
    applySuggestion_->setObjectName(QStringLiteral("applySuggestion"));
    bar->addWidget(applySuggestion_);
    declineSuggestion_ = new QPushButton(suggestionBar_);
    declineSuggestion_->setObjectName(QStringLiteral("declineSuggestion"));
    bar->addWidget(declineSuggestion_);
    suggestionBar_->hide();
    outer->addWidget(suggestionBar_);
    auto* layout = new QHBoxLayout;
    outer->addLayout(layout, 1);
    connect(applySuggestion_, &QPushButton::clicked, this, &AugmentationPanel::applySuggestion);
    connect(declineSuggestion_, &QPushButton::clicked, this, &AugmentationPanel::declineSuggestion);

    controlsBox_ = new QGroupBox(this);
    auto* form = new QGridLayout(controlsBox_);
    int row = 0;
    presetLabel_ = new QLabel(controlsBox_);
    form->addWidget(presetLabel_, row, 0);
    preset_ = new QComboBox(controlsBox_);
    preset_->setObjectName(QStringLiteral("preset"));
    for (const AugmentationPreset& p : AugmentationPresets::instance().kinds())
        preset_->addItem(QString(), p.id);
    preset_->addItem(QString(), QString()); // "Custom": any other mix
    form->addWidget(preset_, row++, 1);
    for (const AugmentationKnob& knob : AugmentationSettings::knobs())
        addControl(form, row++, knob);
    form->setRowStretch(row, 1);
    layout->addWidget(controlsBox_);

    previewBox_ = new QGroupBox(this);
    auto* previewLayout = new QVBoxLayout(previewBox_);
    auto* grid = new QGridLayout;
    grid->setSpacing(4);
    for (int i = 0; i < kDraws; ++i) {
        auto* cell = new QLabel(previewBox_);
        cell->setFixedSize(kCell, kCell);
        cell->setAlignment(Qt::AlignCenter);
        cell->setFrameShape(QFrame::StyledPanel);
        grid->addWidget(cell, i / kColumns, i % kColumns);
        cells_.push_back(cell);
    }
    previewLayout->addLayout(grid);
    auto* bottom = new QHBoxLayout;
    reseed_ = new QPushButton(previewBox_);
    reseed_->setObjectName(QStringLiteral("reseedButton"));
    bottom->addWidget(reseed_);
    timing_ = new QLabel(previewBox_);
    bottom->addWidget(timing_, 1);
    previewLayout->addLayout(bottom);
    previewLayout->addStretch(1);
    layout->addWidget(previewBox_, 1);

    connect(reseed_, &QPushButton::clicked, this, &AugmentationPanel::reseed);
    connect(preset_, &QComboBox::activated, this, [this](int index) {
        const QString id = preset_->itemData(index).toString();
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
    controls_.push_back(c);
}

void AugmentationPanel::retranslateUi()
{
    controlsBox_->setTitle(tr("Augmentation"));
    applySuggestion_->setText(tr("Use It"));
    applySuggestion_->setToolTip(tr("Apply the suggested augmentation (one step to undo)"));
    declineSuggestion_->setText(tr("No, Thanks"));
    declineSuggestion_->setToolTip(tr("Keep the current settings and do not suggest this again for this dataset"));
    updateSuggestion();
    presetLabel_->setText(tr("Preset"));
    const AugmentationPresets& presets = AugmentationPresets::instance();
    for (int i = 0; i < preset_->count(); ++i) {
        const AugmentationPreset* p = presets.find(preset_->itemData(i).toString());
        preset_->setItemText(i, p ? p->translatedName() : tr("Custom"));
        preset_->setItemData(i, p ? p->translatedHelp() : tr("Settings that match no preset"), Qt::ToolTipRole);
    }
    for (const Control& c : controls_) {
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
    previewBox_->setTitle(tr("Preview: one sample, %1 random draws of the training pipeline").arg(kDraws));
    reseed_->setText(tr("Reseed"));
    reseed_->setToolTip(tr("Draw new random augmentations of the same sample"));
    if (!preview_.empty())
        timing_->setText(tr("Updated in %1 ms").arg(lastUpdateMs_, 0, 'f', 1));
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
        session_ = nextSession_++;
    return QWidget::eventFilter(watched, event);
}

QWidget* AugmentationPanel::control(const QString& key) const
{
    for (const Control& c : controls_)
        if (c.knob->key == key)
            return c.editor;
    return nullptr;
}

void AugmentationPanel::setDocument(ProjectDocument* document)
{
    if (document_)
        disconnect(document_, nullptr, this, nullptr);
    document_ = document;
    if (!document)
        return;
    connect(document, &ProjectDocument::trainingSettingsChanged, this, &AugmentationPanel::followDocument);
    followDocument();
}

void AugmentationPanel::followDocument()
{
    if (document_ && document_->project().training.augmentation != pipeline_.settings())
        showSettings(document_->project().training.augmentation);
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
    if (updatingControls_)
        return;
    AugmentationSettings s = pipeline_.settings();
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
    if (document_) {
        // The document's change signal brings the settings back to showSettings().
        document_->setAugmentation(settings, control, control == kPresetControl ? 0 : session_);
        followDocument(); // when nothing changed (same settings), show them anyway
    } else {
        showSettings(settings);
    }
    if (control == kPresetControl)
        session_ = nextSession_++; // a knob edited after a preset is a new step
}

void AugmentationPanel::showSettings(const AugmentationSettings& s)
{
    updatingControls_ = true;
    for (const Control& c : controls_) {
        const double v = c.knob->value(s);
        if (auto* box = qobject_cast<QCheckBox*>(c.editor))
            box->setChecked(v != 0);
        else if (auto* spin = qobject_cast<QDoubleSpinBox*>(c.editor))
            spin->setValue(v);
        else if (auto* count = qobject_cast<QSpinBox*>(c.editor))
            count->setValue(int(v));
    }
    updatingControls_ = false;
    pipeline_.setSettings(s);
    updatePresetBox();
    updateSuggestion();
    updatePreview();
}

void AugmentationPanel::suggestFor(const QString& dataset)
{
    suggestedFor_ = dataset;
    suggestedPreset_ = DatasetCatalog::suggestedAugmentation(dataset);
    if (QSettings().value(kDeclinedKey).toStringList().contains(dataset))
        suggestedPreset_.clear();
    updateSuggestion();
}

QString AugmentationPanel::suggestion() const
{
    return suggestionBar_->isVisibleTo(suggestionBar_->parentWidget()) ? suggestedPreset_ : QString();
}

void AugmentationPanel::applySuggestion()
{
    const QString id = suggestion();
    if (id.isEmpty())
        return;
    applyPreset(id); // one undoable edit; the bar hides once the settings match
    Q_EMIT suggestionApplied();
}

void AugmentationPanel::placeSuggestionBar(QBoxLayout* target)
{
    layout()->removeWidget(suggestionBar_);
    target->addWidget(suggestionBar_);
}

void AugmentationPanel::declineSuggestion()
{
    QSettings settings;
    QStringList declined = settings.value(kDeclinedKey).toStringList();
    if (!declined.contains(suggestedFor_))
        settings.setValue(kDeclinedKey, declined << suggestedFor_);
    suggestedPreset_.clear();
    updateSuggestion();
}

void AugmentationPanel::updateSuggestion()
{
    const AugmentationPreset* preset = AugmentationPresets::instance().find(suggestedPreset_);
    const bool show = preset && preset->values != pipeline_.settings();
    if (show)
        suggestionText_->setText(tr("Suggested for %1: %2 — %3.")
                                     .arg(suggestedFor_, preset->translatedName(), preset->values.summary()));
    suggestionBar_->setVisible(show);
}

void AugmentationPanel::updatePresetBox()
{
    const AugmentationPreset* p = AugmentationPresets::instance().matching(pipeline_.settings());
    preset_->setCurrentIndex(preset_->findData(p ? p->id : QString()));
}

void AugmentationPanel::setSample(const torch::Tensor& chw)
{
    sample_ = chw.defined() ? chw.contiguous() : chw;
    updatePreview();
}

void AugmentationPanel::reseed()
{
    // Any new value will do; a counter keeps runs reproducible.
    seed_ = seed_ * 6364136223846793005ull + 1442695040888963407ull;
    updatePreview();
}

QImage AugmentationPanel::previewImage(int i) const
{
    return i >= 0 && size_t(i) < preview_.size() ? preview_[size_t(i)] : QImage();
}

void AugmentationPanel::updatePreview()
{
    preview_.clear();
    if (!sample_.defined() || sample_.dim() != 3) {
        for (QLabel* cell : cells_)
            cell->clear();
        timing_->clear();
        return;
    }
    QElapsedTimer timer;
    timer.start();
    // kDraws copies of the sample as the first batch of a training pass: each position gets
    // its own random draw, exactly as the samples of a training batch do.
    const torch::Tensor batch = sample_.unsqueeze(0).expand({kDraws, -1, -1, -1}).contiguous();
    const torch::Tensor augmented = BatchPrefetcher::augment(pipeline_, batch, seed_, 0);
    for (int i = 0; i < kDraws; ++i) {
        preview_.push_back(SampleImage::fromTensor(augmented[i]));
        const QImage& image = preview_.back();
        cells_[size_t(i)]->setPixmap(QPixmap::fromImage(
            image.scaled(kCell - 4, kCell - 4, Qt::KeepAspectRatio, Qt::FastTransformation)));
    }
    lastUpdateMs_ = double(timer.nsecsElapsed()) / 1e6;
    timing_->setText(tr("Updated in %1 ms").arg(lastUpdateMs_, 0, 'f', 1));
    Q_EMIT previewUpdated();
}

} // namespace netsmith::ui
