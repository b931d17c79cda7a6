#include "data/DataPage.h"

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
    m_datasetLabel = new QLabel(this);
    top->addWidget(m_datasetLabel);
    m_bundled = new QComboBox(this);
    m_bundled->setObjectName(QStringLiteral("bundledDatasets"));
    m_bundled->addItem(QString(), QString()); // "Choose a bundled dataset…"
    for (const QString& name : DatasetCatalog::bundledNames())
        m_bundled->addItem(name, name);
    top->addWidget(m_bundled);
    m_openFile = new QPushButton(this);
    top->addWidget(m_openFile);
    m_openFolder = new QPushButton(this);
    top->addWidget(m_openFolder);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(220);
    m_progress->setVisible(false);
    top->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // long paths must not widen the page
    top->addWidget(m_status, 1);
    m_showLabel = new QLabel(this);
    top->addWidget(m_showLabel);
    m_partBox = new QComboBox(this);
    m_partBox->addItem(QString());
    m_partBox->addItem(QString());
    top->addWidget(m_partBox);
    layout->addLayout(top);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_model = new SampleGridModel(this);
    m_delegate = new SampleDelegate(this);
    m_grid = new QListView(splitter);
    m_grid->setObjectName(QStringLiteral("sampleGrid"));
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setMovement(QListView::Static);
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setUniformItemSizes(true); // lays out 60,000 cells without measuring each
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_grid->setItemDelegate(m_delegate);
    m_grid->setModel(m_model);
    splitter->addWidget(m_grid);

    auto* tabs = m_tabs = new QTabWidget(splitter);
    auto* detail = new QWidget(tabs);
    auto* detailLayout = new QVBoxLayout(detail);
    m_detailImage = new QLabel(detail);
    m_detailImage->setFixedSize(224, 224);
    m_detailImage->setAlignment(Qt::AlignCenter);
    m_detailImage->setFrameShape(QFrame::StyledPanel);
    detailLayout->addWidget(m_detailImage, 0, Qt::AlignHCenter);
    m_detailText = new QLabel(detail);
    m_detailText->setWordWrap(true);
    m_detailText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailLayout->addWidget(m_detailText);
    m_histogram = new ClassHistogramView(detail);
    detailLayout->addWidget(m_histogram, 1);
    tabs->addTab(detail, QString());
    m_augmentation = new AugmentationPanel(tabs);
    tabs->addTab(m_augmentation, QString());
    splitter->addWidget(tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({640, 860});
    layout->addWidget(splitter, 1);

    connect(m_bundled, &QComboBox::activated, this, [this](int index) {
        const QString name = m_bundled->itemData(index).toString();
        if (!name.isEmpty())
            loadDataset(name);
    });
    connect(m_openFile, &QPushButton::clicked, this, &DataPage::openFile);
    connect(m_openFolder, &QPushButton::clicked, this, &DataPage::openFolder);
    connect(m_partBox, &QComboBox::activated, this, &DataPage::showPart);
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this,
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
    m_datasetLabel->setText(tr("Dataset:"));
    m_bundled->setItemText(0, tr("Choose a bundled dataset…"));
    m_openFile->setText(tr("Open file…"));
    m_openFile->setToolTip(tr("An IDX images file (.gz or raw), a CSV file (label, pixels) or a CIFAR-10 .bin batch"));
    m_openFolder->setText(tr("Open folder…"));
    m_openFolder->setToolTip(tr("A folder with one subfolder of images per class, IDX files or CIFAR-10 batches"));
    m_showLabel->setText(tr("Show:"));
    m_tabs->setTabText(0, tr("Sample and classes"));
    m_tabs->setTabText(1, tr("Augmentation"));
    // What the page shows now, said again in the new language.
    if (m_loader)
        m_status->setText(tr("Loading %1…").arg(m_pending ? m_pending->nameOrPath : QString()));
    else if (!m_loadError.isEmpty())
        loadDataset(m_failedName); // the reason comes back in the new language
    else if (!m_currentName.isEmpty())
        showLoadedStatus();
    const bool loaded = !m_currentName.isEmpty();
    m_partBox->setItemText(0, loaded ? tr("Training (%1)").arg(formatCount(m_splits.train.size())) : tr("Training"));
    m_partBox->setItemText(1, loaded ? tr("Test (%1)").arg(formatCount(m_splits.test.size())) : tr("Test"));
    updateDetail();
}

void DataPage::setDocument(ProjectDocument* document)
{
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    // The augmentation panel edits the project's own settings, which training runs.
    m_augmentation->setDocument(document);
    if (!m_document)
        return;
    connect(m_document, &ProjectDocument::datasetChanged, this, &DataPage::followDocument);
    connect(m_document, &ProjectDocument::graphReset, this, &DataPage::followDocument);
    followDocument();
}

void DataPage::activate()
{
    m_active = true;
    followDocument();
}

void DataPage::deactivate()
{
    m_active = false;
}

void DataPage::followDocument()
{
    // Loading data takes a moment: do it when someone looks, not at start-up.
    if (!m_document || !m_active || isLoading())
        return;
    // Only when the project names another dataset: a dataset the user browses to here stays.
    const QString dataset = m_document->project().dataset;
    if (dataset != m_followed && loadDataset(dataset))
        m_followed = dataset;
}

DataPage::~DataPage()
{
    // The worker writes only into its own result object, but it must finish before we go.
    if (m_loader) {
        m_loader->disconnect(this);
        m_loader->wait();
        delete m_loader;
    }
}

