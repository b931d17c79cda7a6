// The accuracy pair of the draw pad: MNIST test digits, enlarged, moved off-centre, thickened
// and put black-on-white onto the 280×280 paper, then read through the pad itself (paper ->
// shared preprocessing -> model), are recognised by a briefly trained seed CNN at no less
// than 95% of its accuracy on the raw 28×28 digits.
// With NETSMITH_SAVE_RUN=<folder> set, the trained model is also written there as a run folder
// (for looking at the pad with a real digits model, e.g. build/bench/netsmith-drawpad-bench --run <folder>).
#include "../engine/TrainedRunFixture.h"

#include "data/DatasetCatalog.h"
#include "drawpad/DrawPadPage.h"
#include "drawpad/DrawingCanvas.h"

#include <QtTest>
#include <opencv2/imgproc.hpp>

#include <random>

using namespace netsmith;
using netsmith::ui::DrawingCanvas;

class TestDrawPadAccuracy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void padKeepsTheModelsAccuracy()
    {
        torch::set_num_threads(1); // 2 shared cores: spinning OpenMP workers cost more than they give
        DatasetSplits digits;
        QString error;
        if (!DatasetCatalog::load(QStringLiteral("digits"), &digits, &error))
            QSKIP(qPrintable(QStringLiteral("the digits dataset is not installed: ") + error));

        // A short training: 8,000 digits, 2 epochs.
        torch::manual_seed(1);
        const torch::Tensor pick = torch::randperm(digits.train.size(), torch::kInt64).slice(0, 0, 8000);
        const Dataset train = digits.train.subset(pick);
        Project project;
        QVERIFY(ProjectFile::load(QStringLiteral("seed-cnn"), &project, &error));
        project.normalization = computeNormalization(train.images);
        GraphModule module(project.graph);
        fixtures::train(module, train.images, train.labels, project.normalization, 2, 32, 1e-3);
        const Predictor predictor(TrainedModel::fromModule(project, module, digits.test.classNames));
        if (qEnvironmentVariableIsSet("NETSMITH_SAVE_RUN"))
            fixtures::writeRunFolder(qEnvironmentVariable("NETSMITH_SAVE_RUN"), project, module, digits.test.classNames,
                                     QStringLiteral("digits"));

        const int64_t n = std::min<int64_t>(1000, digits.test.size());
        const Dataset test = digits.test.subset(torch::arange(n, torch::kInt64));
        const double rawAccuracy =
            predictor.probabilities(test.images).argmax(1).eq(test.labels).to(torch::kFloat64).mean().item<double>();

        ui::DrawPadPage page;
        page.setModel(TrainedModel::fromModule(project, module, digits.test.classNames));
        page.setHeatMapVisible(false);
        std::mt19937 rng(5);
        std::uniform_int_distribution<int> scale(5, 8);    // 28 px -> 140..224 px
        std::uniform_int_distribution<int> thicken(1, 5);  // dilation radius on the big digit
        int correct = 0;
        for (int64_t i = 0; i < n; ++i) {
            const torch::Tensor digit = test.images[i][0].contiguous();
            const cv::Mat small(28, 28, CV_8U, digit.data_ptr<uint8_t>());
            const int side = 28 * scale(rng);
            cv::Mat big;
            cv::resize(small, big, cv::Size(side, side), 0, 0, cv::INTER_LINEAR);
            const int r = thicken(rng);
            cv::dilate(big, big, cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(2 * r + 1, 2 * r + 1)));
            // Off-centre: anywhere on the paper where the whole digit still fits.
            std::uniform_int_distribution<int> at(0, DrawingCanvas::kPaperSize - side);
            cv::Mat paper(DrawingCanvas::kPaperSize, DrawingCanvas::kPaperSize, CV_8U, cv::Scalar(0));
            big.copyTo(paper(cv::Rect(at(rng), at(rng), side, side)));
            cv::bitwise_not(paper, paper); // black ink on white paper
            const QImage image(paper.data, paper.cols, paper.rows, int(paper.step), QImage::Format_Grayscale8);
            page.canvas()->setBackground(image);
            page.predictNow();
            QVERIFY(page.prediction().has_value());
            correct += page.prediction()->label == test.labels[i].item<int64_t>() ? 1 : 0;
        }
        const double padAccuracy = double(correct) / double(n);
        qInfo("seed CNN (8,000 digits, 2 epochs): raw test digits %.4f, through the draw pad %.4f (ratio %.3f) on %lld digits",
              rawAccuracy, padAccuracy, padAccuracy / rawAccuracy, static_cast<long long>(n));
        QVERIFY2(padAccuracy >= 0.95 * rawAccuracy,
                 qPrintable(QStringLiteral("%1 < 0.95 × %2").arg(padAccuracy).arg(rawAccuracy)));
    }
};

QTEST_MAIN(TestDrawPadAccuracy)
#include "tst_drawpad_accuracy.moc"
