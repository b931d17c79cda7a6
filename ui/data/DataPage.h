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
    bool isLoading() const { return m_loader != nullptr; }
    const DatasetSplits& splits() const { return m_splits; }
    QString currentName() const { return m_currentName; }

    /// Shows the training (0) or test (1) part in the grid.
    void showPart(int part);
    /// Selects sample `row` of the shown part: detail and augmentation preview follow.
    void selectSample(int row);
    int selectedSample() const { return m_selectedRow; }

    SampleGridModel* gridModel() const { return m_model; }
    QListView* gridView() const { return m_grid; }
    AugmentationPanel* augmentationPanel() const { return m_augmentation; }
    ClassHistogramView* histogram() const { return m_histogram; }
    QLabel* detailImage() const { return m_detailImage; }

Q_SIGNALS:
    void datasetLoaded(const QString& nameOrPath);
    void loadFailed(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    /// Loads the document's dataset if the page is active and shows another one.
    void followDocument();
    void showLoadedStatus();
    void openFile();
    void openFolder();
    void onProgress(qint64 done, qint64 total);
    void onLoadFinished();
    void updateHistogram();
    void updateDetail();

    DatasetSplits m_splits;
    QString m_currentName;
    ProjectDocument* m_document = nullptr;
    QString m_followed; ///< the document's dataset this page last loaded
    bool m_active = false;
    QString m_loadError;  ///< why the last load failed (shown until the next one)
    QString m_failedName; ///< what that load tried to open
    int m_part = 0;
    int m_selectedRow = -1;

    // The worker's result, handed over when its thread finishes.
    struct LoadResult
    {
        QString nameOrPath;
        DatasetSplits splits;
        QString error;
        bool ok = false;
    };
    std::shared_ptr<LoadResult> m_pending;
    QThread* m_loader = nullptr;

    QLabel* m_datasetLabel = nullptr;
    QLabel* m_showLabel = nullptr;
    QTabWidget* m_tabs = nullptr;
    QComboBox* m_bundled = nullptr;
    QPushButton* m_openFile = nullptr;
    QPushButton* m_openFolder = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QComboBox* m_partBox = nullptr;
    SampleGridModel* m_model = nullptr;
    SampleDelegate* m_delegate = nullptr;
    QListView* m_grid = nullptr;
    QLabel* m_detailImage = nullptr;
    QLabel* m_detailText = nullptr;
    ClassHistogramView* m_histogram = nullptr;
    AugmentationPanel* m_augmentation = nullptr;
};

} // namespace netsmith::ui
