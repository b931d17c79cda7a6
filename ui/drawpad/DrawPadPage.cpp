#include "drawpad/DrawPadPage.h"
#include "Icons.h"

#include "drawpad/DrawingCanvas.h"
#include "drawpad/HeatMapQImage.h"
#include "drawpad/PixelView.h"
#include "drawpad/ProbabilityBars.h"

#include "infer/HeatMapImage.h"
#include "infer/ImageFile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

#include <opencv2/imgproc.hpp>

namespace netsmith::ui {

namespace {

/// Preprocessing used before any model is loaded, so the model's-eye view works right away.
const Shape kDefaultInput{1, 28, 28};

QImage toQImage(const cv::Mat& mat)
{
    if (mat.type() == CV_8UC1)
        return QImage(mat.data, mat.cols, mat.rows, int(mat.step), QImage::Format_Grayscale8).copy();
    if (mat.type() == CV_8UC3)
        return QImage(mat.data, mat.cols, mat.rows, int(mat.step), QImage::Format_RGB888).copy();
    return {};
}

/// A decoded file (grey, BGR or BGRA) as a QImage; transparency is laid on white paper.
QImage pictureFromFile(const cv::Mat& image)
{
    cv::Mat rgb;
    if (image.channels() == 1)
        return toQImage(image);
    if (image.channels() == 3) {
        cv::cvtColor(image, rgb, cv::COLOR_BGR2RGB);
        return toQImage(rgb);
    }
    cv::Mat rgba;
    cv::cvtColor(image, rgba, cv::COLOR_BGRA2RGBA);
    const QImage withAlpha(rgba.data, rgba.cols, rgba.rows, int(rgba.step), QImage::Format_RGBA8888);
    QImage flat(withAlpha.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    QPainter painter(&flat);
    painter.drawImage(0, 0, withAlpha);
    return flat;
}

bool isUsableFolderName(const QString& label)
{
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    if (label.trimmed().isEmpty() || label == QLatin1String(".") || label == QLatin1String(".."))
        return false;
    for (const QChar c : label)
        if (forbidden.contains(c) || c.unicode() < 32)
            return false;
    return true;
}

} // namespace

DrawPadPage::DrawPadPage(QWidget* parent)
    : QWidget(parent)
    , preprocessor_(std::make_unique<InkPreprocessor>(kDefaultInput))
{
    // Coalesce the segments that arrive within one pass of the event loop into one prediction.
    debounce_.setSingleShot(true);
    debounce_.setInterval(0);
    connect(&debounce_, &QTimer::timeout, this, &DrawPadPage::predictNow);

    buildLayout();
    const QString savedFolder = QSettings().value(QStringLiteral("drawpad/datasetFolder")).toString();
    setDatasetFolder(savedFolder.isEmpty()
                         ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                               QStringLiteral("/datasets/my-drawings")
                         : savedFolder);
    fillLabelChoices();
    fillLayerChoices();
    updatePrediction();
}

DrawPadPage::~DrawPadPage() = default;

void DrawPadPage::buildLayout()
{
    canvas_ = new DrawingCanvas(this);
    connect(canvas_, &DrawingCanvas::strokeSegmentDrawn, this, &DrawPadPage::schedulePrediction);
    connect(canvas_, &DrawingCanvas::drawingChanged, this, &DrawPadPage::schedulePrediction);

    // Sources. (Texts are set in retranslateUi.)
    auto* openRun = texts_.openRun = new QPushButton(this);
    connect(openRun, &QPushButton::clicked, this, &DrawPadPage::chooseRun);
    auto* openModel = texts_.openModel = new QPushButton(this);
    connect(openModel, &QPushButton::clicked, this, &DrawPadPage::chooseModel);
    auto* openImage = texts_.openImage = new QPushButton(this);
    connect(openImage, &QPushButton::clicked, this, &DrawPadPage::chooseImage);
    auto* exportModel = texts_.exportModel = new QPushButton(this);
    exportModel->setEnabled(false);
    openRun->setIcon(Icons::bundled("run-history"));
    openModel->setIcon(Icons::themed("document-open"));
    openImage->setIcon(Icons::themed("image-x-generic"));
    exportModel->setIcon(Icons::bundled("export-model"));
    connect(exportModel, &QPushButton::clicked, this, &DrawPadPage::exportRequested);
    modelLabel_ = new QLabel(this);
    modelLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* sources = new QHBoxLayout;
    sources->addWidget(openRun);
    sources->addWidget(openModel);
    sources->addWidget(openImage);
    sources->addWidget(modelLabel_, 1);
    sources->addWidget(exportModel);

    // Pen tools.
    penWidth_ = new QSlider(Qt::Horizontal, this);
    penWidth_->setRange(4, 48);
    penWidth_->setValue(canvas_->penWidth());
    connect(penWidth_, &QSlider::valueChanged, canvas_, &DrawingCanvas::setPenWidth);
    eraser_ = new QToolButton(this);
    eraser_->setCheckable(true);
    connect(eraser_, &QToolButton::toggled, canvas_, &DrawingCanvas::setErasing);
    auto* undo = texts_.undoStroke = new QToolButton(this);
    undo->setShortcut(QKeySequence::Undo);
    connect(undo, &QToolButton::clicked, canvas_, &DrawingCanvas::undoStroke);
    auto* clear = texts_.clear = new QToolButton(this);
    connect(clear, &QToolButton::clicked, canvas_, &DrawingCanvas::clear);
    eraser_->setIcon(Icons::themed("draw-eraser"));
    undo->setIcon(Icons::themed("edit-undo"));
    clear->setIcon(Icons::themed("edit-clear"));
    // A tool button shows only its icon unless told otherwise; these keep their words.
    for (QToolButton* button : {eraser_, undo, clear})
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto* tools = new QHBoxLayout;
    tools->addWidget(texts_.pen = new QLabel(this));
    tools->addWidget(penWidth_, 1);
    tools->addWidget(eraser_);
    tools->addWidget(undo);
    tools->addWidget(clear);

    auto* left = new QVBoxLayout;
    left->addLayout(sources);
    left->addWidget(canvas_, 1);
    left->addLayout(tools);

    // What the model sees and why it decides.
    eyeView_ = new PixelView(this);
    eyeCaption_ = new QLabel(this);
    eyeCaption_->setWordWrap(true);
    saliencyView_ = new PixelView(this);
    heatMapBox_ = new QCheckBox(this);
    heatMapBox_->setChecked(true);
    // Whether Grad-CAM runs is part of the one pass: switching it on or choosing another
    // layer runs the pass again.
    connect(heatMapBox_, &QCheckBox::toggled, this, &DrawPadPage::predictNow);
    layerCombo_ = new QComboBox(this);
    connect(layerCombo_, qOverload<int>(&QComboBox::currentIndexChanged), this, &DrawPadPage::predictNow);
    opacity_ = new QSlider(Qt::Horizontal, this);
    opacity_->setRange(0, 100);
    opacity_->setValue(60);
    connect(opacity_, &QSlider::valueChanged, this, [this](int v) { canvas_->setOverlayOpacity(v / 100.0); });
    canvas_->setOverlayOpacity(opacity_->value() / 100.0);
    heatMapNote_ = new QLabel(this);
    heatMapNote_->setWordWrap(true);
    auto* explainBox = texts_.explanation = new QGroupBox(this);
    auto* explain = new QGridLayout(explainBox);
    explain->addWidget(heatMapBox_, 0, 0, 1, 2);
    explain->addWidget(texts_.layer = new QLabel(explainBox), 1, 0);
    explain->addWidget(layerCombo_, 1, 1);
    explain->addWidget(texts_.opacity = new QLabel(explainBox), 2, 0);
    explain->addWidget(opacity_, 2, 1);
    explain->addWidget(heatMapNote_, 3, 0, 1, 2);

    auto* middle = new QVBoxLayout;
    middle->addWidget(texts_.seesHeading = new QLabel(this));
    middle->addWidget(eyeView_, 1);
    middle->addWidget(eyeCaption_);
    middle->addWidget(texts_.saliencyHeading = new QLabel(this));
    middle->addWidget(saliencyView_, 1);
    middle->addWidget(explainBox);

    // The answer.
    topLabel_ = new QLabel(this);
    topLabel_->setWordWrap(true);
    topLabel_->setMinimumHeight(64);
    topLabel_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    bars_ = new ProbabilityBars(this);
    connect(bars_, &ProbabilityBars::painted, this, &DrawPadPage::barsPainted);

    // Collecting drawings.
    labelCombo_ = new QComboBox(this);
    labelCombo_->setEditable(true);
    auto* add = texts_.addToDataset = new QPushButton(this);
    connect(add, &QPushButton::clicked, this, &DrawPadPage::addCurrentDrawing);
    auto* folder = texts_.folder = new QToolButton(this);
    connect(folder, &QToolButton::clicked, this, &DrawPadPage::chooseDatasetFolder);
    folder->setIcon(Icons::themed("folder-open", "document-open"));
    folder->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    folderLabel_ = new QLabel(this);
    folderLabel_->setWordWrap(true);
    folderLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* datasetBox = texts_.collect = new QGroupBox(this);
    auto* dataset = new QGridLayout(datasetBox);
    dataset->addWidget(texts_.label = new QLabel(datasetBox), 0, 0);
    dataset->addWidget(labelCombo_, 0, 1);
    dataset->addWidget(add, 0, 2);
    dataset->addWidget(folder, 1, 0);
    dataset->addWidget(folderLabel_, 1, 1, 1, 2);

    auto* right = new QVBoxLayout;
    right->addWidget(texts_.predictionHeading = new QLabel(this));
    right->addWidget(topLabel_);
    right->addWidget(bars_, 1);
    right->addWidget(datasetBox);

    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 5);
    columns->addLayout(middle, 2);
    columns->addLayout(right, 3);

