// The draw pad driven like a person: strokes drawn with QTest mouse events on the canvas give
// a prediction, the model's-eye view is the shared preprocessing of the paper, heat maps and
// saliency appear, undo/clear go back to the hint, and drawings are saved into an
// image-folder dataset.
#include "../engine/TrainedRunFixture.h"

#include "drawpad/DrawPadPage.h"
#include "drawpad/DrawingCanvas.h"
#include "infer/ImageFile.h"

#include <QLabel>
#include <QPointingDevice>
#include <QTabletEvent>
#include <QSignalSpy>
#include <QtTest>

using namespace netsmith;
using netsmith::ui::DrawingCanvas;
using netsmith::ui::DrawPadPage;

namespace {

/// Widget position of a paper position (the paper is scaled into the canvas' square).
QPoint onCanvas(const DrawingCanvas* canvas, QPointF paperPos)
{
    const qreal side = std::min(canvas->width(), canvas->height());
    const QPointF origin((canvas->width() - side) / 2.0, (canvas->height() - side) / 2.0);
    return (origin + paperPos * (side / DrawingCanvas::kPaperSize)).toPoint();
}

/// One stroke through `points` (paper coordinates), a mouse event per segment.
void stroke(DrawingCanvas* canvas, const std::vector<QPointF>& points)
{
    QTest::mousePress(canvas, Qt::LeftButton, Qt::NoModifier, onCanvas(canvas, points.front()));
    for (size_t i = 1; i < points.size(); ++i)
        QTest::mouseMove(canvas, onCanvas(canvas, points[i]));
    QTest::mouseRelease(canvas, Qt::LeftButton, Qt::NoModifier, onCanvas(canvas, points.back()));
}

std::vector<QPointF> line(QPointF from, QPointF to, int steps = 12)
{
    std::vector<QPointF> pts;
    for (int i = 0; i <= steps; ++i)
        pts.push_back(from + (to - from) * (double(i) / steps));
    return pts;
}

std::vector<QPointF> circle(QPointF centre, double radius, int steps = 36)
{
    std::vector<QPointF> pts;
    for (int i = 0; i <= steps; ++i)
        pts.push_back(centre + radius * QPointF(std::cos(2 * M_PI * i / steps), std::sin(2 * M_PI * i / steps)));
    return pts;
}

QString topText(const DrawPadPage& page)
{
    QString all;
    for (const QLabel* l : page.findChildren<QLabel*>())
        all += l->text() + QLatin1Char('\n');
    return all;
}

} // namespace

class TestDrawPad : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir dir_;
    QString runDir_;

