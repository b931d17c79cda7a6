#pragma once
// The dataset browser page: choose a bundled dataset or open a file/folder (loaded off the GUI
// thread, with progress), browse every sample in a virtualised grid, see the class histogram
// and one sample in detail, and preview augmentation on the chosen sample. Given a document
// (setDocument), it follows the project's dataset: loaded when the page is first looked at,
// reloaded when the project names another one. Without one it is a stand-alone browser.
#include "WorkbenchPage.h"
#include "data/Dataset.h"

#include <QWidget>
#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QListView;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QThread;

namespace netsmith::ui {

class AugmentationPanel;
class ClassHistogramView;
class ProjectDocument;
class SampleDelegate;
class SampleGridModel;

class DataPage : public QWidget, public WorkbenchPage
{
    Q_OBJECT
public:
    explicit DataPage(QWidget* parent = nullptr);
    ~DataPage() override;

    /// Follows this document's dataset from now on (loading takes a moment, so only while the
    /// page is active).
    void setDocument(ProjectDocument* document);

    // WorkbenchPage
    QWidget* widget() override { return this; }
    QString title() const override;
    void activate() override;
    void deactivate() override;

    /// Starts loading a bundled name or a path on a worker thread; datasetLoaded or loadFailed
    /// follows. Ignored while another load runs (returns false).
    bool loadDataset(const QString& nameOrPath);
    bool isLoading() const { return loader_ != nullptr; }
    /// Stops a load under way (the Cancel button beside its progress): the page is free for
    /// another load at once and keeps showing the dataset it had.
    void cancelLoading();
    const DatasetSplits& splits() const { return splits_; }
    QString currentName() const { return currentName_; }

    /// Shows the training (0) or test (1) part in the grid.
    void showPart(int part);
    /// Selects sample `row` of the shown part: detail and augmentation preview follow.
    void selectSample(int row);
    int selectedSample() const { return selectedRow_; }

    SampleGridModel* gridModel() const { return model_; }
    QListView* gridView() const { return grid_; }
    AugmentationPanel* augmentationPanel() const { return augmentation_; }
    ClassHistogramView* histogram() const { return histogram_; }
    QLabel* detailImage() const { return detailImage_; }

Q_SIGNALS:
    void datasetLoaded(const QString& nameOrPath);
    void loadFailed(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showLoading(bool loading);
    /// Loads the document's dataset if the page is active and shows another one.
    void followDocument();
    void showLoadedStatus();
    void openFile();
    void openFolder();
    void onProgress(qint64 done, qint64 total);
    void onLoadFinished();
    void updateHistogram();
    void updateDetail();

    DatasetSplits splits_;
    QString currentName_;
    ProjectDocument* document_ = nullptr;
    QString followed_; ///< the document's dataset this page last loaded
    bool active_ = false;
    QString loadError_;  ///< why the last load failed (shown until the next one)
    QString failedName_; ///< what that load tried to open
    int part_ = 0;
    int selectedRow_ = -1;

    // The worker's result, handed over when its thread finishes.
    struct LoadResult
    {
        QString nameOrPath;
        DatasetSplits splits;
        QString error;
        bool ok = false;
        std::atomic<bool> cancel{false}; // set by the Cancel button, read by the worker
    };
    std::shared_ptr<LoadResult> pending_;
    QThread* loader_ = nullptr;
    QList<QObject*> cancelled_; ///< cancelled loads' threads, which end on their own

    QLabel* datasetLabel_ = nullptr;
    QLabel* showLabel_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    QComboBox* bundled_ = nullptr;
    QPushButton* openFile_ = nullptr;
    QPushButton* openFolder_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QPushButton* cancel_ = nullptr;
    QLabel* status_ = nullptr;
    QComboBox* partBox_ = nullptr;
    SampleGridModel* model_ = nullptr;
    SampleDelegate* delegate_ = nullptr;
    QListView* grid_ = nullptr;
    QLabel* detailImage_ = nullptr;
    QLabel* detailText_ = nullptr;
    ClassHistogramView* histogram_ = nullptr;
    AugmentationPanel* augmentation_ = nullptr;
};

} // namespace netsmith::ui