    statusLabel_ = new QLabel(this);
    statusLabel_->setWordWrap(true);
    auto* page = new QVBoxLayout(this);
    page->addLayout(columns, 1);
    page->addWidget(statusLabel_);
    retranslateUi();
}

QString DrawPadPage::title() const
{
    return tr("Draw && predict");
}

void DrawPadPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // Texts made from the model and the drawing, said again in the new language.
        if (explainer_)
            showModelName();
        const QString layer = layerCombo_->currentData().toString();
        fillLayerChoices();
        {
            // One pass below, not a second one from the combo's change signal.
            const QSignalBlocker block(layerCombo_);
            setHeatMapLayer(layer);
        }
        updatePrediction();
    }
    QWidget::changeEvent(event);
}

void DrawPadPage::retranslateUi()
{
    canvas_->setToolTip(DrawingCanvas::tr("Draw with the mouse or a pen; a tablet's pressure sets the stroke width."));
    texts_.openRun->setText(tr("Open run…"));
    texts_.openRun->setToolTip(tr("Predict with a training run: a folder with project.netsmith and model.pt."));
    texts_.openModel->setText(tr("Open model…"));
    texts_.openModel->setToolTip(tr("Predict with a project file and a weights file (model.pt)."));
    texts_.exportModel->setText(tr("Export model…"));
    texts_.exportModel->setToolTip(tr("Deploy this model as TorchScript, ONNX or PyTorch code."));
    texts_.openImage->setText(tr("Open image…"));
    texts_.openImage->setToolTip(tr("Put a picture on the paper and predict it."));
    penWidth_->setToolTip(tr("Pen width in paper pixels (the paper is 280×280)."));
    eraser_->setText(tr("Eraser"));
    texts_.undoStroke->setText(tr("Undo stroke"));
    texts_.clear->setText(tr("Clear"));
    texts_.pen->setText(tr("Pen"));
    eyeView_->setPlaceholder(tr("Draw something first"));
    eyeView_->setToolTip(tr("The exact pixels the model receives: the ink found, its strokes thinned or thickened "
                            "to the width the model was trained on, cropped, fitted into 20/28 of the input and "
                            "centred by its centre of mass, before normalisation."));
    saliencyView_->setPlaceholder(tr("No saliency yet"));
    saliencyView_->setToolTip(tr("Input-gradient saliency: how strongly each input pixel moves the score of the "
                                 "predicted class (red: most)."));
    heatMapBox_->setText(tr("Grad-CAM heat map on the drawing"));
    layerCombo_->setToolTip(tr("The layer whose feature maps Grad-CAM looks through."));
    texts_.explanation->setTitle(tr("Explanation"));
    texts_.layer->setText(tr("Layer"));
    texts_.opacity->setText(tr("Opacity"));
    texts_.seesHeading->setText(tr("<b>What the model sees</b>"));
    texts_.saliencyHeading->setText(tr("<b>Saliency</b>"));
    labelCombo_->setToolTip(tr("The class the drawing shows; it becomes the sub-folder name."));
    texts_.addToDataset->setText(tr("Add to dataset"));
    texts_.addToDataset->setToolTip(
        tr("Save what the model sees as a PNG in <folder>/<label>/, readable as an image-folder dataset."));
    texts_.folder->setText(tr("Folder…"));
    texts_.collect->setTitle(tr("Collect drawings"));
    texts_.label->setText(tr("Label"));
    texts_.predictionHeading->setText(tr("<b>Prediction</b>"));
}

