#include "data/DataPage.h"

#include "Icons.h"
#include "ProjectDocument.h"
#include "data/AugmentationPanel.h"
#include "data/ClassHistogramView.h"
#include "data/DatasetCatalog.h"
#include "data/SampleDelegate.h"
#include "data/SampleGridModel.h"
#include "data/SampleImage.h"
#include "graph/NumberFormat.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QThread>
#include <QVBoxLayout>
#include <algorithm>
#include <climits>

namespace netsmith::ui {

DataPage::DataPage(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);

    auto* top = new QHBoxLayout;
    datasetLabel_ = new QLabel(this);
    top->addWidget(datasetLabel_);
    bundled_ = new QComboBox(this);
    bundled_->setObjectName(QStringLiteral("bundledDatasets"));
    bundled_->addItem(QString(), QString()); // "Choose a bundled dataset…"
    for (const QString& name : DatasetCatalog::bundledNames())
        bundled_->addItem(name, name);
    top->addWidget(bundled_);
    openFile_ = new QPushButton(this);
    top->addWidget(openFile_);
    openFolder_ = new QPushButton(this);
    top->addWidget(openFolder_);
    openFile_->setIcon(Icons::themed("document-open"));
    openFolder_->setIcon(Icons::themed("folder-open", "document-open"));
    progress_ = new QProgressBar(this);
    progress_->setMaximumWidth(220);
    progress_->setVisible(false);
    top->addWidget(progress_);
    cancel_ = new QPushButton(this);
    cancel_->setIcon(Icons::themed("process-stop", "media-playback-stop"));
    cancel_->setVisible(false);
    connect(cancel_, &QPushButton::clicked, this, &DataPage::cancelLoading);
    top->addWidget(cancel_);
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("status"));
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    status_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // long paths must not widen the page
    top->addWidget(status_, 1);
    showLabel_ = new QLabel(this);
    top->addWidget(showLabel_);
    partBox_ = new QComboBox(this);
    partBox_->addItem(QString());
    partBox_->addItem(QString());
    top->addWidget(partBox_);
    layout->addLayout(top);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    model_ = new SampleGridModel(this);
    delegate_ = new SampleDelegate(this);
    grid_ = new QListView(splitter);
    grid_->setObjectName(QStringLiteral("sampleGrid"));
    grid_->setViewMode(QListView::IconMode);
    grid_->setMovement(QListView::Static);
    grid_->setResizeMode(QListView::Adjust);
    grid_->setUniformItemSizes(true); // lays out 60,000 cells without measuring each
    grid_->setSelectionMode(QAbstractItemView::SingleSelection);
    grid_->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    grid_->setItemDelegate(delegate_);
    grid_->setModel(model_);
    splitter->addWidget(grid_);

    auto* tabs = tabs_ = new QTabWidget(splitter);
    auto* detail = new QWidget(tabs);
    auto* detailLayout = new QVBoxLayout(detail);
    detailImage_ = new QLabel(detail);
    detailImage_->setFixedSize(224, 224);
    detailImage_->setAlignment(Qt::AlignCenter);
    detailImage_->setFrameShape(QFrame::StyledPanel);
    detailLayout->addWidget(detailImage_, 0, Qt::AlignHCenter);
    detailText_ = new QLabel(detail);
    detailText_->setWordWrap(true);
    detailText_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailLayout->addWidget(detailText_);
    histogram_ = new ClassHistogramView(detail);
    detailLayout->addWidget(histogram_, 1);
    tabs->addTab(detail, QString());
    augmentation_ = new AugmentationPanel(tabs);
    tabs->addTab(augmentation_, QString());
    splitter->addWidget(tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({640, 860});
    // The augmentation the dataset suggests, proposed where the dataset is chosen.
    augmentation_->placeSuggestionBar(layout);
    connect(augmentation_, &AugmentationPanel::suggestionApplied, this,
            [this] { tabs_->setCurrentWidget(augmentation_); });
    layout->addWidget(splitter, 1);

    connect(bundled_, &QComboBox::activated, this, [this](int index) {
        const QString name = bundled_->itemData(index).toString();
        if (!name.isEmpty())
            loadDataset(name);
    });
    connect(openFile_, &QPushButton::clicked, this, &DataPage::openFile);
    connect(openFolder_, &QPushButton::clicked, this, &DataPage::openFolder);
    connect(partBox_, &QComboBox::activated, this, &DataPage::showPart);
    connect(grid_->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { selectSample(current.isValid() ? current.row() : -1); });
    retranslateUi();
}

QString DataPage::title() const
{
    return tr("Data");
}

void DataPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DataPage::retranslateUi()
{
    datasetLabel_->setText(tr("Dataset:"));
    bundled_->setItemText(0, tr("Choose a bundled dataset…"));
    openFile_->setText(tr("Open file…"));
    openFile_->setToolTip(tr("An IDX images file (.gz or raw), a CSV file (label, pixels) or a CIFAR-10 .bin batch"));
    cancel_->setText(tr("Cancel"));
    cancel_->setToolTip(tr("Stop loading and keep the dataset shown now"));
    openFolder_->setText(tr("Open folder…"));
    openFolder_->setToolTip(tr("A folder with one subfolder of images per class, IDX files or CIFAR-10 batches"));
    showLabel_->setText(tr("Show:"));
    tabs_->setTabText(0, tr("Sample and classes"));
    tabs_->setTabText(1, tr("Augmentation"));
    // What the page shows now, said again in the new language.
    if (loader_)
        status_->setText(tr("Loading %1…").arg(pending_ ? pending_->nameOrPath : QString()));
    else if (!loadError_.isEmpty())
        loadDataset(failedName_); // the reason comes back in the new language
    else if (!currentName_.isEmpty())
        showLoadedStatus();
    const bool loaded = !currentName_.isEmpty();
    partBox_->setItemText(0, loaded ? tr("Training (%1)").arg(formatCount(splits_.train.size())) : tr("Training"));
    partBox_->setItemText(1, loaded ? tr("Test (%1)").arg(formatCount(splits_.test.size())) : tr("Test"));
    updateDetail();
}

void DataPage::setDocument(ProjectDocument* document)
{
    if (document_)
        document_->disconnect(this);
    document_ = document;
    // The augmentation panel edits the project's own settings, which training runs.
    augmentation_->setDocument(document);
    if (!document_)
        return;
    connect(document_, &ProjectDocument::datasetChanged, this, &DataPage::followDocument);
    connect(document_, &ProjectDocument::graphReset, this, &DataPage::followDocument);
    followDocument();
}

void DataPage::activate()
{
    active_ = true;
    followDocument();
}

void DataPage::deactivate()
{
    active_ = false;
}

void DataPage::followDocument()
{
    // Loading data takes a moment: do it when someone looks, not at start-up.
    if (!document_ || !active_ || isLoading())
        return;
    // Only when the project names another dataset: a dataset the user browses to here stays.
    const QString dataset = document_->project().dataset;
    if (dataset != followed_ && loadDataset(dataset))
        followed_ = dataset;
}

DataPage::~DataPage()
{
    // The worker writes only into its own result object, but it must finish before we go.
    if (loader_) {
        loader_->disconnect(this);
        loader_->wait();
        delete loader_;
    }
    for (QObject* gone : std::as_const(cancelled_)) { // cancelled loads still finishing
        auto* thread = static_cast<QThread*>(gone);
        thread->disconnect();
        thread->wait();
        delete thread;
    }
}

bool DataPage::loadDataset(const QString& nameOrPath)
{
    if (loader_)
        return false;
    auto result = std::make_shared<LoadResult>();
    result->nameOrPath = nameOrPath;
    pending_ = result;
    QPointer<DataPage> self(this);
    loader_ = QThread::create([result, self] {
        DatasetLoadOptions options;
        options.progress = [self, result](int64_t done, int64_t total) {
            if (self)
                QMetaObject::invokeMethod(
                    self,
                    [self, result, done, total] {
                        if (self && self->pending_ == result) // not a cancelled load's
                            self->onProgress(done, total);
                    },
                    Qt::QueuedConnection);
        };
        options.cancelled = [result] { return result->cancel.load(); };
        result->ok = DatasetCatalog::load(result->nameOrPath, options, &result->splits, &result->error);
    });
    connect(loader_, &QThread::finished, this, &DataPage::onLoadFinished);
    progress_->setRange(0, 0); // busy until a source reports progress
    showLoading(true);
    status_->setStyleSheet(QString());
    loadError_.clear();
    status_->setText(tr("Loading %1…").arg(nameOrPath));
    loader_->start();
    return true;
}

void DataPage::showLoading(bool loading)
{
    // While a load runs: its progress and Cancel; the ways to start another wait.
    progress_->setVisible(loading);
    cancel_->setVisible(loading);
    for (QWidget* w : std::initializer_list<QWidget*>{bundled_, openFile_, openFolder_})
        w->setEnabled(!loading);
}

void DataPage::cancelLoading()
{
    if (!loader_ || !pending_)
        return;
    // The page is free at once: the worker is told to stop (a folder stops between images;
    // a single file finishes its read) and its result is dropped when it ends.
    pending_->cancel = true;
    loader_->disconnect(this);
    connect(loader_, &QThread::finished, loader_, &QObject::deleteLater);
    cancelled_ << loader_;
    connect(loader_, &QObject::destroyed, this, [this](QObject* gone) { cancelled_.removeAll(gone); });
    loader_ = nullptr;
    pending_.reset();
    showLoading(false);
    if (splits_.train.size() > 0)
        showLoadedStatus();
    else
        status_->setText(DatasetCatalog::cancelledMessage());
    bundled_->setCurrentIndex(std::max(0, bundled_->findData(currentName_)));
}

void DataPage::onProgress(qint64 done, qint64 total)
{
    if (!loader_ || total <= 0)
        return;
    progress_->setRange(0, int(std::min<qint64>(total, INT_MAX)));
    progress_->setValue(int(std::min<qint64>(done, INT_MAX)));
}

