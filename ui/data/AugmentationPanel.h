#pragma once
// The augmentation controls and a live preview. The controls are built from
// AugmentationSettings::knobs() and the preset box from AugmentationPresets; with a document
// they edit the project's own augmentation settings through undoable commands (and follow the
// document when it changes elsewhere: undo, the Train page, another file), without one they
// edit the panel's settings. The preview is one chosen sample under N random draws of the
// very batch step training runs: batch 0 of a pass seeded with seed() over N copies of the
// sample (BatchPrefetcher::augment), regenerated whenever a setting changes, with a reseed
// button for fresh draws. When told which dataset is shown (suggestFor), a bar above proposes
// the augmentation that suits it (DatasetCatalog::suggestedAugmentation): applied as one
// undoable edit, or declined and not proposed for that dataset again.
#include "data/AugmentationPipeline.h"

#include <QPointer>
#include <QWidget>
#include <torch/torch.h>

class QBoxLayout;
class QCheckBox;
class QComboBox;
class QFrame;
class QGridLayout;
class QGroupBox;
class QLabel;
class QPushButton;

namespace netsmith {
struct AugmentationKnob;
}

namespace netsmith::ui {

class ProjectDocument;

class AugmentationPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kDraws = 16;

    explicit AugmentationPanel(QWidget* parent = nullptr);

    /// Edits and follows this document's augmentation settings; nullptr: the panel's own.
    void setDocument(ProjectDocument* document);
    AugmentationSettings settings() const { return pipeline_.settings(); }
    /// Applies a preset ("none", "light", "digits", "strong") as one edit; false if unknown.
    bool applyPreset(const QString& id);
    /// The sample (uint8 C×H×W) to preview.
    void setSample(const torch::Tensor& chw);
    void reseed();

    /// Proposes the augmentation that suits `dataset` (a bundled name or a path), unless the
    /// settings are that already, there is none, or the user declined it for this dataset.
    void suggestFor(const QString& dataset);
    /// The preset id the bar proposes now; empty when it is hidden.
    QString suggestion() const;
    void applySuggestion();
    /// Moves the proposal bar into `layout` (the Data page shows it above the dataset, where
    /// it is seen when the dataset is chosen); by default it heads the panel.
    void placeSuggestionBar(QBoxLayout* layout);
    /// Hides the proposal and remembers (QSettings) not to make it for this dataset again.
    void declineSuggestion();

    /// The pass seed of the preview: draw i is what BatchPrefetcher::augment gives sample i of
    /// batch 0 in a pass seeded with this.
    uint64_t seed() const { return seed_; }
    /// Draw `i` of the current preview (for tests and screenshots).
    QImage previewImage(int i) const;
    /// The editor of a knob ("rotation_degrees"): a QDoubleSpinBox, QSpinBox or QCheckBox.
    QWidget* control(const QString& key) const;

Q_SIGNALS:
    void previewUpdated();
    /// The proposal was taken (the Data page then shows the preview).
    void suggestionApplied();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Control
    {
        const AugmentationKnob* knob;
        QLabel* label; ///< null for a check box, which carries its own text
        QWidget* editor;
    };

    void addControl(QGridLayout* form, int row, const AugmentationKnob& knob);
    void retranslateUi();
    /// Shows settings in the controls, the preset box and the preview (no edit).
    void showSettings(const AugmentationSettings& settings);
    void controlEdited(const AugmentationKnob& knob);
    void commit(const AugmentationSettings& settings, const QString& control);
    void followDocument();
    void updatePresetBox();
    void updatePreview();
    void updateSuggestion();

    QPointer<ProjectDocument> document_;
    AugmentationPipeline pipeline_;
    torch::Tensor sample_;
    uint64_t seed_ = 1;
    bool updatingControls_ = false;
    int session_ = 1;     ///< merges edits of one control while it keeps the focus
    int nextSession_ = 2;
    double lastUpdateMs_ = 0;
    std::vector<QImage> preview_;

    QGroupBox* controlsBox_ = nullptr;
    QGroupBox* previewBox_ = nullptr;
    QLabel* presetLabel_ = nullptr;
    QComboBox* preset_ = nullptr;
    std::vector<Control> controls_;
    std::vector<QLabel*> cells_;
    QPushButton* reseed_ = nullptr;
    QFrame* suggestionBar_ = nullptr;
    QLabel* suggestionText_ = nullptr;
    QPushButton* applySuggestion_ = nullptr;
    QPushButton* declineSuggestion_ = nullptr;
    QString suggestedFor_;    ///< the dataset the bar is about
    QString suggestedPreset_; ///< what suits it; empty: nothing to propose
    QLabel* timing_ = nullptr;
};

} // namespace netsmith::ui