void DrawPadPage::showModelName()
{
    const TrainedModel& m = explainer_->model();
    modelLabel_->setText(tr("Model: %1 (%2 classes)").arg(m.project.name).arg(m.numClasses()));
    modelLabel_->setToolTip(m.source);
}

bool DrawPadPage::loadRun(const QString& runDir, QString* error)
{
    TrainedModel model;
    QString message;
    if (!TrainedModel::loadRun(runDir, &model, &message)) {
        setStatus(message);
        if (error)
            *error = message;
        return false;
    }
    setModel(std::move(model));
    return true;
}

bool DrawPadPage::loadModel(const QString& projectOrPreset, const QString& weightsPath, QString* error)
{
    TrainedModel model;
    QString message;
    if (!TrainedModel::loadWeights(projectOrPreset, weightsPath, &model, &message)) {
        setStatus(message);
        if (error)
            *error = message;
        return false;
    }
    setModel(std::move(model));
    return true;
}

const TrainedModel* DrawPadPage::model() const
{
    return explainer_ ? &explainer_->model() : nullptr;
}

void DrawPadPage::setModel(TrainedModel model)
{
    preprocessor_ = std::make_unique<InkPreprocessor>(InkPreprocessor::forModel(model));
    explainer_ = std::make_unique<Explainer>(std::move(model));
    const TrainedModel& m = explainer_->model();
    texts_.exportModel->setEnabled(true);
    showModelName();
    bars_->setClasses(m.classNames);
    fillLabelChoices();
    fillLayerChoices();
    setStatus({});
    updatePrediction();
    Q_EMIT modelChanged();
}