void DataPage::onLoadFinished()
{
    loader_->deleteLater();
    loader_ = nullptr;
    const std::shared_ptr<LoadResult> result = std::move(pending_);
    showLoading(false);
    if (!result || !result->ok) {
        const QString message = result ? result->error : QString();
        loadError_ = message;
        failedName_ = result ? result->nameOrPath : QString();
        status_->setStyleSheet(QStringLiteral("color: #b00020;"));
        status_->setText(message);
        status_->setToolTip(message);
        bundled_->setCurrentIndex(std::max(0, bundled_->findData(currentName_))); // still showing that one
        Q_EMIT loadFailed(message);
        return;
    }
    splits_ = std::move(result->splits);
    currentName_ = result->nameOrPath;
    showLoadedStatus();
    const int bundledIndex = bundled_->findData(currentName_);
    bundled_->setCurrentIndex(std::max(0, bundledIndex));
    partBox_->setItemText(0, tr("Training (%1)").arg(formatCount(splits_.train.size())));
    partBox_->setItemText(1, tr("Test (%1)").arg(formatCount(splits_.test.size())));
    partBox_->setCurrentIndex(0);
    showPart(0);
    augmentation_->suggestFor(currentName_);
    Q_EMIT datasetLoaded(currentName_);
}

void DataPage::showLoadedStatus()
{
    status_->setText(tr("%1: %2 training and %3 test samples, %4 classes, %5")
                          .arg(currentName_, formatCount(splits_.train.size()), formatCount(splits_.test.size()))
                          .arg(splits_.train.numClasses())
                          .arg(shapeToString(splits_.train.sampleShape())));
    status_->setToolTip(splits_.note());
    if (!splits_.note().isEmpty())
        status_->setText(status_->text() + QLatin1Char(' ') + splits_.note());
}

void DataPage::showPart(int part)
{
    part_ = part == 1 && splits_.test.size() > 0 ? 1 : 0;
    partBox_->setCurrentIndex(part_);
    const Dataset& d = part_ == 1 ? splits_.test : splits_.train;
    // Small images are enlarged to stay legible; large ones are shown at a fixed cell size.
    const int side = d.size() > 0 ? int(std::max(d.images.size(2), d.images.size(3))) : 28;
    delegate_->setImageSize(std::clamp(side * 2, 48, 96));
    model_->setDataset(d);
    updateHistogram();
    selectSample(d.size() > 0 ? 0 : -1);
}

void DataPage::selectSample(int row)
{
    if (row >= model_->rowCount())
        row = -1;
    selectedRow_ = row;
    if (row >= 0 && grid_->currentIndex().row() != row)
        grid_->setCurrentIndex(model_->index(row));
    updateDetail();
    augmentation_->setSample(row >= 0 ? model_->sample(row) : torch::Tensor());
}

void DataPage::updateHistogram()
{
    const Dataset& d = model_->dataset();
    std::vector<int64_t> counts(size_t(d.numClasses()), 0);
    if (d.size() > 0) {
        const torch::Tensor bins = torch::bincount(d.labels, {}, d.numClasses());
        for (int c = 0; c < d.numClasses(); ++c)
            counts[size_t(c)] = bins[c].item<int64_t>();
    }
    histogram_->setCounts(d.classNames, counts);
}

void DataPage::updateDetail()
{
    if (selectedRow_ < 0) {
        detailImage_->clear();
        detailText_->clear();
        return;
    }
    const torch::Tensor sample = model_->sample(selectedRow_);
    const QImage image = SampleImage::fromTensor(sample);
    detailImage_->setPixmap(QPixmap::fromImage(image.scaled(detailImage_->size() - QSize(8, 8), Qt::KeepAspectRatio,
                                                             Qt::FastTransformation)));
    const QModelIndex index = model_->index(selectedRow_);
    const double mean = sample.to(torch::kFloat32).mean().item<double>();
    detailText_->setText(tr("Sample %1 of %2 (%3)\nClass: %4 (label %5)\nSize: %6, mean pixel %7")
                              .arg(formatCount(selectedRow_ + 1), formatCount(model_->rowCount()),
                                   part_ == 1 ? tr("test") : tr("training"), index.data(Qt::DisplayRole).toString())
                              .arg(index.data(SampleGridModel::LabelRole).toLongLong())
                              .arg(shapeToString({sample.size(0), sample.size(1), sample.size(2)}))
                              .arg(mean, 0, 'f', 1));
}

void DataPage::openFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a dataset file"), QString(),
        tr("Datasets (*idx3-ubyte* *.gz *.csv *.bin);;All files (*)"));
    if (!path.isEmpty())
        loadDataset(path);
}

void DataPage::openFolder()
{
    const QString path = QFileDialog::getExistingDirectory(this, tr("Open a dataset folder"));
    if (!path.isEmpty())
        loadDataset(path);
}

} // namespace netsmith::ui
