#pragma once
// DrawPadPage: draw a digit (or open a picture) and watch the trained model read it: the
// model's-eye view of the preprocessed input, live probabilities, Grad-CAM over the drawing
// and an input-saliency view; drawings can be saved into an image-folder dataset.
// Self-contained: the main window adds it as a page and hands it runs via loadRun()/setModel().
#include "WorkbenchPage.h"
#include "infer/Explainer.h"
#include "infer/InkPreprocessor.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QSlider;
class QToolButton;

namespace netsmith::ui {

class DrawingCanvas;
class PixelView;
class ProbabilityBars;

class DrawPadPage : public QWidget, public WorkbenchPage
{
    Q_OBJECT
public:
    explicit DrawPadPage(QWidget* parent = nullptr);
    ~DrawPadPage() override;

    // WorkbenchPage
    QWidget* widget() override { return this; }
    QString title() const override;

    /// A run folder (project.netsmith + model.pt + run.json). On failure the current model
    /// stays and `error` says why.
    bool loadRun(const QString& runDir, QString* error = nullptr);
    /// A project file or preset with a weights file.
    bool loadModel(const QString& projectOrPreset, const QString& weightsPath, QString* error = nullptr);
    /// A model trained or loaded elsewhere (e.g. the run that just finished).
    void setModel(TrainedModel model);
    bool hasModel() const { return explainer_ != nullptr; }
    /// The model predicting now, or null.
    const TrainedModel* model() const;

    /// Puts a picture on the paper and predicts it.
    bool openImage(const QString& path, QString* error = nullptr);

    /// Where "Add to dataset" writes: <folder>/<label>/<label>-<time>.png.
    void setDatasetFolder(const QString& folder);
    QString datasetFolder() const { return datasetFolder_; }
    /// Saves the current model input (the preprocessed drawing) under `label`.
    bool addToDataset(const QString& label, QString* savedPath = nullptr, QString* error = nullptr);

    /// Grad-CAM layer; empty: the last convolution.
    void setHeatMapLayer(const QString& layer);
    void setHeatMapVisible(bool visible);
    void setHeatMapOpacity(double opacity);

    DrawingCanvas* canvas() const { return canvas_; }
    /// The latest prediction, if the drawing could be predicted.
    const std::optional<Prediction>& prediction() const { return prediction_; }
    /// uint8 C×H×W: exactly what the model received last (undefined when nothing was drawn).
    torch::Tensor modelInputPixels() const { return prepared_.pixels; }
    /// The heat map over the paper (float, paper-sized; empty when there is none).
    const cv::Mat& heatMap() const { return heatMap_; }
    const torch::Tensor& saliencyMap() const { return saliency_; }
    QString statusText() const;
    /// Stroke event to painted bars, in milliseconds, of the last update (-1: none yet).
    double lastLatencyMs() const { return lastLatencyMs_; }

    /// Runs a pending prediction now (tests, benchmarks).
    void predictNow();

Q_SIGNALS:
    void predictionUpdated();
    void latencyMeasured(double milliseconds);
    void modelChanged();
    /// "Export model…": deploy the model this page predicts with (the window opens the dialog).
    void exportRequested();

private Q_SLOTS:
    void schedulePrediction();
    void chooseRun();
    void chooseModel();
    void chooseImage();
    void chooseDatasetFolder();
    void addCurrentDrawing();
    void barsPainted();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildLayout();
    /// Every fixed text of the page, in the current language.
    void retranslateUi();
    void showModelName();
    void updatePrediction();
    void showProblem(const QString& message);
    void showExplanations(const Explanation& explanation);
    void updateOverlay();
    void fillLayerChoices();
    void fillLabelChoices();
    void setStatus(const QString& message);

    std::unique_ptr<Explainer> explainer_; ///< prediction and explanations, one pass per update
    std::unique_ptr<InkPreprocessor> preprocessor_;
    PreparedImage prepared_;
    std::optional<Prediction> prediction_;
    cv::Mat heatMap_;
    torch::Tensor saliency_;
    QString heatMapProblem_;
    QString datasetFolder_;

    DrawingCanvas* canvas_ = nullptr;
    PixelView* eyeView_ = nullptr;
    QLabel* eyeCaption_ = nullptr;
    PixelView* saliencyView_ = nullptr;
    ProbabilityBars* bars_ = nullptr;
    QLabel* topLabel_ = nullptr;
    QLabel* modelLabel_ = nullptr;
    QLabel* statusLabel_ = nullptr;
    QLabel* heatMapNote_ = nullptr;
    QSlider* penWidth_ = nullptr;
    QToolButton* eraser_ = nullptr;
    QCheckBox* heatMapBox_ = nullptr;
    QComboBox* layerCombo_ = nullptr;
    QSlider* opacity_ = nullptr;
    QComboBox* labelCombo_ = nullptr;
    QLabel* folderLabel_ = nullptr;
    /// Widgets whose only state is their text.
    struct Texts
    {
        QPushButton* openRun = nullptr;
        QPushButton* openModel = nullptr;
        QPushButton* openImage = nullptr;
        QPushButton* exportModel = nullptr;
        QToolButton* undoStroke = nullptr;
        QToolButton* clear = nullptr;
        QLabel* pen = nullptr;
        QGroupBox* explanation = nullptr;
        QLabel* layer = nullptr;
        QLabel* opacity = nullptr;
        QLabel* seesHeading = nullptr;
        QLabel* saliencyHeading = nullptr;
        QPushButton* addToDataset = nullptr;
        QToolButton* folder = nullptr;
        QGroupBox* collect = nullptr;
        QLabel* label = nullptr;
        QLabel* predictionHeading = nullptr;
    } texts_;

    QTimer debounce_;
    QElapsedTimer latencyClock_;
    bool latencyPending_ = false;
    double lastLatencyMs_ = -1;
};

} // namespace netsmith::ui
