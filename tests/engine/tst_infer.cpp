// TrainedModel loading (run folders, weights files, broken inputs), Predictor, Grad-CAM,
// input saliency and heat-map colouring, on a seed CNN trained for a few seconds on shapes.
#include "TrainedRunFixture.h"

#include "infer/GradCam.h"
#include "infer/HeatMapImage.h"
#include "infer/InputSaliency.h"
#include "infer/Predictor.h"

#include <QtTest>

using namespace netsmith;

class TestInfer : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir dir_;
    QString runDir_;
    netsmith::Dataset testShapes_;

    TrainedModel loadedRun()
    {
        TrainedModel model;
        QString error;
        if (!TrainedModel::loadRun(runDir_, &model, &error))
            qFatal("%s", qPrintable(error));
        return model;
    }

private Q_SLOTS:
    void initTestCase()
    {
        torch::set_num_threads(1);
        runDir_ = dir_.filePath(QStringLiteral("runs/20260101-120000-shapes"));
        fixtures::makeTrainedShapesRun(runDir_);
        testShapes_ = fixtures::shapesDataset(90, 99);
    }

    void runFolderLoadsWithClassNames()
    {
        const TrainedModel model = loadedRun();
        QCOMPARE(model.classNames, fixtures::shapeClasses());
        QCOMPARE(model.inputShape(), (Shape{1, 28, 28}));
        QVERIFY(!model.module->is_training());
        QVERIFY(!model.project.normalization.mean.empty());
        QVERIFY(model.source.endsWith(QStringLiteral("20260101-120000-shapes")));
    }

    void trainedModelRecognisesShapes()
    {
        const Predictor predictor(loadedRun());
        const torch::Tensor probs = predictor.probabilities(testShapes_.images);
        QCOMPARE(probs.sizes().vec(), (std::vector<int64_t>{90, 3}));
        QVERIFY(torch::allclose(probs.sum(1), torch::ones({90}), 1e-4, 1e-5));
        const double accuracy = probs.argmax(1).eq(testShapes_.labels).to(torch::kFloat64).mean().item<double>();
        QVERIFY2(accuracy >= 0.9, qPrintable(QString::number(accuracy)));

        const Prediction p = predictor.predict(testShapes_.images[0]);
        QCOMPARE(int(p.probabilities.size()), 3);
        QCOMPARE(p.confidence, p.probabilities[size_t(p.label)]);
        const std::vector<int> top = p.topK(3);
        QCOMPARE(int(top.size()), 3);
        QCOMPARE(top[0], p.label);
        QVERIFY(p.probabilities[size_t(top[1])] >= p.probabilities[size_t(top[2])]);
        QCOMPARE(int(p.topK(10).size()), 3);
    }

    void weightsFileWithProject()
    {
        TrainedModel model;
        QString error;
        QVERIFY2(TrainedModel::loadWeights(runDir_ + QStringLiteral("/project.netsmith"),
                                           runDir_ + QStringLiteral("/model.pt"), &model, &error),
                 qPrintable(error));
        QCOMPARE(model.classNames, fixtures::shapeClasses()); // from the run.json beside it
        const torch::Tensor a = Predictor(model).probabilities(testShapes_.images.slice(0, 0, 5));
        const torch::Tensor b = Predictor(loadedRun()).probabilities(testShapes_.images.slice(0, 0, 5));
        QVERIFY(torch::equal(a, b));
    }

    void brokenSourcesSayWhatIsWrong()
    {
        TrainedModel untouched;
        QString error;
        QVERIFY(!TrainedModel::loadRun(dir_.filePath(QStringLiteral("nope")), &untouched, &error));
        QVERIFY(error.contains(QStringLiteral("nope")));
        QVERIFY(!untouched.isLoaded());

        QVERIFY(!TrainedModel::loadRun(dir_.path(), &untouched, &error));
        QVERIFY2(error.contains(QStringLiteral("model.pt")), qPrintable(error));

        // Weights of another architecture: a message, no crash.
        QVERIFY(!TrainedModel::loadWeights(QStringLiteral("mlp"), runDir_ + QStringLiteral("/model.pt"), &untouched,
                                           &error));
        QVERIFY2(error.contains(QStringLiteral("model.pt")), qPrintable(error));

        const QString junk = dir_.filePath(QStringLiteral("junk.pt"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a torch archive");
        f.close();
        QVERIFY(!TrainedModel::loadWeights(QStringLiteral("seed-cnn"), junk, &untouched, &error));
        QVERIFY2(error.contains(QStringLiteral("junk.pt")), qPrintable(error));
        QVERIFY(!untouched.isLoaded());
    }

    void gradCamLayers()
    {
        const TrainedModel model = loadedRun();
        QCOMPARE(GradCam::defaultLayer(model), QStringLiteral("conv2"));
        const QStringList layers = GradCam::candidateLayers(model);
        QCOMPARE(layers, (QStringList{QStringLiteral("conv1"), QStringLiteral("relu1"), QStringLiteral("pool1"),
                                      QStringLiteral("conv2"), QStringLiteral("relu2"), QStringLiteral("pool2")}));
    }

    void gradCamMapsHaveInputSizeAndHighlightInk()
    {
        const Predictor predictor(loadedRun());
        double inkSum = 0, backgroundSum = 0;
        for (const QString& layer : {QString(), QStringLiteral("conv1"), QStringLiteral("relu2")}) {
            for (int i = 0; i < 30; ++i) {
                const torch::Tensor pixels = testShapes_.images[i];
                const Prediction p = predictor.predict(pixels);
                const ExplanationMap cam = GradCam::compute(predictor, pixels, p.label, layer);
                QVERIFY2(cam.ok(), qPrintable(cam.problem));
                QCOMPARE(cam.map.sizes().vec(), (std::vector<int64_t>{28, 28}));
                QVERIFY(torch::isfinite(cam.map).all().item<bool>());
                QVERIFY(cam.map.min().item<float>() >= 0.f && cam.map.max().item<float>() <= 1.f);
                if (!layer.isEmpty())
                    continue;
                // Mean importance on and around the ink (dilated a little, as the map is
                // coarse) against the rest of the picture.
                const torch::Tensor ink =
                    torch::max_pool2d(pixels.to(torch::kFloat32).unsqueeze(0), 5, 1, 2)[0][0].gt(60);
                inkSum += cam.map.masked_select(ink).mean().item<double>();
                backgroundSum += cam.map.masked_select(ink.logical_not()).mean().item<double>();
            }
        }
        qInfo("Grad-CAM mean on ink %.3f, on background %.3f", inkSum / 30, backgroundSum / 30);
        QVERIFY(inkSum > 1.5 * backgroundSum);
    }

    void saliencyWorksWithAndWithoutConvolutions()
    {
        const Predictor predictor(loadedRun());
        const ExplanationMap s = InputSaliency::compute(predictor, testShapes_.images[1], 1);
        QVERIFY(s.ok());
        QCOMPARE(s.map.sizes().vec(), (std::vector<int64_t>{28, 28}));
        QVERIFY(torch::isfinite(s.map).all().item<bool>());
        QCOMPARE(s.map.max().item<float>(), 1.f);

        Project mlp;
        QString error;
        QVERIFY(ProjectFile::load(QStringLiteral("mlp"), &mlp, &error));
        const Predictor dense(TrainedModel::fromModule(mlp, GraphModule(mlp.graph), {}));
        QCOMPARE(dense.model().numClasses(), 10);
        QCOMPARE(dense.model().classNames.at(3), QStringLiteral("3"));
        const ExplanationMap cam = GradCam::compute(dense, testShapes_.images[0], 0);
        QVERIFY(!cam.ok());
        QVERIFY2(cam.problem.contains(QStringLiteral("no convolutional layer")), qPrintable(cam.problem));
        QVERIFY(InputSaliency::compute(dense, testShapes_.images[0], 0).ok());
        QVERIFY(!GradCam::compute(predictor, testShapes_.images[0], 0, QStringLiteral("fc1")).ok());
        QVERIFY(!GradCam::compute(predictor, testShapes_.images[0], 7).ok());
    }

    void heatMapColoursAndOverlay()
    {
        torch::Tensor map = torch::zeros({28, 28});
        map[10][10] = 1.0;
        const cv::Mat rgb = HeatMapImage::colour(map);
        QCOMPARE(rgb.type(), CV_8UC3);
        QCOMPARE(rgb.rows, 28);
        // JET: 0 is blue, 1 is red (RGB order).
        QVERIFY(rgb.at<cv::Vec3b>(0, 0)[2] > 100 && rgb.at<cv::Vec3b>(0, 0)[0] < 50);
        QVERIFY(rgb.at<cv::Vec3b>(10, 10)[0] > 100 && rgb.at<cv::Vec3b>(10, 10)[2] < 50);
        const cv::Mat base(280, 280, CV_8U, cv::Scalar(255));
        const cv::Mat none = HeatMapImage::overlay(base, map, 0.0);
        QCOMPARE(none.size(), cv::Size(280, 280));
        QCOMPARE(none.at<cv::Vec3b>(5, 5), cv::Vec3b(255, 255, 255));
        const cv::Mat half = HeatMapImage::overlay(base, map, 0.5);
        QVERIFY(half.at<cv::Vec3b>(5, 5)[0] < 200);
        const cv::Mat grey = HeatMapImage::fromPixels(testShapes_.images[0]);
        QCOMPARE(grey.type(), CV_8UC1);
        QCOMPARE(grey.at<uchar>(14, 14), testShapes_.images[0][0][14][14].item<uint8_t>());
    }
};

QTEST_GUILESS_MAIN(TestInfer)
#include "tst_infer.moc"
