#include "training/TrainingSettingsForm.h"

#include "data/AugmentationPresets.h"
#include "train/DeviceRegistry.h"
#include "train/OptimizerRegistry.h"
#include "train/ScheduleRegistry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QThread>

namespace netsmith::ui {

namespace {

template <typename Registry>
QComboBox* optionBox(const Registry& registry)
{
    auto* box = new QComboBox;
    for (const auto& option : registry.kinds())
        box->addItem(QString(), option.id);
    return box;
}

/// Names and help of a registry's options, in the current language.
template <typename Registry>
void translateOptions(QComboBox* box, const Registry& registry)
{
    for (int i = 0; i < box->count(); ++i)
        if (const auto* option = registry.find(box->itemData(i).toString())) {
            box->setItemText(i, option->translatedName());
            box->setItemData(i, option->translatedHelp(), Qt::ToolTipRole);
        }
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
    optimizer_ = optionBox(OptimizerRegistry::instance());
    learningRate_ = decimalBox(1e-6, 10.0, 6, 1e-4);
    momentum_ = decimalBox(0.0, 0.999, 3, 0.05);
    nesterov_ = new QCheckBox;
    weightDecay_ = decimalBox(0.0, 1.0, 5, 1e-4);
    schedule_ = optionBox(ScheduleRegistry::instance());
    stepSize_ = integerBox(1, 10000);
    gamma_ = decimalBox(0.01, 1.0, 3, 0.05);
    plateauPatience_ = integerBox(0, 10000);
    warmup_ = integerBox(0, 10000);
    epochs_ = integerBox(1, 100000);
    batchSize_ = integerBox(1, 65536);
    validationSplit_ = decimalBox(0.0, 0.9, 2, 0.05);
    earlyStop_ = integerBox(0, 10000);
    labelSmoothing_ = decimalBox(0.0, 0.99, 2, 0.05);
    augmentation_ = optionBox(AugmentationPresets::instance());
    augmentation_->addItem(QString(), QString()); // "Custom"
    augmentationSummary_ = new QLabel;
    augmentationSummary_->setWordWrap(true);
    augmentationSummary_->setObjectName(QStringLiteral("augmentationSummary"));
    seed_ = integerBox(0, 2147483647);
    device_ = new QComboBox;
    for (const DeviceChoice& d : DeviceRegistry::instance().present())
        device_->addItem(d.label, d.id);
    threads_ = integerBox(0, 1024);
    mixedPrecision_ = new QCheckBox;

    auto* form = new QFormLayout(this);
    addRow(form, QT_TRANSLATE_NOOP("TrainingSettingsForm", "Optimizer"), {}, optimizer_,
           QT_TRANSLATE_NOOP("TrainingSettingsForm",
                             "How the weights follow the gradients. Adam is a good default; SGD with "
                             "momentum can generalise better with a tuned schedule."));
    addRow(form, QT_TRANSLATE_NOOP("TrainingSettingsForm", "Learning rate"), QStringLiteral("learning_rate"), learningRate_,
           QT_TRANSLATE_NOOP("TrainingSettingsForm",
                             "Step size of the optimizer. Typical 1e-4 to 1e-1; Adam works well at 1e-3, SGD "
                             "at 0.01 to 0.1. If the loss jumps or becomes NaN, lower it."));
    addRow(form, QT_TRANSLATE_NOOP("TrainingSettingsForm", "Momentum"), QStringLiteral("momentum"), momentum_,
           QT_TRANSLATE_NOOP("TrainingSettingsForm",
                             "Share of the previous step carried into the next one (SGD and RMSprop). "
                             "Typical 0.9; 0 turns it off."));
    addRow(form, nullptr, QStringLiteral("nesterov"), nesterov_,
           QT_TRANSLATE_NOOP("TrainingSettingsForm",
                             "Takes the gradient a step ahead along the momentum; often converges a little "
                             "faster than plain momentum (SGD only)."));
    addRow(form, QT_TRANSLATE_NOOP("TrainingSettingsForm", "Weight decay"), QStringLiteral("weight_decay"), weightDecay_,
           QT_TRANSLATE_NOOP("TrainingSettingsForm",
                             "Pulls every weight a little towards zero on each step, against overfitting. "
                             "Typical 0 to 1e-3; 5e-4 is common for CNNs."));
    addRow(form, QT_TRANSLATE_NOOP("TrainingSettingsForm", "Schedule"), {}, schedule_,
           QT_TRANSLATE_NOOP("TrainingSettingsForm",
                             "How the learning rate changes over the run. A constant rate is simplest; "
                             "cosine or step decay usually ends at a better model."));
    addRow(form, QT_TRANSLATE_NOOP("TrainingSettingsForm", "Step every (epochs)"), QStringLiteral("step_size"), stepSize_,
           QT_TRANSLATE_NOOP("TrainingSettingsForm",
                             "Epochs between two decays of the step schedule. Typical: a third of the "
                             "epochs."));
    addRow(form, QT_TRANSLATE_NOOP("TrainingSettingsForm", "Decay factor"), QStringLiteral("gamma"), gamma_,
           QT_TRANSLATE_NOOP("TrainingSettingsForm",
                             "What the learning rate is multiplied by at each decay. Typical 0.1 to 0.5."));
    addRow(form, QT_TRANSLATE_NOOP("TrainingSettingsForm", "Plateau patience (epochs)"), QStringLiteral("plateau_patience"), plateauPatience_,
           QT_TRANSLATE_NOOP("TrainingSettingsForm",
                             "Epochs without a better validation loss before the rate is lowered. Typical 2 "
                             "to 10."));
    addRow(form, QT_TRANSLATE_NOOP("TrainingSettingsForm", "Warm-up epochs"), QStringLiteral("warmup_epochs"), warmup_,
           QT_TRANSLATE_NOOP("TrainingSettingsForm",
                             "Epochs over which the rate rises from near zero to its value, which steadies "
                             "the first steps. Typical 0 to 5."));
    addRow(form, QT_TRANSLATE_NOOP("TrainingSettingsForm", "Epochs"), {}, epochs_,
           QT_TRANSLATE_NOOP("TrainingSettingsForm",
                             "Passes over the training data. Small datasets such as the digits need 5 to 20; "
                             "more data or augmentation needs more."));
    addRow(form, QT_TRANSLATE_NOOP("TrainingSettingsForm", "Batch size"), {}, batchSize_,
           QT_TRANSLATE_NOOP("TrainingSettingsForm",
                             "Samples per optimizer step. Typical 32 to 256; larger batches run faster per "
                             "sample but need more memory and often a higher learning rate."));
    addRow(form, QT_TRANSLATE_NOOP("TrainingSettingsForm", "Validation split"), {}, validationSplit_,
           QT_TRANSLATE_NOOP("TrainingSettingsForm",
                             "Share of the training data held out to measure the model after each epoch. "
                             "Typical 0.1 to 0.2."));
    addRow(form, QT_TRANSLATE_NOOP("TrainingSettingsForm", "Early stopping patience"), {}, earlyStop_,
           QT_TRANSLATE_NOOP("TrainingSettingsForm",
                             "Stops the run after this many epochs without a better validation loss. Off "
                             "trains every epoch; typical 3 to 10."));
    addRow(form, QT_TRANSLATE_NOOP("TrainingSettingsForm", "Label smoothing"), {}, labelSmoothing_,
           QT_TRANSLATE_NOOP("TrainingSettingsForm",
                             "Moves a little of each target's probability to the other classes, against "
                             "over-confident predictions. Typical 0 to 0.1."));
    addRow(form, QT_TRANSLATE_NOOP("TrainingSettingsForm", "Augmentation"), {}, augmentation_,
           QT_TRANSLATE_NOOP("TrainingSettingsForm",
                             "Random changes to the training images (shifts, rotations, noise) so that the "
                             "model learns what stays the same. Start from a preset; the Data page edits "
                             "every setting."));
    addRow(form, nullptr, {}, augmentationSummary_);
    addRow(form, QT_TRANSLATE_NOOP("TrainingSettingsForm", "Seed"), {}, seed_,
           QT_TRANSLATE_NOOP("TrainingSettingsForm",
                             "Starting point of every random choice (initial weights, shuffling, "
                             "augmentation): the same seed and settings train the same run again."));
    addRow(form, QT_TRANSLATE_NOOP("TrainingSettingsForm", "Device"), {}, device_,
           QT_TRANSLATE_NOOP("TrainingSettingsForm", "Where training runs: the CPU, or a CUDA GPU when one is present."));
    addRow(form, QT_TRANSLATE_NOOP("TrainingSettingsForm", "Threads"), QStringLiteral("threads"), threads_,
           QT_TRANSLATE_NOOP("TrainingSettingsForm",
                             "CPU threads for training. 0 uses every core; fewer keep the computer "
                             "responsive."));
    addRow(form, nullptr, QStringLiteral("mixed_precision"), mixedPrecision_,
           QT_TRANSLATE_NOOP("TrainingSettingsForm",
                             "Computes in 16-bit floats where that is safe, on CUDA GPUs only: faster and "
                             "less memory, with the same accuracy for most models."));

    auto edited = [this] {
        updateEnabledFields();
        if (!loading_)
            Q_EMIT settingsEdited();
    };
    for (QComboBox* box : {optimizer_, schedule_, device_})
        connect(box, &QComboBox::currentIndexChanged, this, edited);
    for (QComboBox* box : {optimizer_, schedule_, device_, augmentation_})
        connect(box, &QComboBox::currentIndexChanged, this, &TrainingSettingsForm::updateHelp);
    for (QDoubleSpinBox* box : {learningRate_, momentum_, weightDecay_, gamma_, validationSplit_, labelSmoothing_})
        connect(box, &QDoubleSpinBox::valueChanged, this, edited);
    for (QSpinBox* box : {stepSize_, plateauPatience_, warmup_, epochs_, batchSize_, earlyStop_, seed_, threads_})
        connect(box, &QSpinBox::valueChanged, this, edited);
    for (QCheckBox* box : {nesterov_, mixedPrecision_})
        connect(box, &QCheckBox::toggled, this, edited);
    // Choosing a preset applies its settings; "Custom" names a mix and changes nothing.
    connect(augmentation_, &QComboBox::activated, this, [this, edited](int index) {
        if (const AugmentationPreset* p = AugmentationPresets::instance().find(augmentation_->itemData(index).toString()))
            base_.augmentation = p->values;
        showAugmentation();
        edited();
    });
    retranslateUi();
    setSettings(TrainingSettings());
}

void TrainingSettingsForm::addRow(QFormLayout* form, const char* label, const QString& key, QWidget* editor,
                                  const char* help)
{
    Row row{label, key, editor, help};
    if (label) {
        row.labelWidget = new QLabel(this);
        form->addRow(row.labelWidget, editor);
    } else {
        form->addRow(editor);
    }
    rows_.push_back(row);
}

void TrainingSettingsForm::retranslateUi()
{
    for (const Row& row : rows_)
        if (row.labelWidget)
            row.labelWidget->setText(QCoreApplication::translate("TrainingSettingsForm", row.label));
    translateOptions(optimizer_, OptimizerRegistry::instance());
    translateOptions(schedule_, ScheduleRegistry::instance());
    translateOptions(augmentation_, AugmentationPresets::instance());
    augmentation_->setItemText(augmentation_->findData(QString()), tr("Custom"));
    augmentationSummary_->setToolTip(tr("Every augmentation setting is on the Data page's Augmentation tab"));
    for (const DeviceChoice& d : DeviceRegistry::instance().present()) {
        const int i = device_->findData(d.id);
        if (i >= 0) {
            device_->setItemText(i, d.label);
            device_->setItemData(i, d.kind->translatedHelp(), Qt::ToolTipRole);
        }
    }
    nesterov_->setText(tr("Nesterov momentum"));
    earlyStop_->setSpecialValueText(tr("Off"));
    threads_->setSpecialValueText(tr("All cores (%1)").arg(QThread::idealThreadCount()));
    mixedPrecision_->setText(tr("Mixed precision (CUDA)"));
    showAugmentation();
    updateHelp();
}

QString TrainingSettingsForm::optionHelp(const QWidget* editor) const
{
    const auto* box = qobject_cast<const QComboBox*>(editor);
    if (!box || box->currentIndex() < 0)
        return {};
    // The option's own help, as its registry has it (the combo's item tooltip).
    const QString help = box->itemData(box->currentIndex(), Qt::ToolTipRole).toString();
    return help.isEmpty() ? QString() : QStringLiteral("<b>%1</b>: %2").arg(box->currentText().toHtmlEscaped(), help.toHtmlEscaped());
}

bool TrainingSettingsForm::helpFor(const QWidget* editor, QString* title, QString* text) const
{
    for (const Row& row : rows_) {
        if (row.editor != editor || !row.help)
            continue;
        if (row.labelWidget)
            *title = row.labelWidget->text();
        else if (const auto* box = qobject_cast<const QCheckBox*>(editor))
            *title = box->text();
        *text = QStringLiteral("<p>%1</p>").arg(QCoreApplication::translate("TrainingSettingsForm", row.help).toHtmlEscaped());
        const QString option = optionHelp(editor);
        if (!option.isEmpty())
            *text += QStringLiteral("<p>%1</p>").arg(option);
        return true;
    }
    return false;
}

QList<QWidget*> TrainingSettingsForm::editors() const
{
    QList<QWidget*> list;
    for (const Row& row : rows_)
        list << row.editor;
    return list;
}

void TrainingSettingsForm::updateHelp()
{
    // Tooltip and What's This carry the same text, so Shift+F1 and hovering say what F1 says.
    for (const Row& row : rows_) {
        QString title;
        QString text;
        if (!helpFor(row.editor, &title, &text))
            continue;
        const QString html = QStringLiteral("<b>%1</b>%2").arg(title.toHtmlEscaped(), text);
        row.editor->setToolTip(html);
        row.editor->setWhatsThis(html);
        if (row.labelWidget)
            row.labelWidget->setToolTip(html);
    }
}

void TrainingSettingsForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TrainingSettingsForm::setSettings(const TrainingSettings& s)
{
    loading_ = true;
    base_ = s;
    select(optimizer_, s.optimizer);
    learningRate_->setValue(s.learningRate);
    momentum_->setValue(s.momentum);
    nesterov_->setChecked(s.nesterov);
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
    seed_->setValue(s.seed);
    select(device_, s.device == QStringLiteral("cuda") ? QStringLiteral("cuda:0") : s.device);
    threads_->setValue(s.threads);
    mixedPrecision_->setChecked(s.mixedPrecision);
    showAugmentation();
    updateEnabledFields();
    loading_ = false;
}

TrainingSettings TrainingSettingsForm::settings() const
{
    TrainingSettings s = base_; // the augmentation among the kept fields
    s.optimizer = optimizer_->currentData().toString();
    s.learningRate = learningRate_->value();
    s.momentum = momentum_->value();
    s.nesterov = nesterov_->isChecked();
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
    s.seed = seed_->value();
    s.device = device_->currentData().toString();
    s.threads = threads_->value();
    s.mixedPrecision = mixedPrecision_->isChecked();
    return s;
}

QString TrainingSettingsForm::augmentationText() const
{
    return augmentation_->currentText() + QStringLiteral(": ") + augmentationSummary_->text();
}

QWidget* TrainingSettingsForm::field(const QString& key) const
{
    for (const Row& row : rows_)
        if (row.key == key)
            return row.editor;
    return nullptr;
}

void TrainingSettingsForm::showAugmentation()
{
    const AugmentationPreset* p = AugmentationPresets::instance().matching(base_.augmentation);
    augmentation_->setCurrentIndex(augmentation_->findData(p ? p->id : QString()));
    augmentationSummary_->setText(base_.augmentation.summary());
}

void TrainingSettingsForm::updateEnabledFields()
{
    // A field that some option reads is enabled while a chosen option reads it; the others
    // (epochs, batch size, ...) always are.
    const OptimizerKind* optimizer = OptimizerRegistry::instance().find(optimizer_->currentData().toString());
    const ScheduleKind* schedule = ScheduleRegistry::instance().find(schedule_->currentData().toString());
    const DeviceKind* device = nullptr;
    int index = 0;
    QString unused;
    DeviceRegistry::instance().parse(device_->currentData().toString(), &device, &index, &unused);
    const TrainingOption* chosen[] = {optimizer, schedule, device};
    for (const Row& row : rows_) {
        if (row.key.isEmpty())
            continue;
        bool used = false;
        for (const TrainingOption* option : chosen)
            used = used || (option && option->uses(row.key));
        row.editor->setEnabled(used);
    }
}

} // namespace netsmith::ui
