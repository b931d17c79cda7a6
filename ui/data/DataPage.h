#pragma once
// The dataset browser page: choose a bundled dataset or open a file/folder (loaded off the GUI
// thread, with progress), browse every sample in a virtualised grid, see the class histogram
// and one sample in detail, and preview augmentation on the chosen sample. Self-contained: the
// main window adds it as a page.
#include "data/Dataset.h"

#include <QWidget>
#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QListView;
class QProgressBar;
class QPushButton;
class QThread;

namespace netsmith::ui {

class AugmentationPanel;
class ClassHistogramView;
class SampleDelegate;
class SampleGridModel;

class DataPage : public QWidget
{
    Q_OBJECT
public:
    explicit DataPage(QWidget* parent = nullptr);
    ~DataPage() override;

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

private:
    void openFile();
    void openFolder();
    void onProgress(qint64 done, qint64 total);
    void onLoadFinished();
    void updateHistogram();
    void updateDetail();

    DatasetSplits m_splits;
    QString m_currentName;
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
