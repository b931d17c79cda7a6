// TrainedModel loading (run folders, weights files, broken inputs), Predictor, the one-pass
// Explainer (checked against prediction, saliency and Grad-CAM computed in separate passes),
// Grad-CAM layers from shape inference and heat-map colouring, on a seed CNN trained for a
// few seconds on shapes.
#include "TrainedRunFixture.h"

#include "infer/Explainer.h"
#include "infer/GradCam.h"
#include "infer/HeatMapImage.h"
#include "infer/Predictor.h"

#include <QtTest>

#include <tuple>

using namespace netsmith;

namespace {

/// Names of the nodes whose output is N×C×H×W when the module runs (the input node aside).
QStringList featureMapLayersSeenRunning(GraphModule& module)
{
    torch::NoGradGuard noGrad;
    std::vector<int64_t> size{1};
    const Shape& input = module->inputShape();
    size.insert(size.end(), input.begin(), input.end());
    const QString inputName = module->layers().front().first;
    QStringList names;
    module->forwardLogits(torch::zeros(size), [&](const QString& name, const torch::Tensor& out) {
        if (out.dim() == 4 && name != inputName)
            names.push_back(name);
    });
    return names;
}

/// Saliency and Grad-CAM as separate passes, written out independently of the Explainer:
/// the reference the one pass must reproduce.
namespace reference {

torch::Tensor normalised(const torch::Tensor& map)
{
    torch::Tensor m = torch::nan_to_num(map.detach().to(torch::kFloat32), 0.0, 0.0, 0.0).clamp_min(0.0);
    const float peak = m.max().item<float>();
    return peak > 0.f ? m / peak : torch::zeros_like(m);
}

torch::Tensor saliency(const Predictor& predictor, const torch::Tensor& pixels, int cls)
{
    torch::AutoGradMode enableGrad(true);
    torch::Tensor x = predictor.modelInput(pixels).requires_grad_(true);
    GraphModule module = predictor.model().module;
    const torch::Tensor score = module->forwardLogits(x).flatten(1).select(1, cls).sum();
    const torch::Tensor grad = torch::autograd::grad({score}, {x})[0];
    return normalised(std::get<0>(grad[0].abs().max(0)));
}

torch::Tensor gradCam(const Predictor& predictor, const torch::Tensor& pixels, int cls, const QString& layer)
{
    torch::AutoGradMode enableGrad(true);
    torch::Tensor x = predictor.modelInput(pixels).requires_grad_(true);
    torch::Tensor activation;
    GraphModule module = predictor.model().module;
    const torch::Tensor logits = module->forwardLogits(x, [&](const QString& name, const torch::Tensor& out) {
        if (name == layer)
            activation = out;
    });
    const torch::Tensor score = logits.flatten(1).select(1, cls).sum();
    const torch::Tensor grad = torch::autograd::grad({score}, {activation})[0];
    const torch::Tensor weights = grad.mean({2, 3}, true);
    const torch::Tensor cam = torch::relu((weights * activation).sum(1, true)).detach();
    namespace F = torch::nn::functional;
    const torch::Tensor up = F::interpolate(cam, F::InterpolateFuncOptions()
                                                     .size(std::vector<int64_t>{x.size(2), x.size(3)})
                                                     .mode(torch::kBilinear)
                                                     .align_corners(false));
    return normalised(up[0][0]);
}

} // namespace reference

} // namespace

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

    void gradCamLayersComeFromShapeInference()
    {
        const Explainer explainer(loadedRun());
        QCOMPARE(explainer.defaultGradCamLayer(), QStringLiteral("conv2"));
        QCOMPARE(explainer.gradCamLayers(),
                 (QStringList{QStringLiteral("conv1"), QStringLiteral("relu1"), QStringLiteral("pool1"),
                              QStringLiteral("conv2"), QStringLiteral("relu2"), QStringLiteral("pool2")}));
        // Shape inference names exactly the layers that produce feature maps when the model
        // runs (what Grad-CAM used to learn from a forward pass over zeros), for every preset.
        for (const QString& preset : {QStringLiteral("seed-cnn"), QStringLiteral("lenet5"), QStringLiteral("mlp"),
                                      QStringLiteral("vgg-mini"), QStringLiteral("resnet-mini"),
                                      QStringLiteral("inception-mini")}) {
            Project project;
            QString error;
            QVERIFY2(ProjectFile::load(preset, &project, &error), qPrintable(error));
            GraphModule module(project.graph);
            module->eval();
            const QStringList seen = featureMapLayersSeenRunning(module);
            QCOMPARE(GradCam::candidateLayers(project.graph), seen);
            QCOMPARE(GradCam::defaultLayer(project.graph).isEmpty(), preset == QLatin1String("mlp"));
            if (preset != QLatin1String("mlp"))
                QVERIFY2(seen.contains(GradCam::defaultLayer(project.graph)), qPrintable(preset));
        }
    }

    void onePassMatchesSeparatePasses()
    {
        // The one pass (a forward with a hook, one backward) against today's three passes,
        // computed separately: prediction without gradients, saliency with its own forward
        // and backward, Grad-CAM with its own forward and backward.
        const TrainedModel model = loadedRun();
        const Explainer explainer(model);
        const Predictor& predictor = explainer.predictor();
        double worstSaliency = 0, worstCam = 0;
        int camsChecked = 0;
        for (const QString& layer : {QString(), QStringLiteral("conv1"), QStringLiteral("relu1"),
                                     QStringLiteral("pool1"), QStringLiteral("relu2"), QStringLiteral("pool2")}) {
            for (int i = 0; i < 20; ++i) {
                const torch::Tensor pixels = testShapes_.images[i];
                ExplanationRequest request;
                request.gradCamLayer = layer;
                const Explanation one = explainer.explain(pixels, request);

                const Prediction separate = predictor.predict(pixels);
                QCOMPARE(one.prediction.label, separate.label);
                QCOMPARE(one.explainedClass, separate.label);
                QCOMPARE(one.prediction.probabilities.size(), separate.probabilities.size());
                for (size_t k = 0; k < separate.probabilities.size(); ++k)
                    QVERIFY(std::abs(one.prediction.probabilities[k] - separate.probabilities[k]) <= 1e-6f);

                QVERIFY2(one.saliency.ok(), qPrintable(one.saliency.problem));
                QVERIFY2(one.gradCam.ok(), qPrintable(one.gradCam.problem));
                QCOMPARE(one.gradCam.layer, layer.isEmpty() ? QStringLiteral("conv2") : layer);
                const torch::Tensor saliency = reference::saliency(predictor, pixels, separate.label);
                const torch::Tensor cam = reference::gradCam(predictor, pixels, separate.label, one.gradCam.layer);
                QCOMPARE(one.saliency.map.sizes().vec(), saliency.sizes().vec());
                QCOMPARE(one.gradCam.map.sizes().vec(), cam.sizes().vec());
                worstSaliency = std::max(worstSaliency, (one.saliency.map - saliency).abs().max().item<double>());
                worstCam = std::max(worstCam, (one.gradCam.map - cam).abs().max().item<double>());
                camsChecked += cam.max().item<float>() > 0.f;
            }
        }
        qInfo("one pass vs three passes: largest difference saliency %.3g, Grad-CAM %.3g", worstSaliency, worstCam);
        QVERIFY(worstSaliency <= 1e-5);
        QVERIFY(worstCam <= 1e-5);
        QVERIFY(camsChecked > 60); // the comparison was not between empty maps

        // Another class than the predicted one, and the pass without explanations.
        const torch::Tensor pixels = testShapes_.images[3];
        ExplanationRequest other;
        other.classIndex = (predictor.predict(pixels).label + 1) % 3;
        const Explanation e = explainer.explain(pixels, other);
        QCOMPARE(e.explainedClass, other.classIndex);
        QVERIFY((e.saliency.map - reference::saliency(predictor, pixels, other.classIndex)).abs().max().item<float>() <= 1e-5f);
        QVERIFY((e.gradCam.map - reference::gradCam(predictor, pixels, other.classIndex, QStringLiteral("conv2")))
                    .abs().max().item<float>() <= 1e-5f);
        ExplanationRequest none;
        none.saliency = none.gradCam = false;
        const Explanation plain = explainer.explain(pixels, none);
        QCOMPARE(plain.prediction.probabilities, predictor.predict(pixels).probabilities);
        QVERIFY(!plain.saliency.map.defined() && plain.saliency.problem.isEmpty());
        QVERIFY(!plain.gradCam.map.defined() && plain.gradCam.problem.isEmpty());
    }

    void gradCamMapsHaveInputSizeAndHighlightInk()
    {
        const Explainer explainer(loadedRun());
        double inkSum = 0, backgroundSum = 0;
        for (const QString& layer : {QString(), QStringLiteral("conv1"), QStringLiteral("relu2")}) {
            for (int i = 0; i < 30; ++i) {
                const torch::Tensor pixels = testShapes_.images[i];
                ExplanationRequest request;
                request.saliency = false;
                request.gradCamLayer = layer;
                const ExplanationMap cam = explainer.explain(pixels, request).gradCam;
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
        const Explainer explainer(loadedRun());
        ExplanationRequest classOne;
        classOne.classIndex = 1;
        const ExplanationMap s = explainer.explain(testShapes_.images[1], classOne).saliency;
        QVERIFY(s.ok());
        QCOMPARE(s.map.sizes().vec(), (std::vector<int64_t>{28, 28}));
        QVERIFY(torch::isfinite(s.map).all().item<bool>());
        QCOMPARE(s.map.max().item<float>(), 1.f);

        Project mlp;
        QString error;
        QVERIFY(ProjectFile::load(QStringLiteral("mlp"), &mlp, &error));
        const Explainer dense(TrainedModel::fromModule(mlp, GraphModule(mlp.graph), {}));
        QCOMPARE(dense.model().numClasses(), 10);
        QCOMPARE(dense.model().classNames.at(3), QStringLiteral("3"));
        QVERIFY(dense.gradCamLayers().isEmpty());
        const Explanation denseResult = dense.explain(testShapes_.images[0]);
        QVERIFY(!denseResult.gradCam.ok());
        QVERIFY2(denseResult.gradCam.problem.contains(QStringLiteral("no convolutional layer")),
                 qPrintable(denseResult.gradCam.problem));
        QVERIFY(denseResult.saliency.ok());
        QCOMPARE(int(denseResult.prediction.probabilities.size()), 10);

        // Layers that cannot be looked through and classes that do not exist: a sentence that
        // names them, and the prediction still comes.
        ExplanationRequest flatLayer;
        flatLayer.gradCamLayer = QStringLiteral("fc1");
        const Explanation fc1 = explainer.explain(testShapes_.images[0], flatLayer);
        QVERIFY2(fc1.gradCam.problem.contains(QStringLiteral("\"fc1\" has no feature maps")),
                 qPrintable(fc1.gradCam.problem));
        QVERIFY(fc1.saliency.ok());
        QCOMPARE(int(fc1.prediction.probabilities.size()), 3);
        ExplanationRequest unknown;
        unknown.gradCamLayer = QStringLiteral("conv9");
        QVERIFY(explainer.explain(testShapes_.images[0], unknown).gradCam.problem.contains(QStringLiteral("\"conv9\"")));
        ExplanationRequest noSuchClass;
        noSuchClass.classIndex = 7;
        const Explanation seven = explainer.explain(testShapes_.images[0], noSuchClass);
        QVERIFY(seven.gradCam.problem.contains(QStringLiteral("no class 7")));
        QVERIFY(seven.saliency.problem.contains(QStringLiteral("no class 7")));
        QCOMPARE(int(seven.prediction.probabilities.size()), 3);
    }

    void heatMapColoursAndOverlay()
    {
        torch::Tensor map = torch::zeros({28, 28});
        map[10][10] = 1.0;
        map[20][5] = 0.5;
        const cv::Mat view = HeatMapImage::view(map);
        QCOMPARE(view.at<float>(10, 10), 1.f);
        QVERIFY(view.data == map.data_ptr()); // a view, not a copy
        const cv::Mat rgb = HeatMapImage::colour(view);
        QCOMPARE(rgb.type(), CV_8UC3);
        QCOMPARE(rgb.rows, 28);
        // JET: 0 is blue, 1 is red (RGB order).
        QVERIFY(rgb.at<cv::Vec3b>(0, 0)[2] > 100 && rgb.at<cv::Vec3b>(0, 0)[0] < 50);
        QVERIFY(rgb.at<cv::Vec3b>(10, 10)[0] > 100 && rgb.at<cv::Vec3b>(10, 10)[2] < 50);

        // RGBA: the same colours, the importance as alpha, written into memory the caller owns.
        std::vector<uchar> buffer(28 * 28 * 4, 7);
        cv::Mat rgba(28, 28, CV_8UC4, buffer.data());
        HeatMapImage::colourWithAlpha(view, &rgba);
        QVERIFY(rgba.data == buffer.data());
        for (const auto& [y, x, alpha] : {std::tuple{10, 10, 255}, std::tuple{20, 5, 128}, std::tuple{0, 0, 0}}) {
            const cv::Vec4b px = rgba.at<cv::Vec4b>(y, x);
            const cv::Vec3b c = rgb.at<cv::Vec3b>(y, x);
            QCOMPARE(cv::Vec3b(px[0], px[1], px[2]), c);
            QCOMPARE(int(px[3]), alpha);
        }

        const cv::Mat base(280, 280, CV_8U, cv::Scalar(255));
        const cv::Mat none = HeatMapImage::overlay(base, view, 0.0);
        QCOMPARE(none.size(), cv::Size(280, 280));
        QCOMPARE(none.at<cv::Vec3b>(5, 5), cv::Vec3b(255, 255, 255));
        const cv::Mat half = HeatMapImage::overlay(base, view, 0.5);
        QVERIFY(half.at<cv::Vec3b>(5, 5)[0] < 200);
        const cv::Mat grey = HeatMapImage::fromPixels(testShapes_.images[0]);
        QCOMPARE(grey.type(), CV_8UC1);
        QCOMPARE(grey.at<uchar>(14, 14), testShapes_.images[0][0][14][14].item<uint8_t>());
    }
};

QTEST_GUILESS_MAIN(TestInfer)
#include "tst_infer.moc"
