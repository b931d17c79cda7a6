// InkPreprocessor golden cases: centring by centre of mass, aspect ratio, both background
// polarities, a single dot, empty images, other input sizes and channel counts; stroke width
// measured and brought to the training strokes.
#include "infer/InkPreprocessor.h"

#include "data/StrokeMeter.h"

#include <QtTest>
#include <cstring>
#include <opencv2/imgproc.hpp>

using namespace netsmith;

namespace {

cv::Mat paper(int h, int w, bool white = true)
{
    return cv::Mat(h, w, CV_8U, cv::Scalar(white ? 255 : 0));
}

/// Centre of mass (x, y) of a uint8 1×H×W tensor.
QPointF centreOfMass(const torch::Tensor& pixels)
{
    const torch::Tensor p = pixels[0].to(torch::kFloat64);
    const double mass = p.sum().item<double>();
    const torch::Tensor ys = torch::arange(p.size(0), torch::kFloat64).unsqueeze(1);
    const torch::Tensor xs = torch::arange(p.size(1), torch::kFloat64).unsqueeze(0);
    return {(p * xs).sum().item<double>() / mass, (p * ys).sum().item<double>() / mass};
}

/// Bounding box of the pixels brighter than `level`.
cv::Rect inkBox(const torch::Tensor& pixels, int level = 0)
{
    const torch::Tensor plane = pixels[0].contiguous();
    const cv::Mat m(int(plane.size(0)), int(plane.size(1)), CV_8U, plane.data_ptr<uint8_t>());
    std::vector<cv::Point> pts;
    cv::findNonZero(m > level, pts);
    return cv::boundingRect(pts);
}

} // namespace

