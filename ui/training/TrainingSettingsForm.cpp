#include "training/TrainingSettingsForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSpinBox>
#include <QThread>
#include <torch/cuda.h>

namespace netsmith::ui {

namespace {

struct Choice
{
    const char* id;
    const char* label;
};

const Choice kOptimizers[] = {
    {"sgd", QT_TRANSLATE_NOOP("TrainingSettingsForm", "SGD")},
    {"adam", QT_TRANSLATE_NOOP("TrainingSettingsForm", "Adam")},
    {"adamw", QT_TRANSLATE_NOOP("TrainingSettingsForm", "AdamW")},
    {"rmsprop", QT_TRANSLATE_NOOP("TrainingSettingsForm", "RMSprop")},
};
const Choice kSchedules[] = {
    {"constant", QT_TRANSLATE_NOOP("TrainingSettingsForm", "Constant")},
    {"step", QT_TRANSLATE_NOOP("TrainingSettingsForm", "Step decay")},
    {"cosine", QT_TRANSLATE_NOOP("TrainingSettingsForm", "Cosine with warm-up")},
    {"onecycle", QT_TRANSLATE_NOOP("TrainingSettingsForm", "One-cycle")},
    {"plateau", QT_TRANSLATE_NOOP("TrainingSettingsForm", "Reduce on plateau")},
};
const Choice kAugmentations[] = {
    {"none", QT_TRANSLATE_NOOP("TrainingSettingsForm", "None")},
    {"light", QT_TRANSLATE_NOOP("TrainingSettingsForm", "Light")},
    {"digits", QT_TRANSLATE_NOOP("TrainingSettingsForm", "Digits (shift, rotate, scale)")},
    {"strong", QT_TRANSLATE_NOOP("TrainingSettingsForm", "Strong")},
};

template <std::size_t N>
void fill(QComboBox* box, const Choice (&choices)[N])
{
    for (const Choice& c : choices)
        box->addItem(QCoreApplication::translate("TrainingSettingsForm", c.label), QString::fromLatin1(c.id));
}

void select(QComboBox* box, const QString& id)
{
    int index = box->findData(id);
    if (index < 0) { // a value from a newer file or another tool: show it rather than lose it
        box->addItem(id, id);
        index = box->count() - 1;
    }
    box->setCurrentIndex(index);
}

QDoubleSpinBox* decimalBox(double min, double max, int decimals, double step)
{
    auto* box = new QDoubleSpinBox;
    box->setRange(min, max);
    box->setDecimals(decimals);
    box->setSingleStep(step);
    return box;
}

QSpinBox* integerBox(int min, int max)
{
    auto* box = new QSpinBox;
    box->setRange(min, max);
    return box;
}

} // namespace

TrainingSettingsForm::TrainingSettingsForm(QWidget* parent)
    : QWidget(parent)
{
    optimizer_ = new QComboBox;
    fill(optimizer_, kOptimizers);
    learningRate_ = decimalBox(1e-6, 10.0, 6, 1e-4);
    momentum_ = decimalBox(0.0, 0.999, 3, 0.05);
    weightDecay_ = decimalBox(0.0, 1.0, 5, 1e-4);
    schedule_ = new QComboBox;
    fill(schedule_, kSchedules);
    stepSize_ = integerBox(1, 10000);
    gamma_ = decimalBox(0.01, 1.0, 3, 0.05);
    plateauPatience_ = integerBox(0, 10000);
    warmup_ = integerBox(0, 10000);
    epochs_ = integerBox(1, 100000);
    batchSize_ = integerBox(1, 65536);
    validationSplit_ = decimalBox(0.0, 0.9, 2, 0.05);
    earlyStop_ = integerBox(0, 10000);
    earlyStop_->setSpecialValueText(tr("Off"));
    labelSmoothing_ = decimalBox(0.0, 0.99, 2, 0.05);
    augmentation_ = new QComboBox;
    fill(augmentation_, kAugmentations);
    seed_ = integerBox(0, 2147483647);
    device_ = new QComboBox;
    device_->addItem(tr("CPU"), QStringLiteral("cpu"));
    const int gpus = torch::cuda::is_available() ? int(torch::cuda::device_count()) : 0;
    for (int i = 0; i < gpus; ++i)
        device_->addItem(tr("CUDA device %1").arg(i), QStringLiteral("cuda:%1").arg(i));
    threads_ = integerBox(0, 1024);
    threads_->setSpecialValueText(tr("All cores (%1)").arg(QThread::idealThreadCount()));
    mixedPrecision_ = new QCheckBox(tr("Mixed precision (CUDA)"));
    mixedPrecision_->setEnabled(gpus > 0);

    auto* form = new QFormLayout(this);
    form->addRow(tr("Optimizer"), optimizer_);
    form->addRow(tr("Learning rate"), learningRate_);
    form->addRow(tr("Momentum"), momentum_);
    form->addRow(tr("Weight decay"), weightDecay_);
    form->addRow(tr("Schedule"), schedule_);
    form->addRow(tr("Step every (epochs)"), stepSize_);
    form->addRow(tr("Decay factor"), gamma_);
    form->addRow(tr("Plateau patience (epochs)"), plateauPatience_);
    form->addRow(tr("Warm-up epochs"), warmup_);
    form->addRow(tr("Epochs"), epochs_);
    form->addRow(tr("Batch size"), batchSize_);
    form->addRow(tr("Validation split"), validationSplit_);
    form->addRow(tr("Early stopping patience"), earlyStop_);
    form->addRow(tr("Label smoothing"), labelSmoothing_);
    form->addRow(tr("Augmentation"), augmentation_);
    form->addRow(tr("Seed"), seed_);
    form->addRow(tr("Device"), device_);
    form->addRow(tr("Threads"), threads_);
    form->addRow(QString(), mixedPrecision_);

    auto edited = [this] {
        updateEnabledFields();
        if (!loading_)
            Q_EMIT settingsEdited();
    };
    for (QComboBox* box : {optimizer_, schedule_, augmentation_, device_})
        connect(box, &QComboBox::currentIndexChanged, this, edited);
    for (QDoubleSpinBox* box : {learningRate_, momentum_, weightDecay_, gamma_, validationSplit_, labelSmoothing_})
        connect(box, &QDoubleSpinBox::valueChanged, this, edited);
    for (QSpinBox* box : {stepSize_, plateauPatience_, warmup_, epochs_, batchSize_, earlyStop_, seed_, threads_})
        connect(box, &QSpinBox::valueChanged, this, edited);
    connect(mixedPrecision_, &QCheckBox::toggled, this, edited);
    setSettings(TrainingSettings());
}

void TrainingSettingsForm::setSettings(const TrainingSettings& s)
{
    loading_ = true;
    base_ = s;
    select(optimizer_, s.optimizer);
    learningRate_->setValue(s.learningRate);
    momentum_->setValue(s.momentum);
    weightDecay_->setValue(s.weightDecay);
    select(schedule_, s.schedule);
    stepSize_->setValue(s.stepSize);
    gamma_->setValue(s.gamma);
    plateauPatience_->setValue(s.plateauPatience);
    warmup_->setValue(s.warmupEpochs);
    epochs_->setValue(s.epochs);
    batchSize_->setValue(s.batchSize);
    validationSplit_->setValue(s.validationSplit);
    earlyStop_->setValue(s.earlyStopPatience);
    labelSmoothing_->setValue(s.labelSmoothing);
    select(augmentation_, s.augmentation);
    seed_->setValue(s.seed);
    select(device_, s.device == QStringLiteral("cuda") ? QStringLiteral("cuda:0") : s.device);
    threads_->setValue(s.threads);
    mixedPrecision_->setChecked(s.mixedPrecision);
    updateEnabledFields();
    loading_ = false;
}

TrainingSettings TrainingSettingsForm::settings() const
{
    TrainingSettings s = base_;
    s.optimizer = optimizer_->currentData().toString();
    s.learningRate = learningRate_->value();
    s.momentum = momentum_->value();
    s.weightDecay = weightDecay_->value();
    s.schedule = schedule_->currentData().toString();
    s.stepSize = stepSize_->value();
    s.gamma = gamma_->value();
    s.plateauPatience = plateauPatience_->value();
    s.warmupEpochs = warmup_->value();
    s.epochs = epochs_->value();
    s.batchSize = batchSize_->value();
    s.validationSplit = validationSplit_->value();
    s.earlyStopPatience = earlyStop_->value();
    s.labelSmoothing = labelSmoothing_->value();
    s.augmentation = augmentation_->currentData().toString();
    s.seed = seed_->value();
    s.device = device_->currentData().toString();
    s.threads = threads_->value();
    s.mixedPrecision = mixedPrecision_->isChecked();
    return s;
}

void TrainingSettingsForm::updateEnabledFields()
{
    const QString optimizer = optimizer_->currentData().toString();
    const QString schedule = schedule_->currentData().toString();
    momentum_->setEnabled(optimizer == QStringLiteral("sgd") || optimizer == QStringLiteral("rmsprop"));
    stepSize_->setEnabled(schedule == QStringLiteral("step"));
    gamma_->setEnabled(schedule == QStringLiteral("step") || schedule == QStringLiteral("plateau"));
    plateauPatience_->setEnabled(schedule == QStringLiteral("plateau"));
    warmup_->setEnabled(schedule == QStringLiteral("cosine"));
}

} // namespace netsmith::ui
