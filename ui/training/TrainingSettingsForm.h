#pragma once
// The form that edits a project's TrainingSettings: optimizer, learning rate and schedule,
// epochs, batch size, validation split, augmentation preset, seed, device (the CPU and every
// CUDA device this LibTorch build sees) and threads. settingsEdited() fires on every user edit
// so that a ProjectDocument can record it; setSettings() does not fire it.
#include "project/TrainingSettings.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;
class QCheckBox;

namespace netsmith::ui {

class TrainingSettingsForm : public QWidget
{
    Q_OBJECT
public:
    explicit TrainingSettingsForm(QWidget* parent = nullptr);

    void setSettings(const TrainingSettings& settings);
    /// The form's values on top of the last settings given (fields the form does not show are kept).
    TrainingSettings settings() const;

Q_SIGNALS:
    void settingsEdited();

private:
    void updateEnabledFields();

    TrainingSettings base_;
    bool loading_ = false;
    QComboBox* optimizer_ = nullptr;
    QDoubleSpinBox* learningRate_ = nullptr;
    QDoubleSpinBox* momentum_ = nullptr;
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
    QSpinBox* seed_ = nullptr;
    QComboBox* device_ = nullptr;
    QSpinBox* threads_ = nullptr;
    QCheckBox* mixedPrecision_ = nullptr;
};

} // namespace netsmith::ui
