#include "deploy/ExportDialog.h"

#include "data/DatasetCatalog.h"

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

namespace netsmith::ui {

namespace {

/// How many samples the in-process check compares (a few hundred is plenty, and quick).
constexpr int64_t kCheckSamples = 256;

} // namespace

ExportDialog::ExportDialog(TrainedModel model, const QString& folder, QWidget* parent)
    : QDialog(parent)
    , model_(std::move(model))
    , folder_(folder.isEmpty() ? QDir::homePath() : folder)
{
    setObjectName(QStringLiteral("exportDialog"));
    modelLabel_ = new QLabel(this);
    modelLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* formatBox = formatBox_ = new QGroupBox(this);
    auto* formatLayout = new QVBoxLayout(formatBox);
    formats_ = new QButtonGroup(this);
    for (int i = 0; i < 3; ++i) {
        auto* button = new QRadioButton(formatBox);
        auto* purpose = new QLabel(formatBox);
        purpose->setWordWrap(true);
        purpose->setIndent(24);
        purpose->setForegroundRole(QPalette::PlaceholderText);
        formats_->addButton(button, i);
        formatLayout->addWidget(button);
        formatLayout->addWidget(purpose);
        formatButtons_.push_back(button);
        purposes_.push_back(purpose);
    }
    formatButtons_.front()->setChecked(true);

    path_ = new QLineEdit(this);
    browse_ = new QPushButton(this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(path_, 1);
    pathRow->addWidget(browse_);
    opset_ = new QSpinBox(this);
    opset_->setRange(OnnxExporter::kMinOpset, OnnxExporter::kMaxOpset);
    opset_->setValue(OnnxExporter::kDefaultOpset);
    auto* form = new QFormLayout;
    form->addRow(pathLabel_ = new QLabel(this), pathRow);
    form->addRow(opsetLabel_ = new QLabel(this), opset_);

    busy_ = new QProgressBar(this);
    busy_->setRange(0, 0); // busy: an export has no steps worth counting
    busy_->setTextVisible(false);
    busy_->hide();
    result_ = new QLabel(this);
    result_->setWordWrap(true);
    result_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    snippetLabel_ = new QLabel(this);
    snippet_ = new QPlainTextEdit(this);
    snippet_->setReadOnly(true);
    snippet_->setLineWrapMode(QPlainTextEdit::NoWrap);
    snippet_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    snippet_->setMinimumHeight(110);
    copy_ = new QPushButton(this);

    buttons_ = new QDialogButtonBox(QDialogButtonBox::Close, this);
    export_ = buttons_->addButton(QString(), QDialogButtonBox::AcceptRole);
    export_->setDefault(true);
    cancel_ = buttons_->addButton(QString(), QDialogButtonBox::ActionRole);
    cancel_->hide();
    connect(cancel_, &QPushButton::clicked, this, &ExportDialog::cancelExport);

    auto* snippetRow = new QHBoxLayout;
    snippetRow->addWidget(snippetLabel_, 1);
    snippetRow->addWidget(copy_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(modelLabel_);
    layout->addWidget(formatBox);
    layout->addLayout(form);
    layout->addWidget(busy_);
    layout->addWidget(result_);
    layout->addLayout(snippetRow);
    layout->addWidget(snippet_, 1);
    layout->addWidget(buttons_);

    connect(formats_, &QButtonGroup::idClicked, this, &ExportDialog::formatChanged);
    connect(browse_, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(copy_, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(snippet_->toPlainText()); });
    connect(export_, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(buttons_, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    // The Export button must not close the dialog: the result is shown here.
    disconnect(buttons_, &QDialogButtonBox::accepted, this, nullptr);

    formatChanged();
    retranslateUi();
    resize(640, 560);
}

ExportDialog::~ExportDialog()
{
    if (worker_)
        worker_->wait(); // the export writes files: let it finish rather than leave half a job
}

void ExportDialog::setFormat(ExportFormat format)
{
    formatButtons_.at(std::size_t(format))->setChecked(true);
    formatChanged();
}

ExportFormat ExportDialog::format() const
{
    return ExportFormat(std::max(0, formats_->checkedId()));
}

void ExportDialog::setPath(const QString& path)
{
    path_->setText(QDir::toNativeSeparators(path));
}

QString ExportDialog::path() const
{
    return QDir::fromNativeSeparators(path_->text().trimmed());
}

QString ExportDialog::resultText() const
{
    return result_->text();
}

QString ExportDialog::snippet() const
{
    return snippet_->toPlainText();
}

void ExportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ExportDialog::reject()
{
    if (!worker_) // closing waits for nothing: it is refused while an export runs
        QDialog::reject();
}

void ExportDialog::retranslateUi()
{
    setWindowTitle(tr("Export Model"));
    cancel_->setText(tr("Cancel"));
    cancel_->setToolTip(tr("Stop the export: before writing nothing is written; after it, the check is skipped"));
    modelLabel_->setText(tr("Model: %1 (%2 classes), from %3")
                             .arg(model_.project.name)
                             .arg(model_.numClasses())
                             .arg(QDir::toNativeSeparators(model_.source)));
    static const char* names[] = {QT_TR_NOOP("TorchScript (.pt)"), QT_TR_NOOP("ONNX (.onnx)"),
                                  QT_TR_NOOP("PyTorch code (folder)")};
    for (std::size_t i = 0; i < formatButtons_.size(); ++i) {
        formatButtons_[i]->setText(tr(names[i]));
        purposes_[i]->setText(ModelExporter::purpose(ExportFormat(i)));
    }
    formatBox_->setTitle(tr("Format"));
    pathLabel_->setText(tr("Save to:"));
    browse_->setText(tr("Browse…"));
    opsetLabel_->setText(tr("ONNX opset:"));
    opset_->setToolTip(tr("The ONNX operator set version; 13 suits most runtimes."));
    snippetLabel_->setText(tr("Use it:"));
    copy_->setText(tr("Copy"));
    export_->setText(tr("Export"));
    if (last_)
        showOutcome(*last_);
}

void ExportDialog::formatChanged()
{
    const ExportFormat f = format();
    opset_->setEnabled(f == ExportFormat::Onnx);
    // A default path follows the format until the user types their own.
    const QString current = path();
    bool isDefault = current.isEmpty();
    for (int i = 0; i < 3; ++i)
        isDefault |= current == ModelExporter::defaultPath(model_, ExportFormat(i), folder_);
    if (isDefault)
        setPath(ModelExporter::defaultPath(model_, f, folder_));
    snippet_->setPlainText(ModelExporter::pythonSnippet(f, path()) +
                           (f == ExportFormat::TorchScript
                                ? QStringLiteral("\n\n") + ModelExporter::cppSnippet(f, path())
                                : QString()));
}

void ExportDialog::browse()
{
    const ExportFormat f = format();
    QString chosen;
    if (f == ExportFormat::PyTorch) {
        chosen = QFileDialog::getExistingDirectory(this, tr("Folder for model.py and weights.pt"),
                                                   QFileInfo(path()).absolutePath());
    } else {
        chosen = QFileDialog::getSaveFileName(this, tr("Export Model"), path(),
                                              f == ExportFormat::Onnx ? tr("ONNX models (*.onnx)")
                                                                      : tr("TorchScript models (*.pt)"));
    }
    if (!chosen.isEmpty()) {
        setPath(chosen);
        formatChanged();
    }
}

void ExportDialog::cancelExport()
{
    if (!worker_ || !cancelRequested_)
        return;
    *cancelRequested_ = true;
    cancel_->setEnabled(false);
}

void ExportDialog::startExport()
{
    if (worker_)
        return;
    ExportRequest request;
    request.format = format();
    request.path = path();
    request.opset = opset_->value();
    if (request.path.isEmpty()) {
        Outcome missing;
        missing.format = request.format;
        missing.error = tr("Choose where to save the model first.");
        finish(missing);
        return;
    }
    busy_->show();
    cancelRequested_ = std::make_shared<std::atomic<bool>>(false);
    cancel_->setEnabled(true);
    cancel_->show();
    export_->setEnabled(false);
    buttons_->button(QDialogButtonBox::Close)->setEnabled(false);
    result_->setText(tr("Exporting %1…").arg(QDir::toNativeSeparators(request.path)));
    // The export and its check take a second or more (the check loads the dataset): off the
    // UI thread, which stays responsive. The worker reads the model, never writes it.
    auto outcome = std::make_shared<Outcome>();
    worker_ = QThread::create([model = model_, request, outcome, cancel = cancelRequested_] {
        *outcome = run(model, request, *cancel);
    });
    connect(worker_, &QThread::finished, this, [this, outcome] {
        worker_->deleteLater();
        worker_ = nullptr;
        busy_->hide();
        cancel_->hide();
        export_->setEnabled(true);
        buttons_->button(QDialogButtonBox::Close)->setEnabled(true);
        finish(*outcome);
    });
    worker_->start();
}

ExportDialog::Outcome ExportDialog::run(const TrainedModel& model, const ExportRequest& request,
                                        const std::atomic<bool>& cancel)
{
    Outcome o;
    o.format = request.format;
    if (cancel) {
        o.error = tr("cancelled before anything was written.");
        return o;
    }
    // The write itself is not cut short: its files are replaced whole or not at all.
    if (!ModelExporter::write(model, request, &o.files, &o.error))
        return o;
    o.ok = true;
    if (request.format != ExportFormat::TorchScript)
        return o;
    DatasetLoadOptions options;
    options.cancelled = [&cancel] { return cancel.load(); };
    // Samples of the project's own data when it loads (the test split, else training), or
    // random pixels of the model's input shape.
    torch::Tensor pixels;
    DatasetSplits splits;
    QString ignored;
    if (DatasetCatalog::load(model.project.dataset, options, &splits, &ignored)) {
        const Dataset& d = splits.test.size() > 0 ? splits.test : splits.train;
        if (d.size() > 0 && d.images.sizes().slice(1).vec() == std::vector<int64_t>(model.inputShape())) {
            pixels = d.images.slice(0, 0, std::min<int64_t>(kCheckSamples, d.size()));
            o.datasetSamples = true;
        }
    }
    if (!pixels.defined()) {
        std::vector<int64_t> shape{kCheckSamples};
        shape.insert(shape.end(), model.inputShape().begin(), model.inputShape().end());
        pixels = torch::randint(0, 256, shape, torch::kInt64).to(torch::kUInt8);
    }
    if (cancel) {
        o.checkCancelled = true;
        return o;
    }
    o.samples = int(pixels.size(0));
    o.difference = ModelExporter::compareTorchScript(request.path, model, pixels, &o.error);
    o.ok = o.difference >= 0;
    return o;
}

void ExportDialog::finish(const Outcome& outcome)
{
    last_ = outcome;
    showOutcome(outcome);
    Q_EMIT exportFinished(outcome.ok);
}

void ExportDialog::showOutcome(const Outcome& outcome)
{
    if (!outcome.ok) {
        result_->setText(tr("Export failed: %1").arg(outcome.error));
        return;
    }
    QStringList lines;
    for (const QString& file : outcome.files)
        lines << tr("Wrote %1 (%2 KB)")
                     .arg(QDir::toNativeSeparators(file))
                     .arg(QFileInfo(file).size() / 1024.0, 0, 'f', 1);
    if (outcome.checkCancelled)
        lines << tr("Not checked: cancelled. The files above are complete.");
    else if (outcome.difference >= 0)
        lines << (outcome.datasetSamples
                      ? tr("Checked: reloaded with torch::jit::load and run on %1 samples of %2; largest "
                           "difference from this model %3.")
                            .arg(outcome.samples)
                            .arg(model_.project.dataset)
                            .arg(outcome.difference, 0, 'g', 3)
                      : tr("Checked: reloaded with torch::jit::load and run on %1 random inputs (the dataset "
                           "did not load); largest difference from this model %2.")
                            .arg(outcome.samples)
                            .arg(outcome.difference, 0, 'g', 3));
    else
        lines << tr("Not checked here: load it with the snippet below in %1.")
                     .arg(outcome.format == ExportFormat::Onnx ? tr("ONNX Runtime") : tr("PyTorch"));
    result_->setText(lines.join(QLatin1Char('\n')));
}

} // namespace netsmith::ui
