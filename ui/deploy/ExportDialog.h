#pragma once
// ExportDialog: the fifth step, deploy. Exports a trained model as TorchScript, ONNX or
// PyTorch code (engine/export/ModelExporter), says in one line what each format is for,
// runs the export and its check on a worker thread with a busy bar, checks a TorchScript
// export in-process (reloaded with torch::jit::load and compared with the live model on
// samples of the project's dataset, showing the largest difference) and shows a copyable
// snippet for Python and C++. Reached from File > Export Model, the run history and the
// draw pad.
#include "export/ModelExporter.h"

#include <QDialog>
#include <atomic>
#include <memory>
#include <optional>

class QButtonGroup;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QThread;

namespace netsmith::ui {

class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    /// `folder`: where the default file names point (the run folder's parent, say).
    ExportDialog(TrainedModel model, const QString& folder, QWidget* parent = nullptr);
    ~ExportDialog() override;

    void setFormat(ExportFormat format);
    ExportFormat format() const;
    void setPath(const QString& path);
    QString path() const;
    /// Starts the export (as the Export button does); exportFinished() follows.
    void startExport();
    bool isExporting() const { return worker_ != nullptr; }
    /// The Cancel button: stops the export before it writes, or skips its check after.
    void cancelExport();
    /// What the last export said (files, check, or the error).
    QString resultText() const;
    QString snippet() const;
    /// Closes, except while an export runs (it writes files: it is let finish).
    void reject() override;

Q_SIGNALS:
    void exportFinished(bool ok);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Outcome
    {
        ExportFormat format = ExportFormat::TorchScript;
        bool ok = false;
        QStringList files;
        QString error;
        double difference = -1; ///< TorchScript only: largest |difference| on the check samples
        int samples = 0;
        bool datasetSamples = false; ///< false: random pixels (the dataset did not load)
        bool checkCancelled = false; ///< written, but Cancel came before the check
    };

    void retranslateUi();
    void formatChanged();
    void browse();
    /// Keeps and shows the outcome, then says so (exportFinished).
    void finish(const Outcome& outcome);
    void showOutcome(const Outcome& outcome);
    /// Writes, then checks a TorchScript file; `cancel` stops it between the two (or before
    /// writing) and stops the check's dataset load.
    static Outcome run(const TrainedModel& model, const ExportRequest& request, const std::atomic<bool>& cancel);

    TrainedModel model_;
    QString folder_;
    QGroupBox* formatBox_ = nullptr;
    QButtonGroup* formats_ = nullptr;
    std::vector<QRadioButton*> formatButtons_;
    std::vector<QLabel*> purposes_;
    QLabel* modelLabel_ = nullptr;
    QLabel* pathLabel_ = nullptr;
    QLineEdit* path_ = nullptr;
    QPushButton* browse_ = nullptr;
    QLabel* opsetLabel_ = nullptr;
    QSpinBox* opset_ = nullptr;
    QProgressBar* busy_ = nullptr;
    QLabel* result_ = nullptr;
    QLabel* snippetLabel_ = nullptr;
    QPlainTextEdit* snippet_ = nullptr;
    QPushButton* copy_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;
    QPushButton* export_ = nullptr;
    QPushButton* cancel_ = nullptr;
    QThread* worker_ = nullptr;
    std::shared_ptr<std::atomic<bool>> cancelRequested_;
    /// The last outcome, kept so that a language switch can say it again.
    std::optional<Outcome> last_;
};

} // namespace netsmith::ui