bool DataPage::loadDataset(const QString& nameOrPath)
{
    if (m_loader)
        return false;
    auto result = std::make_shared<LoadResult>();
    result->nameOrPath = nameOrPath;
    m_pending = result;
    QPointer<DataPage> self(this);
    m_loader = QThread::create([result, self] {
        DatasetLoadOptions options;
        options.progress = [self](int64_t done, int64_t total) {
            if (self)
                QMetaObject::invokeMethod(self, [self, done, total] { if (self) self->onProgress(done, total); },
                                          Qt::QueuedConnection);
        };
        result->ok = DatasetCatalog::load(result->nameOrPath, options, &result->splits, &result->error);
    });
    connect(m_loader, &QThread::finished, this, &DataPage::onLoadFinished);
    m_progress->setRange(0, 0); // busy until a source reports progress
    m_progress->setVisible(true);
    m_status->setStyleSheet(QString());
    m_loadError.clear();
    m_status->setText(tr("Loading %1…").arg(nameOrPath));
    for (QWidget* w : std::initializer_list<QWidget*>{m_bundled, m_openFile, m_openFolder})
        w->setEnabled(false);
    m_loader->start();
    return true;
}

void DataPage::onProgress(qint64 done, qint64 total)
{
    if (!m_loader || total <= 0)
        return;
    m_progress->setRange(0, int(std::min<qint64>(total, INT_MAX)));
    m_progress->setValue(int(std::min<qint64>(done, INT_MAX)));
}

void DataPage::onLoadFinished()
{
    m_loader->deleteLater();
    m_loader = nullptr;
    const std::shared_ptr<LoadResult> result = std::move(m_pending);
    m_progress->setVisible(false);
    for (QWidget* w : std::initializer_list<QWidget*>{m_bundled, m_openFile, m_openFolder})
        w->setEnabled(true);
    if (!result || !result->ok) {
        const QString message = result ? result->error : QString();
        m_loadError = message;
        m_failedName = result ? result->nameOrPath : QString();
        m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_status->setText(message);
        m_status->setToolTip(message);
        m_bundled->setCurrentIndex(std::max(0, m_bundled->findData(m_currentName))); // still showing that one
        Q_EMIT loadFailed(message);
        return;
    }
    m_splits = std::move(result->splits);
    m_currentName = result->nameOrPath;
    showLoadedStatus();
    const int bundledIndex = m_bundled->findData(m_currentName);
    m_bundled->setCurrentIndex(std::max(0, bundledIndex));
    m_partBox->setItemText(0, tr("Training (%1)").arg(formatCount(m_splits.train.size())));
    m_partBox->setItemText(1, tr("Test (%1)").arg(formatCount(m_splits.test.size())));
    m_partBox->setCurrentIndex(0);
    showPart(0);
    Q_EMIT datasetLoaded(m_currentName);
}

void DataPage::showLoadedStatus()
{
    m_status->setText(tr("%1: %2 training and %3 test samples, %4 classes, %5")
                          .arg(m_currentName, formatCount(m_splits.train.size()), formatCount(m_splits.test.size()))
                          .arg(m_splits.train.numClasses())
                          .arg(shapeToString(m_splits.train.sampleShape())));
}

void DataPage::showPart(int part)
{
    m_part = part == 1 && m_splits.test.size() > 0 ? 1 : 0;
    m_partBox->setCurrentIndex(m_part);
    const Dataset& d = m_part == 1 ? m_splits.test : m_splits.train;
    // Small images are enlarged to stay legible; large ones are shown at a fixed cell size.
    const int side = d.size() > 0 ? int(std::max(d.images.size(2), d.images.size(3))) : 28;
    m_delegate->setImageSize(std::clamp(side * 2, 48, 96));
    m_model->setDataset(d);
    updateHistogram();
    selectSample(d.size() > 0 ? 0 : -1);
}

void DataPage::selectSample(int row)
{
    if (row >= m_model->rowCount())
        row = -1;
    m_selectedRow = row;
    if (row >= 0 && m_grid->currentIndex().row() != row)
        m_grid->setCurrentIndex(m_model->index(row));
    updateDetail();
    m_augmentation->setSample(row >= 0 ? m_model->sample(row) : torch::Tensor());
}

void DataPage::updateHistogram()
{
    const Dataset& d = m_model->dataset();
    std::vector<int64_t> counts(size_t(d.numClasses()), 0);
    if (d.size() > 0) {
        const torch::Tensor bins = torch::bincount(d.labels, {}, d.numClasses());
        for (int c = 0; c < d.numClasses(); ++c)
            counts[size_t(c)] = bins[c].item<int64_t>();
    }
    m_histogram->setCounts(d.classNames, counts);
}

void DataPage::updateDetail()
{
    if (m_selectedRow < 0) {
        m_detailImage->clear();
        m_detailText->clear();
        return;
    }
    const torch::Tensor sample = m_model->sample(m_selectedRow);
    const QImage image = SampleImage::fromTensor(sample);
    m_detailImage->setPixmap(QPixmap::fromImage(image.scaled(m_detailImage->size() - QSize(8, 8), Qt::KeepAspectRatio,
                                                             Qt::FastTransformation)));
    const QModelIndex index = m_model->index(m_selectedRow);
    const double mean = sample.to(torch::kFloat32).mean().item<double>();
    m_detailText->setText(tr("Sample %1 of %2 (%3)\nClass: %4 (label %5)\nSize: %6, mean pixel %7")
                              .arg(formatCount(m_selectedRow + 1), formatCount(m_model->rowCount()),
                                   m_part == 1 ? tr("test") : tr("training"), index.data(Qt::DisplayRole).toString())
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