bool DrawPadPage::openImage(const QString& path, QString* error)
{
    cv::Mat image;
    QString message;
    if (!ImageFile::read(path, &image, &message)) {
        setStatus(message);
        if (error)
            *error = message;
        return false;
    }
    canvas_->setBackground(pictureFromFile(image));
    predictNow();
    return true;
}

void DrawPadPage::setDatasetFolder(const QString& folder)
{
    datasetFolder_ = QDir::cleanPath(folder);
    folderLabel_->setText(QDir::toNativeSeparators(datasetFolder_));
}

bool DrawPadPage::addToDataset(const QString& rawLabel, QString* savedPath, QString* error)
{
    const QString label = rawLabel.trimmed();
    QString message;
    if (!prepared_.ok()) {
        message = tr("Nothing to save: draw something first.");
    } else if (!isUsableFolderName(label)) {
        message = tr("\"%1\" cannot be a class folder name: use a non-empty label without / \\ : * ? \" < > |")
                      .arg(label);
    } else {
        const QString classDir = datasetFolder_ + QLatin1Char('/') + label;
        if (!QDir().mkpath(classDir)) {
            message = tr("Cannot create the folder %1").arg(QDir::toNativeSeparators(classDir));
        } else {
            const QString path = classDir + QLatin1Char('/') + label + QLatin1Char('-') +
                                 QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")) +
                                 QStringLiteral(".png");
            if (ImageFile::writePng(HeatMapImage::fromPixels(prepared_.pixels), path, &message)) {
                setStatus(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
                if (savedPath)
                    *savedPath = path;
                return true;
            }
        }
    }
    setStatus(message);
    if (error)
        *error = message;
    return false;
}

void DrawPadPage::setHeatMapLayer(const QString& layer)
{
    const int index = layerCombo_->findData(layer);
    if (index >= 0)
        layerCombo_->setCurrentIndex(index);
}

void DrawPadPage::setHeatMapVisible(bool visible)
{
    heatMapBox_->setChecked(visible);
}

void DrawPadPage::setHeatMapOpacity(double opacity)
{
    opacity_->setValue(int(std::lround(opacity * 100)));
}

QString DrawPadPage::statusText() const
{
    return statusLabel_->text();
}

void DrawPadPage::schedulePrediction()
{
    if (!latencyPending_) {
        latencyClock_.start();
        latencyPending_ = true;
    }
    debounce_.start();
}

void DrawPadPage::predictNow()
{
    debounce_.stop();
    updatePrediction();
}

void DrawPadPage::updatePrediction()
{
    const QImage paper = canvas_->paper();
    const cv::Mat grey(paper.height(), paper.width(), CV_8U, const_cast<uchar*>(paper.constBits()),
                       size_t(paper.bytesPerLine()));
    prepared_ = preprocessor_->prepare(grey);
    if (!prepared_.ok()) {
        showProblem(canvas_->isBlank() ? tr("Draw something first: the paper is empty.") : prepared_.problem);
        return;
    }
    eyeView_->setImage(toQImage(HeatMapImage::fromPixels(prepared_.pixels)));
    QString caption = tr("%1 input, after the same preprocessing as netsmith-cli predict")
                          .arg(shapeToString(preprocessor_->inputShape()));
    // Say what the stroke normalisation did: a thick pen thinned to the training strokes.
    if (preprocessor_->stroke().isKnown())
        caption += QLatin1Char('\n') + tr("Stroke width %1 px as drawn, %2 px for the model (its training strokes: %3 px)")
                                           .arg(prepared_.drawnStrokeWidth, 0, 'f', 1)
                                           .arg(prepared_.preparedStrokeWidth, 0, 'f', 1)
                                           .arg(preprocessor_->stroke().width, 0, 'f', 1);
    eyeCaption_->setText(caption);
    if (!explainer_) {
        prediction_.reset();
        topLabel_->setText(tr("Open a trained model (a run folder) to see what it predicts."));
        bars_->setProbabilities({});
        Q_EMIT predictionUpdated();
        return;
    }
    // Probabilities, saliency and (when shown) Grad-CAM of the predicted class: one pass.
    ExplanationRequest request;
    request.gradCam = heatMapBox_->isChecked();
    request.gradCamLayer = layerCombo_->currentData().toString();
    const Explanation explanation = explainer_->explain(prepared_.pixels, request);
    prediction_ = explanation.prediction;
    const QStringList& names = explainer_->model().classNames;
    QStringList lines;
    const std::vector<int> top = prediction_->topK(3);
    for (size_t i = 0; i < top.size(); ++i) {
        const QString line = tr("%1  %2%").arg(names.at(top[i]), QString::number(100.0 * prediction_->probabilities[size_t(top[i])], 'f', 1));
        lines.push_back(i == 0 ? QStringLiteral("<span style=\"font-size:20pt\"><b>%1</b></span>").arg(line.toHtmlEscaped())
                               : line.toHtmlEscaped());
    }
    topLabel_->setText(lines.join(QStringLiteral("<br>")));
    bars_->setProbabilities(prediction_->probabilities);
    showExplanations(explanation);
    Q_EMIT predictionUpdated();
}

void DrawPadPage::showProblem(const QString& message)
{
    prediction_.reset();
    heatMap_.release();
    saliency_ = torch::Tensor();
    eyeView_->setImage({});
    saliencyView_->setImage({});
    eyeCaption_->clear();
    topLabel_->setText(message);
    bars_->setProbabilities({});
    canvas_->setOverlay({});
    // A note about the last drawing's heat map no longer applies; one about the model does.
    if (!explainer_ || !explainer_->defaultGradCamLayer().isEmpty())
        heatMapProblem_.clear();
    heatMapNote_->setText(heatMapProblem_);
    Q_EMIT predictionUpdated();
}

void DrawPadPage::showExplanations(const Explanation& explanation)
{
    heatMap_.release();
    saliency_ = torch::Tensor();
    if (explanation.saliency.ok()) {
        saliency_ = explanation.saliency.map;
        saliencyView_->setImage(HeatMapQImage::colour(HeatMapImage::view(saliency_)));
    } else {
        saliencyView_->setImage({});
    }
    const ExplanationMap& cam = explanation.gradCam;
    heatMapProblem_ = cam.problem;
    if (cam.ok()) {
        if (cam.map.max().item<float>() <= 0.f)
            heatMapProblem_ = tr("Nothing in layer %1 speaks for this class: the heat map is empty.").arg(cam.layer);
        heatMap_ = InkPreprocessor::mapToSource(prepared_, cam.map,
                                                cv::Size(DrawingCanvas::kPaperSize, DrawingCanvas::kPaperSize));
    }
    updateOverlay();
}

void DrawPadPage::updateOverlay()
{
    heatMapNote_->setText(heatMapProblem_);
    if (!heatMapBox_->isChecked() || heatMap_.empty()) {
        canvas_->setOverlay({});
        return;
    }
    // Colour by importance and let the unimportant parts stay clear paper (alpha = importance).
    canvas_->setOverlay(HeatMapQImage::withAlpha(heatMap_));
}

void DrawPadPage::barsPainted()
{
    if (!latencyPending_ || debounce_.isActive())
        return;
    latencyPending_ = false;
    lastLatencyMs_ = latencyClock_.nsecsElapsed() / 1e6;
    Q_EMIT latencyMeasured(lastLatencyMs_);
}

void DrawPadPage::fillLayerChoices()
{
    const QSignalBlocker block(layerCombo_);
    layerCombo_->clear();
    heatMapProblem_.clear();
    if (!explainer_) {
        layerCombo_->setEnabled(false);
        return;
    }
    const QString last = explainer_->defaultGradCamLayer();
    if (last.isEmpty()) {
        layerCombo_->setEnabled(false);
        heatMapProblem_ = Explainer::noGradCamLayerMessage();
        heatMapNote_->setText(heatMapProblem_);
        return;
    }
    layerCombo_->setEnabled(true);
    layerCombo_->addItem(tr("Last convolution (%1)").arg(last), QString());
    for (const QString& layer : explainer_->gradCamLayers())
        layerCombo_->addItem(layer, layer);
}

void DrawPadPage::fillLabelChoices()
{
    const QString current = labelCombo_->currentText();
    labelCombo_->clear();
    QStringList names;
    if (explainer_)
        names = explainer_->model().classNames;
    else
        for (int d = 0; d < 10; ++d)
            names.push_back(QString::number(d));
    labelCombo_->addItems(names);
    if (!current.isEmpty() && names.contains(current))
        labelCombo_->setCurrentText(current);
}

void DrawPadPage::setStatus(const QString& message)
{
    statusLabel_->setText(message);
}

void DrawPadPage::chooseRun()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a training run"),
                                                          QSettings().value(QStringLiteral("drawpad/lastRun")).toString());
    if (dir.isEmpty())
        return;
    if (loadRun(dir))
        QSettings().setValue(QStringLiteral("drawpad/lastRun"), dir);
}

void DrawPadPage::chooseModel()
{
    const QString project =
        QFileDialog::getOpenFileName(this, tr("Open the model's project"), {}, tr("Netsmith projects (*.netsmith)"));
    if (project.isEmpty())
        return;
    const QString weights = QFileDialog::getOpenFileName(this, tr("Open the trained weights"),
                                                         QFileInfo(project).absolutePath(),
                                                         tr("LibTorch weights (*.pt);;All files (*)"));
    if (!weights.isEmpty())
        loadModel(project, weights);
}

void DrawPadPage::chooseImage()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open an image to predict"), {},
                                                      tr("Images (*.png *.jpg *.jpeg *.bmp *.pgm *.tif *.tiff *.webp)"));
    if (!path.isEmpty())
        openImage(path);
}

void DrawPadPage::chooseDatasetFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder of the drawings dataset"), datasetFolder_);
    if (dir.isEmpty())
        return;
    setDatasetFolder(dir);
    QSettings().setValue(QStringLiteral("drawpad/datasetFolder"), datasetFolder_);
}

void DrawPadPage::addCurrentDrawing()
{
    addToDataset(labelCombo_->currentText());
}

} // namespace netsmith::ui
