#include "evaluation/RunHistoryView.h"

#include "training/LiveChartView.h"

#include <QAbstractAxis>
#include <QChart>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>
#include <set>

namespace netsmith::ui {

namespace {

const char* const kMetrics[][2] = {
    {"val_accuracy", QT_TRANSLATE_NOOP("RunHistoryView", "Validation accuracy")},
    {"val_loss", QT_TRANSLATE_NOOP("RunHistoryView", "Validation loss")},
    {"train_accuracy", QT_TRANSLATE_NOOP("RunHistoryView", "Training accuracy")},
    {"train_loss", QT_TRANSLATE_NOOP("RunHistoryView", "Training loss")},
};

QTableWidgetItem* item(const QString& text, const QVariant& sortValue = {})
{
    auto* i = new QTableWidgetItem(text);
    if (sortValue.isValid())
        i->setData(Qt::UserRole, sortValue);
    return i;
}

QString durationLabel(const RunRecord& r)
{
    return std::isfinite(r.seconds) ? RunHistoryView::tr("%1 s").arg(r.seconds, 0, 'f', 1) : QStringLiteral("–");
}

QString statusLabel(const RunRecord& r)
{
    const QString s = r.status;
    if (s == QStringLiteral("finished"))
        return RunHistoryView::tr("Finished");
    if (s == QStringLiteral("early_stopped"))
        return RunHistoryView::tr("Stopped early");
    if (s == QStringLiteral("cancelled"))
        return RunHistoryView::tr("Stopped");
    if (s == QStringLiteral("failed"))
        return RunHistoryView::tr("Failed");
    return r.hasSummary ? RunHistoryView::tr("Finished") : RunHistoryView::tr("Running or interrupted");
}

} // namespace

RunHistoryView::RunHistoryView(QWidget* parent)
    : QWidget(parent)
{
    rootLabel_ = new QLabel(this);
    rootLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* chooseRoot = chooseRoot_ = new QPushButton(this);
    auto* reload = reload_ = new QPushButton(this);
    open_ = new QPushButton(this);
    drawPad_ = new QPushButton(this);
    export_ = new QPushButton(this);
    evaluateDrawings_ = new QPushButton(this);
    evaluateDrawings_->setObjectName(QStringLiteral("evaluateDrawings"));
    resume_ = new QPushButton(this);
    resume_->setObjectName(QStringLiteral("resumeRun"));
    auto* top = new QHBoxLayout;
    top->addWidget(rootLabel_, 1);
    top->addWidget(chooseRoot);
    top->addWidget(reload);
    top->addWidget(open_);
    top->addWidget(drawPad_);
    top->addWidget(export_);
    top->addWidget(evaluateDrawings_);
    top->addWidget(resume_);

    table_ = new QTableWidget(this);
    table_->setColumnCount(9);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->verticalHeader()->hide();

    metric_ = new QComboBox(this);
    for (const auto& m : kMetrics)
        metric_->addItem(QString(), QString::fromLatin1(m[0]));
    chart_ = new LiveChartView({}, {}, {}, this);
    auto* chartBox = new QWidget(this);
    auto* chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    auto* metricRow = new QHBoxLayout;
    metricRow->addWidget(overlayLabel_ = new QLabel(chartBox));
    metricRow->addWidget(metric_);
    metricRow->addStretch();
    chartLayout->addLayout(metricRow);
    chartLayout->addWidget(chart_, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(table_);
    splitter->addWidget(chartBox);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(chooseRoot, &QPushButton::clicked, this, &RunHistoryView::chooseRoot);
    connect(reload, &QPushButton::clicked, this, &RunHistoryView::refresh);
    connect(table_, &QTableWidget::itemSelectionChanged, this, &RunHistoryView::updateOverlay);
    connect(metric_, &QComboBox::currentIndexChanged, this, &RunHistoryView::updateOverlay);
    connect(open_, &QPushButton::clicked, this, [this] {
        const std::vector<int> rows = selectedRuns();
        if (!rows.empty())
            Q_EMIT openProjectRequested(runs_[std::size_t(rows.front())].projectPath());
    });
    connect(drawPad_, &QPushButton::clicked, this, [this] {
        const std::vector<int> rows = selectedRuns();
        if (!rows.empty())
            Q_EMIT drawPadRequested(runs_[std::size_t(rows.front())].directory);
    });
    connect(export_, &QPushButton::clicked, this, [this] {
        const std::vector<int> rows = selectedRuns();
        if (!rows.empty())
            Q_EMIT exportRequested(runs_[std::size_t(rows.front())].directory);
    });
    connect(evaluateDrawings_, &QPushButton::clicked, this, [this] {
        const std::vector<int> rows = selectedRuns();
        if (!rows.empty())
            Q_EMIT evaluateDrawingsRequested(runs_[std::size_t(rows.front())].directory);
    });
    connect(resume_, &QPushButton::clicked, this, [this] {
        const std::vector<int> rows = selectedRuns();
        if (!rows.empty())
            Q_EMIT resumeRequested(runs_[std::size_t(rows.front())].directory);
    });
    retranslateUi();
}

void RunHistoryView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RunHistoryView::retranslateUi()
{
    chooseRoot_->setText(tr("Runs folder…"));
    reload_->setText(tr("Refresh"));
    open_->setText(tr("Open project"));
    drawPad_->setText(tr("Send model to draw pad"));
    export_->setText(tr("Export model…"));
    export_->setToolTip(tr("Deploy the selected run's model as TorchScript, ONNX or PyTorch code."));
    evaluateDrawings_->setText(tr("Evaluate on drawings…"));
    evaluateDrawings_->setToolTip(tr("Read a folder of drawings (one subfolder per class) as the draw pad reads "
                                     "them, and show the selected run's per-class results."));
    resume_->setText(tr("Resume training"));
    resume_->setToolTip(tr("Go on training the selected run from its last checkpoint, in the same run folder: "
                           "its curves and metrics stay one history."));
    overlayLabel_->setText(tr("Overlay"));
    table_->setHorizontalHeaderLabels({tr("Name"), tr("Date"), tr("Model"), tr("Parameters"), tr("Best val. accuracy"),
                                       tr("Test accuracy"), tr("Duration"), tr("Device"), tr("Status")});
    for (int i = 0; i < metric_->count(); ++i)
        metric_->setItemText(i, QCoreApplication::translate("RunHistoryView", kMetrics[i][1]));
    chart_->setTitles(tr("Selected runs"), tr("Epoch"), metric_->currentText());
    if (!root_.isEmpty())
        rootLabel_->setText(tr("Runs in %1").arg(QDir(root_).absolutePath()));
    // The rows stay (and their selection); only the words in them change.
    for (int row = 0; row < table_->rowCount(); ++row) {
        const QTableWidgetItem* name = table_->item(row, 0);
        const int run = name ? name->data(Qt::UserRole + 1).toInt() : -1;
        if (run < 0 || run >= int(runs_.size()))
            continue;
        table_->item(row, 6)->setText(durationLabel(runs_[std::size_t(run)]));
        table_->item(row, 8)->setText(statusLabel(runs_[std::size_t(run)]));
    }
    updateOverlay();
}

void RunHistoryView::setRunsRoot(const QString& root)
{
    root_ = root;
    refresh();
}

void RunHistoryView::chooseRoot()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Runs folder"), root_);
    if (!dir.isEmpty())
        setRunsRoot(dir);
}

void RunHistoryView::refresh()
{
    rootLabel_->setText(tr("Runs in %1").arg(QDir(root_).absolutePath()));
    runs_ = RunRecord::scan(root_);
    table_->setSortingEnabled(false);
    table_->clearContents();
    table_->setRowCount(int(runs_.size()));
    const QLocale locale;
    for (int row = 0; row < int(runs_.size()); ++row) {
        const RunRecord& r = runs_[std::size_t(row)];
        auto accuracy = [](double v) { return std::isfinite(v) ? QString::number(v, 'f', 4) : QStringLiteral("–"); };
        auto* name = item(r.name);
        name->setData(Qt::UserRole + 1, row); // the run behind the row, whatever the sorting
        name->setToolTip(r.directory);
        table_->setItem(row, 0, name);
        table_->setItem(row, 1, item(locale.toString(r.created, QLocale::ShortFormat)));
        table_->setItem(row, 2, item(r.model));
        table_->setItem(row, 3, item(r.params > 0 ? locale.toString(r.params) : QStringLiteral("–")));
        table_->setItem(row, 4, item(accuracy(r.bestValAccuracy)));
        table_->setItem(row, 5, item(accuracy(r.testAccuracy)));
        table_->setItem(row, 6, item(durationLabel(r)));
        table_->setItem(row, 7, item(r.device));
        table_->setItem(row, 8, item(statusLabel(r)));
    }
    updateOverlay();
}

std::vector<int> RunHistoryView::selectedRuns() const
{
    std::set<int> rows;
    for (const QTableWidgetItem* i : table_->selectedItems())
        if (const QTableWidgetItem* first = table_->item(i->row(), 0))
            rows.insert(first->data(Qt::UserRole + 1).toInt());
    return {rows.begin(), rows.end()};
}

void RunHistoryView::updateOverlay()
{
    const std::vector<int> rows = selectedRuns();
    open_->setEnabled(rows.size() == 1);
    // A model to predict with or to export: one run, with its trained weights.
    const bool hasModel = rows.size() == 1 && QFile::exists(runs_[std::size_t(rows.front())].directory +
                                                            QStringLiteral("/model.pt"));
    drawPad_->setEnabled(hasModel);
    export_->setEnabled(hasModel);
    evaluateDrawings_->setEnabled(hasModel);
    chart_->removeAllSeries();
    const QString key = metric_->currentData().toString();
    chart_->chart()->axes(Qt::Vertical).value(0)->setTitleText(metric_->currentText());
    static const QColor colours[] = {{31, 119, 180}, {255, 127, 14}, {44, 160, 44},   {214, 39, 40},
                                     {148, 103, 189}, {140, 86, 75}, {227, 119, 194}, {127, 127, 127}};
    int n = 0;
    for (int row : rows) {
        const RunRecord& r = runs_[std::size_t(row)];
        const int s = chart_->addSeries(r.name, colours[n++ % 8], LiveChartView::Style::Markers);
        chart_->setPoints(s, r.epochCurve(key));
    }
    chart_->refresh();
}

} // namespace netsmith::ui