class TestInkPreprocessor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void offCentreSquareIsCentredAndFitsTwentyPixels()
    {
        cv::Mat img = paper(280, 280);
        cv::rectangle(img, cv::Rect(10, 30, 60, 60), cv::Scalar(0), cv::FILLED);
        const PreparedImage r = InkPreprocessor({1, 28, 28}).prepare(img);
        QVERIFY2(r.ok(), qPrintable(r.problem));
        QCOMPARE(r.pixels.sizes().vec(), (std::vector<int64_t>{1, 28, 28}));
        QCOMPARE(r.pixels.dtype(), torch::kUInt8);
        QVERIFY(!r.darkBackground);
        QCOMPARE(r.inkBox, cv::Rect(10, 30, 60, 60));
        const cv::Rect box = inkBox(r.pixels);
        QCOMPARE(box.width, 20);
        QCOMPARE(box.height, 20);
        const QPointF com = centreOfMass(r.pixels);
        QVERIFY2(qAbs(com.x() - 13.5) <= 0.5 && qAbs(com.y() - 13.5) <= 0.5,
                 qPrintable(QStringLiteral("%1,%2").arg(com.x()).arg(com.y())));
        QCOMPARE(r.pixels[0][14][14].item<int>(), 255); // full ink stays full
    }

    void centreOfMassNotBoxCentre()
    {
        // An "L": the mass is bottom-left of the box's centre, so the box moves up-right.
        cv::Mat img = paper(200, 200);
        cv::rectangle(img, cv::Rect(50, 40, 12, 100), cv::Scalar(0), cv::FILLED);
        cv::rectangle(img, cv::Rect(50, 128, 100, 12), cv::Scalar(0), cv::FILLED);
        const PreparedImage r = InkPreprocessor({1, 28, 28}).prepare(img);
        QVERIFY(r.ok());
        const QPointF com = centreOfMass(r.pixels);
        QVERIFY(qAbs(com.x() - 13.5) <= 0.5 && qAbs(com.y() - 13.5) <= 0.5);
        const cv::Rect box = inkBox(r.pixels);
        QVERIFY2(box.x + box.width / 2.0 > 14.5, "the box is shifted right of centre");
        QVERIFY2(box.y + box.height / 2.0 < 12.5, "the box is shifted above centre");
    }

    void aspectRatioIsKept()
    {
        cv::Mat img = paper(300, 300);
        cv::rectangle(img, cv::Rect(100, 50, 40, 200), cv::Scalar(0), cv::FILLED); // 1:5
        const PreparedImage r = InkPreprocessor({1, 28, 28}).prepare(img);
        QVERIFY(r.ok());
        const cv::Rect box = inkBox(r.pixels, 127);
        QCOMPARE(box.height, 20);
        QCOMPARE(box.width, 4);

        cv::Mat wide = paper(100, 300);
        cv::rectangle(wide, cv::Rect(20, 40, 250, 25), cv::Scalar(0), cv::FILLED); // 10:1
        const cv::Rect wbox = inkBox(InkPreprocessor({1, 28, 28}).prepare(wide).pixels, 127);
        QCOMPARE(wbox.width, 20);
        QCOMPARE(wbox.height, 2);
    }

    void lightAndDarkBackgroundsGiveTheSameInput()
    {
        cv::Mat light = paper(150, 150);
        cv::circle(light, {60, 80}, 30, cv::Scalar(0), 8, cv::LINE_AA);
        cv::Mat dark;
        cv::bitwise_not(light, dark);
        const InkPreprocessor prep({1, 28, 28});
        const PreparedImage a = prep.prepare(light);
        const PreparedImage b = prep.prepare(dark);
        QVERIFY(a.ok() && b.ok());
        QVERIFY(!a.darkBackground);
        QVERIFY(b.darkBackground);
        QVERIFY(torch::equal(a.pixels, b.pixels));
        // Bright ink on black, as MNIST: corners are background.
        QCOMPARE(a.pixels[0][0][0].item<int>(), 0);
    }

    void greyPaperAndColourPhotos()
    {
        // Grey paper with darker grey ink in a BGR image: the paper becomes 0, the ink 255.
        cv::Mat img(120, 120, CV_8UC3, cv::Scalar(180, 190, 200));
        cv::line(img, {60, 20}, {60, 100}, cv::Scalar(20, 20, 20), 10);
        const PreparedImage r = InkPreprocessor({1, 28, 28}).prepare(img);
        QVERIFY(r.ok());
        QCOMPARE(r.pixels[0][0][0].item<int>(), 0);
        QVERIFY(r.pixels.max().item<int>() >= 220);
        // Faint specks below the ink threshold do not move the box.
        cv::Mat specks = paper(120, 120);
        cv::line(specks, {60, 20}, {60, 100}, cv::Scalar(0), 10);
        const cv::Rect clean = InkPreprocessor({1, 28, 28}).prepare(specks).inkBox;
        specks.at<uchar>(2, 2) = 250;
        specks.at<uchar>(117, 117) = 240;
        QCOMPARE(InkPreprocessor({1, 28, 28}).prepare(specks).inkBox, clean);
        QVERIFY(clean.x > 40 && clean.br().x < 80);
    }

    void transparentPngIsInkOnWhite()
    {
        cv::Mat img(100, 100, CV_8UC4, cv::Scalar(0, 0, 0, 0)); // fully transparent "black"
        cv::circle(img, {50, 50}, 20, cv::Scalar(0, 0, 0, 255), 6);
        const PreparedImage r = InkPreprocessor({1, 28, 28}).prepare(img);
        QVERIFY(r.ok());
        QVERIFY(!r.darkBackground);
        QCOMPARE(r.pixels[0][0][0].item<int>(), 0);
    }

    void greyWithAlphaIsInkOnWhite()
    {
        // Grey + alpha (2 channels) gave an empty grey image and then a crash (issue 15).
        cv::Mat img(100, 100, CV_8UC2, cv::Scalar(0, 0)); // fully transparent black
        cv::circle(img, {50, 50}, 20, cv::Scalar(0, 255), 6);
        const PreparedImage r = InkPreprocessor({1, 28, 28}).prepare(img);
        QVERIFY2(r.ok(), qPrintable(r.problem));
        QVERIFY(!r.darkBackground);
        // The same ring drawn on white paper gives the same input.
        cv::Mat paper(100, 100, CV_8U, cv::Scalar(255));
        cv::circle(paper, {50, 50}, 20, cv::Scalar(0), 6);
        QVERIFY(torch::equal(r.pixels, InkPreprocessor({1, 28, 28}).prepare(paper).pixels));
        // An image of a kind nothing reads (5 channels) is refused, not a crash.
        cv::Mat five(20, 20, CV_8UC(5));
        std::memset(five.data, 9, five.total() * five.elemSize());
        const PreparedImage refused = InkPreprocessor({1, 28, 28}).prepare(five);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.problem.contains(QStringLiteral("5 channels")), qPrintable(refused.problem));
    }

    void singleDotIsCentred()
    {
        cv::Mat img = paper(280, 280);
        img.at<uchar>(40, 250) = 0;
        const PreparedImage r = InkPreprocessor({1, 28, 28}).prepare(img);
        QVERIFY2(r.ok(), qPrintable(r.problem));
        QCOMPARE(r.inkBox, cv::Rect(250, 40, 1, 1));
        const QPointF com = centreOfMass(r.pixels);
        QVERIFY(qAbs(com.x() - 13.5) <= 0.5 && qAbs(com.y() - 13.5) <= 0.5);
    }

    void emptyImagesGiveAHint_data()
    {
        QTest::addColumn<int>("shade");
        QTest::newRow("white") << 255;
        QTest::newRow("black") << 0;
        QTest::newRow("grey") << 128;
        QTest::newRow("faint-speck") << -1;
    }
    void emptyImagesGiveAHint()
    {
        QFETCH(int, shade);
        cv::Mat img = paper(280, 280);
        if (shade >= 0)
            img.setTo(cv::Scalar(shade));
        else
            img.at<uchar>(100, 100) = 235; // below the ink threshold
        const PreparedImage r = InkPreprocessor({1, 28, 28}).prepare(img);
        QVERIFY(!r.ok());
        QVERIFY(!r.pixels.defined());
        QVERIFY2(r.problem.contains(QStringLiteral("draw something first")), qPrintable(r.problem));
        QVERIFY(!InkPreprocessor({1, 28, 28}).prepare(cv::Mat()).ok());
    }

    void otherInputSizesAndChannels()
    {
        cv::Mat img = paper(200, 200);
        cv::rectangle(img, cv::Rect(20, 20, 50, 50), cv::Scalar(0), cv::FILLED);
        const PreparedImage r = InkPreprocessor({3, 32, 32}).prepare(img);
        QVERIFY(r.ok());
        QCOMPARE(r.pixels.sizes().vec(), (std::vector<int64_t>{3, 32, 32}));
        QVERIFY(torch::equal(r.pixels[0], r.pixels[2]));
        QCOMPARE(inkBox(r.pixels).width, 23); // round(32 * 20/28)
        const QPointF com = centreOfMass(r.pixels);
        QVERIFY(qAbs(com.x() - 15.5) <= 0.5 && qAbs(com.y() - 15.5) <= 0.5);

        const PreparedImage flat = InkPreprocessor({784}).prepare(img);
        QVERIFY(!flat.ok());
        QVERIFY(flat.problem.contains(QStringLiteral("784")));
    }
};


