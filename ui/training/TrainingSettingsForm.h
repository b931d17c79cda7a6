#pragma once
// The form that edits a project's TrainingSettings: optimizer, learning rate and schedule,
// epochs, batch size, validation split, augmentation, seed, device and threads. The choices
// come from the option registries (OptimizerRegistry, ScheduleRegistry, AugmentationPresets,
// DeviceRegistry), and a field that only some choices read (momentum, the schedule's knobs,
// mixed precision) is enabled only while a chosen option uses it. The augmentation shows the
// matching preset or "Custom" and a summary of the project's full settings, which the Data
// page edits; choosing a preset here applies its settings. settingsEdited() fires on every
// user edit so that a ProjectDocument can record it; setSettings() does not fire it.
// Every field says what it does and a sensible range in its tooltip and its What's This (F1);
// a choice adds the chosen option's help from its registry, so each fact is written once.
#include "project/TrainingSettings.h"

#include <QWidget>
#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QSpinBox;

namespace netsmith::ui {

class TrainingSettingsForm : public QWidget
{
    Q_OBJECT
public:
    explicit TrainingSettingsForm(QWidget* parent = nullptr);

    void setSettings(const TrainingSettings& settings);
    /// The form's values on top of the last settings given (fields the form does not show are kept).
    TrainingSettings settings() const;

    /// The augmentation line: preset name or "Custom", and the summary beside it.
    QString augmentationText() const;
    /// The editor of a setting by its project-file key ("momentum"), for tests.
    QWidget* field(const QString& key) const;
    /// Every field's editor, in the form's order.
    QList<QWidget*> editors() const;
    /// What a field does and its sensible range, in the current language: its label as title,
    /// the help as rich text (F1 shows these). False for a widget that is no field here.
    bool helpFor(const QWidget* editor, QString* title, QString* text) const;

Q_SIGNALS:
    void settingsEdited();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Row
    {
        const char* label; ///< translatable (context "TrainingSettingsForm"); empty: none
        QString key;       ///< TrainingSettings key, or empty
        QWidget* editor;
        const char* help;  ///< translatable (context "TrainingSettingsForm"); empty: none
        QLabel* labelWidget = nullptr;
    };

    void addRow(QFormLayout* form, const char* label, const QString& key, QWidget* editor,
                const char* help = nullptr);
    /// The help of a choice's current option (from its registry), empty for other fields.
    QString optionHelp(const QWidget* editor) const;
    void updateHelp();
    void retranslateUi();
    void updateEnabledFields();
    void showAugmentation();

    TrainingSettings base_;
    bool loading_ = false;
    std::vector<Row> rows_;
    QComboBox* optimizer_ = nullptr;
    QDoubleSpinBox* learningRate_ = nullptr;
    QDoubleSpinBox* momentum_ = nullptr;
    QCheckBox* nesterov_ = nullptr;
    QDoubleSpinBox* weightDecay_ = nullptr;
    QComboBox* schedule_ = nullptr;
    QSpinBox* stepSize_ = nullptr;
    QDoubleSpinBox* gamma_ = nullptr;
    QSpinBox* plateauPatience_ = nullptr;
    QSpinBox* warmup_ = nullptr;
    QSpinBox* epochs_ = nullptr;
    QSpinBox* batchSize_ = nullptr;
    QDoubleSpinBox* validationSplit_ = nullptr;
    QSpinBox* earlyStop_ = nullptr;
    QDoubleSpinBox* labelSmoothing_ = nullptr;
    QComboBox* augmentation_ = nullptr;
    QLabel* augmentationSummary_ = nullptr;
    QSpinBox* seed_ = nullptr;
    QComboBox* device_ = nullptr;
    QSpinBox* threads_ = nullptr;
    QCheckBox* mixedPrecision_ = nullptr;
};

} // namespace netsmith::ui