private Q_SLOTS:
    void initTestCase()
    {
        torch::set_num_threads(1);
        QCoreApplication::setOrganizationName(QStringLiteral("NetsmithTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_drawpad"));
        runDir_ = dir_.filePath(QStringLiteral("run"));
        fixtures::makeTrainedShapesRun(runDir_);
    }

    void drawingGivesAPrediction()
    {
        DrawPadPage page;
        page.resize(1200, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!page.prediction());
        QVERIFY(topText(page).contains(QStringLiteral("Draw something first")));
        QVERIFY2(page.loadRun(runDir_), qPrintable(page.statusText()));
        QVERIFY(page.hasModel());

        QSignalSpy latency(&page, &DrawPadPage::latencyMeasured);
        DrawingCanvas* canvas = page.canvas();
        // A tall bar, off-centre: the model has to see it centred.
        stroke(canvas, line({80, 40}, {84, 230}));
        QTRY_VERIFY(page.prediction().has_value());
        QTRY_VERIFY(!latency.isEmpty());
        QVERIFY(latency.last().at(0).toDouble() > 0);
        QCOMPARE(canvas->strokeCount(), 1);
        QCOMPARE(page.prediction()->label, 0); // "bar"
        QVERIFY2(topText(page).contains(QStringLiteral("bar")), qPrintable(topText(page)));

        // The model's-eye view is exactly the shared preprocessing of the paper.
        const QImage paper = canvas->paper();
        const cv::Mat grey(paper.height(), paper.width(), CV_8U, const_cast<uchar*>(paper.constBits()),
                           size_t(paper.bytesPerLine()));
        TrainedModel model;
        QString error;
        QVERIFY2(TrainedModel::loadRun(runDir_, &model, &error), qPrintable(error));
        QVERIFY(model.project.stroke.isKnown()); // the run's strokes, which the pad matches
        const PreparedImage expected = InkPreprocessor::forModel(model).prepare(grey);
        QVERIFY(expected.ok());
        QVERIFY(torch::equal(page.modelInputPixels(), expected.pixels));

        // Explanations: a paper-sized Grad-CAM map that is hot near the stroke, a saliency map.
        QCOMPARE(page.heatMap().rows, DrawingCanvas::kPaperSize);
        QVERIFY(cv::checkRange(page.heatMap()));
        QVERIFY(page.heatMap().at<float>(135, 82) > page.heatMap().at<float>(135, 250));
        QCOMPARE(page.saliencyMap().sizes().vec(), (std::vector<int64_t>{28, 28}));

        // What the page shows is the engine's one pass over that input, nothing recomputed.
        const Explainer explainer(model);
        const Explanation direct = explainer.explain(expected.pixels);
        const cv::Size paperSize(DrawingCanvas::kPaperSize, DrawingCanvas::kPaperSize);
        QCOMPARE(page.prediction()->probabilities, direct.prediction.probabilities);
        QVERIFY(torch::equal(page.saliencyMap(), direct.saliency.map));
        const cv::Mat heat = InkPreprocessor::mapToSource(expected, direct.gradCam.map, paperSize);
        QCOMPARE(cv::norm(page.heatMap(), heat, cv::NORM_INF), 0.0);
        // Hiding the heat map drops it; showing it again or choosing a layer reruns the pass.
        page.setHeatMapVisible(false);
        QVERIFY(page.heatMap().empty());
        page.setHeatMapVisible(true);
        QCOMPARE(cv::norm(page.heatMap(), heat, cv::NORM_INF), 0.0);
        page.setHeatMapLayer(QStringLiteral("conv1"));
        ExplanationRequest conv1;
        conv1.gradCamLayer = QStringLiteral("conv1");
        const cv::Mat heat1 = InkPreprocessor::mapToSource(expected, explainer.explain(expected.pixels, conv1).gradCam.map,
                                                           paperSize);
        QCOMPARE(cv::norm(page.heatMap(), heat1, cv::NORM_INF), 0.0);
        page.setHeatMapLayer(QString());

        // Start over with a ring drawn in two strokes.
        canvas->clear();
        QTRY_VERIFY(!page.prediction());
        stroke(canvas, circle({150, 150}, 70, 18));
        stroke(canvas, circle({150, 150}, 70, 36));
        QTRY_COMPARE(canvas->strokeCount(), 2);
        QTRY_VERIFY(page.prediction().has_value());
        QCOMPARE(page.prediction()->label, 2); // "ring"

        canvas->undoStroke();
        canvas->undoStroke();
        QTRY_VERIFY(!page.prediction());
        QVERIFY(topText(page).contains(QStringLiteral("Draw something first")));
    }

    void eraserAndPenWidth()
    {
        DrawPadPage page;
        page.resize(1000, 640);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        DrawingCanvas* canvas = page.canvas();
        canvas->setPenWidth(10);
        stroke(canvas, line({140, 40}, {140, 240}));
        QCOMPARE(canvas->paper().pixelColor(140, 140).lightness(), 0);
        canvas->setErasing(true);
        canvas->setPenWidth(40);
        stroke(canvas, line({100, 140}, {180, 140}));
        QCOMPARE(canvas->paper().pixelColor(140, 140).lightness(), 255);
        QCOMPARE(canvas->strokeCount(), 2);
        // Without a model the model's-eye view still shows the preprocessing.
        page.predictNow();
        QVERIFY(page.modelInputPixels().defined());
        QVERIFY(!page.prediction());
        QVERIFY(topText(page).contains(QStringLiteral("Open a trained model")));
    }

    void tabletPressureSetsTheWidth()
    {
        DrawPadPage page;
        page.resize(900, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        DrawingCanvas* canvas = page.canvas();
        canvas->setPenWidth(30);
        const auto tabletStroke = [canvas](qreal y, qreal pressure) {
            const QEvent::Type types[] = {QEvent::TabletPress, QEvent::TabletMove, QEvent::TabletMove,
                                          QEvent::TabletRelease};
            const qreal xs[] = {40, 140, 240, 240};
            for (int i = 0; i < 4; ++i) {
                const QPointF pos = onCanvas(canvas, {xs[i], y});
                QTabletEvent event(types[i], QPointingDevice::primaryPointingDevice(), pos, canvas->mapToGlobal(pos),
                                   pressure, 0, 0, 0, 0, 0, Qt::NoModifier, Qt::LeftButton,
                                   types[i] == QEvent::TabletRelease ? Qt::NoButton : Qt::LeftButton);
                QCoreApplication::sendEvent(canvas, &event);
                QVERIFY(event.isAccepted());
            }
        };
        tabletStroke(70, 0.1);
        tabletStroke(200, 1.0);
        QCOMPARE(canvas->strokeCount(), 2);
        const QImage paper = canvas->paper();
        const auto inkRows = [&paper](int from, int to) {
            int rows = 0;
            for (int y = from; y < to; ++y)
                rows += qGray(paper.pixel(140, y)) < 128 ? 1 : 0;
            return rows;
        };
        const int light = inkRows(40, 110), heavy = inkRows(160, 250);
        QVERIFY2(light >= 5 && heavy >= 25 && light < heavy / 2,
                 qPrintable(QStringLiteral("light %1, heavy %2").arg(light).arg(heavy)));
        QTRY_VERIFY(page.modelInputPixels().defined());
    }

    void addToDatasetWritesAClassFolder()
    {
        DrawPadPage page;
        QVERIFY(page.loadRun(runDir_));
        const QString folder = dir_.filePath(QStringLiteral("my drawings"));
        page.setDatasetFolder(folder);
        QString saved, error;
        QVERIFY(!page.addToDataset(QStringLiteral("bar"), &saved, &error)); // nothing drawn
        QVERIFY(error.contains(QStringLiteral("draw something first")));
        page.resize(900, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        stroke(page.canvas(), line({60, 150}, {230, 160}));
        page.predictNow();
        QVERIFY(!page.addToDataset(QStringLiteral("../evil"), &saved, &error));
        QVERIFY(error.contains(QStringLiteral("../evil")));
        QVERIFY(!page.addToDataset(QStringLiteral("  "), &saved, &error));
        QVERIFY2(page.addToDataset(QStringLiteral("dash"), &saved, &error), qPrintable(error));
        QVERIFY(saved.startsWith(folder + QStringLiteral("/dash/")));
        QVERIFY(saved.endsWith(QStringLiteral(".png")));
        cv::Mat image;
        QVERIFY(ImageFile::read(saved, &image, &error));
        QCOMPARE(image.channels(), 1);
        QCOMPARE(image.rows, 28);
        QCOMPARE(image.cols, 28);
        const torch::Tensor reread = torch::from_blob(image.data, {1, 28, 28}, torch::kUInt8).clone();
        QVERIFY(torch::equal(reread, page.modelInputPixels()));
        QCOMPARE(QDir(folder).entryList(QDir::Dirs | QDir::NoDotAndDotDot), QStringList{QStringLiteral("dash")});
    }

    void openImageAndModelsWithoutConvolutions()
    {
        DrawPadPage page;
        page.resize(900, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QString error;
        QVERIFY(!page.loadRun(dir_.filePath(QStringLiteral("missing")), &error));
        QVERIFY(page.statusText().contains(QStringLiteral("missing")));
        QVERIFY(!page.hasModel());
        QVERIFY(page.loadRun(runDir_));

        // A ring photographed white on black, opened from a file.
        cv::Mat ring(200, 300, CV_8UC3, cv::Scalar(0, 0, 0));
        cv::circle(ring, {200, 100}, 50, cv::Scalar(255, 255, 255), 10, cv::LINE_AA);
        const QString path = dir_.filePath(QStringLiteral("ring.png"));
        QVERIFY(ImageFile::writePng(ring, path, &error));
        QVERIFY2(page.openImage(path, &error), qPrintable(error));
        QVERIFY(page.prediction().has_value());
        QCOMPARE(page.prediction()->label, 2);
        QVERIFY(!page.openImage(dir_.filePath(QStringLiteral("nope.png")), &error));
        QVERIFY(error.contains(QStringLiteral("nope.png")));

        // A dense network: predictions and saliency, and a plain word about Grad-CAM.
        Project mlp;
        QVERIFY(ProjectFile::load(QStringLiteral("mlp"), &mlp, &error));
        page.setModel(TrainedModel::fromModule(mlp, GraphModule(mlp.graph), {}));
        page.predictNow();
        QVERIFY(page.prediction().has_value());
        QCOMPARE(int(page.prediction()->probabilities.size()), 10);
        QVERIFY(page.heatMap().empty());
        QVERIFY(page.saliencyMap().defined());
        QVERIFY2(topText(page).contains(QStringLiteral("no convolutional layer")), qPrintable(topText(page)));
    }
};

QTEST_MAIN(TestDrawPad)
#include "tst_drawpad.moc"