class TestStrokes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theWidthOfABandIsItsWidth()
    {
        for (int width : {2, 3, 5, 9, 20}) {
            cv::Mat ink = cv::Mat::zeros(120, 200, CV_8U);
            ink(cv::Rect(20, 50, 160, width)).setTo(255);
            const double measured = StrokeMeter::width(ink);
            QVERIFY2(std::abs(measured - width) <= 0.1 * width + 0.3,
                     qPrintable(QStringLiteral("band %1 px measured %2").arg(width).arg(measured)));
        }
        // Ink up to the image's edge (a crop) still has paper to measure against.
        QVERIFY(std::abs(StrokeMeter::width(cv::Mat(8, 3, CV_8U, cv::Scalar(255))) - 3.0) < 0.6);
        QCOMPARE(StrokeMeter::width(cv::Mat::zeros(10, 10, CV_8U)), 0.0);
    }

    void changingTheWidthMovesItByTwiceTheRadius()
    {
        cv::Mat ink = cv::Mat::zeros(100, 100, CV_8U);
        cv::line(ink, {20, 50}, {80, 50}, cv::Scalar(255), 11);
        const double before = StrokeMeter::width(ink);
        const auto changed = [&ink](double radius) {
            cv::Mat m = ink.clone();
            StrokeMeter::changeWidth(m, radius);
            return StrokeMeter::width(m);
        };
        // Round ends and the element's digital disc make it a little less than 2·radius.
        QVERIFY2(changed(3) > before + 4.5, qPrintable(QString::number(changed(3))));
        QVERIFY2(changed(-3) < before - 4.5, qPrintable(QString::number(changed(-3))));
        // A fractional radius lies between the whole ones around it (in ink: the measure
        // cuts at half ink, where a half-blended edge is a coin toss).
        const auto ink_ = [&ink](double radius) {
            cv::Mat m = ink.clone();
            StrokeMeter::changeWidth(m, radius);
            return cv::sum(m)[0];
        };
        QVERIFY(ink_(1) < ink_(1.5) && ink_(1.5) < ink_(2));
        QCOMPARE(changed(0.01), before);
    }

    void strokeDataHasStatisticsAndBlobsDoNot()
    {
        torch::Tensor lines = torch::zeros({20, 1, 28, 28}, torch::kUInt8);
        for (int64_t i = 0; i < 20; ++i)
            lines.index_put_({i, 0, torch::indexing::Slice(4, 24), torch::indexing::Slice(10 + i % 5, 13 + i % 5)}, 240);
        const StrokeStatistics s = StrokeMeter::measure(lines);
        QVERIFY(s.isKnown());
        QVERIFY2(std::abs(s.width - 3.0) < 0.5, qPrintable(QString::number(s.width)));
        QCOMPARE(s.intensity, 240.0);
        torch::Tensor blobs = torch::zeros({20, 1, 28, 28}, torch::kUInt8);
        blobs.index_put_({torch::indexing::Slice(), 0, torch::indexing::Slice(2, 26), torch::indexing::Slice(2, 26)}, 200);
        QVERIFY(!StrokeMeter::measure(blobs).isKnown());
    }

    void anyPenReadsLikeTheTrainingStrokes()
    {
        const StrokeStatistics training{2.5, 230};
        const InkPreprocessor prep({1, 28, 28}, training);
        std::vector<double> drawn;
        for (int pen : {3, 8, 20, 40}) {
            cv::Mat page = paper(280, 280);
            cv::ellipse(page, {140, 140}, {60, 95}, 0, 0, 360, cv::Scalar(0), pen, cv::LINE_AA);
            const PreparedImage r = prep.prepare(page);
            QVERIFY(r.ok());
            drawn.push_back(r.drawnStrokeWidth);
            QVERIFY2(std::abs(r.preparedStrokeWidth - training.width) < 0.6,
                     qPrintable(QStringLiteral("pen %1: %2 -> %3").arg(pen).arg(r.drawnStrokeWidth).arg(r.preparedStrokeWidth)));
            const torch::Tensor plane = r.pixels[0].contiguous();
            const cv::Mat m(28, 28, CV_8U, plane.data_ptr<uint8_t>());
            QVERIFY2(std::abs(StrokeMeter::intensity(m) - training.intensity) < 12, qPrintable(QString::number(StrokeMeter::intensity(m))));
            // The ring stays a ring: its middle is paper.
            QCOMPARE(int(m.at<uchar>(14, 14)), 0);
        }
        QVERIFY(drawn.front() < 1.0 && drawn.back() > 3.0); // the pens really differed
        // Without statistics the strokes are kept as drawn.
        cv::Mat page = paper(280, 280);
        cv::ellipse(page, {140, 140}, {60, 95}, 0, 0, 360, cv::Scalar(0), 40, cv::LINE_AA);
        const PreparedImage plain = InkPreprocessor({1, 28, 28}).prepare(page);
        QCOMPARE(plain.preparedStrokeWidth, plain.drawnStrokeWidth);
        QVERIFY(plain.drawnStrokeWidth > 3.0);
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    TestInkPreprocessor ink;
    TestStrokes strokes;
    return QTest::qExec(&ink, argc, argv) | QTest::qExec(&strokes, argc, argv);
}

#include "tst_ink_preprocessor.moc"
