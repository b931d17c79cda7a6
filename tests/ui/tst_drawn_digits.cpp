// The drawn-digit test set (bench/drawn): drawings made through the real draw pad with mouse
// events, deterministic and as varied as the set promises (pens thin to very thick, slant up
// to ±15°, sizes 30–90% of the paper, off-centre, balanced labels). On them the pad's reading
// is `netsmith-cli predict`'s on the same image, and "Evaluate on drawings" in the run history
// shows the per-class figures of a folder of them.
#include "../engine/TrainedRunFixture.h"
#include "../cli/CliProcess.h"

#include "drawn/DrawnDigitSet.h"
#include "drawpad/DrawPadPage.h"
#include "drawpad/DrawingCanvas.h"
#include "evaluation/ClassMetricsTable.h"
#include "evaluation/DrawingsEvaluation.h"
#include "evaluation/EvaluationPanel.h"
#include "infer/ImageFile.h"
#include "training/TrainingPage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace netsmith;
using namespace netsmith::ui;

namespace {

cv::Mat toMat(const QImage& grey)
{
    return cv::Mat(grey.height(), grey.width(), CV_8U, const_cast<uchar*>(grey.constBits()), size_t(grey.bytesPerLine()))
        .clone();
}

} // namespace

class TestDrawnDigits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        torch::set_num_threads(1);
        runDir_ = dir_.filePath(QStringLiteral("run"));
        fixtures::makeTrainedShapesRun(runDir_);
    }

    void theSetIsAsVariedAsItPromises()
    {
        const std::vector<drawn::DrawnDigitSpec> specs = drawn::drawnDigitSpecs(600, 1);
        QCOMPARE(specs.size(), size_t(600));
        int perLabel[10] = {};
        int thin = 0, veryThick = 0, leftSlant = 0, rightSlant = 0, small = 0, large = 0, offCentre = 0;
        for (const drawn::DrawnDigitSpec& s : specs) {
            ++perLabel[s.label];
            thin += s.penWidth <= 5;
            veryThick += s.penWidth >= 35;
            QVERIFY(std::abs(s.slantDegrees) <= 15);
            leftSlant += s.slantDegrees < -10;
            rightSlant += s.slantDegrees > 10;
            QVERIFY(s.sizeFraction >= 0.3 - 1e-9 && s.sizeFraction <= 0.9 + 1e-9);
            small += s.sizeFraction < 0.45;
            large += s.sizeFraction > 0.8;
            offCentre += std::hypot(s.centreX - 0.5, s.centreY - 0.5) > 0.15;
        }
        for (int n : perLabel)
            QCOMPARE(n, 60);
        QVERIFY(thin > 30 && veryThick > 30 && leftSlant > 60 && rightSlant > 60 && small > 30 && large > 30 &&
                offCentre > 100);
        // The same seed gives the same drawings; another seed others.
        const std::vector<drawn::DrawnDigitSpec> again = drawn::drawnDigitSpecs(600, 1);
        QCOMPARE(again[123].penWidth, specs[123].penWidth);
        QCOMPARE(again[123].slantDegrees, specs[123].slantDegrees);
        QVERIFY(drawn::drawnDigitSpecs(600, 2)[123].slantDegrees != specs[123].slantDegrees);
    }

    void drawingsGoThroughThePadAndReadAsPredictReadsThem()
    {
        DrawPadPage page;
        page.resize(1200, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY2(page.loadRun(runDir_), qPrintable(page.statusText()));
        page.setHeatMapVisible(false);
        const std::vector<drawn::DrawnDigitSpec> specs = drawn::drawnDigitSpecs(20, 3);
        QStringList files;
        std::vector<Prediction> readings;
        for (size_t i = 0; i < specs.size(); ++i) {
            drawn::drawOnCanvas(page.canvas(), specs[i]);
            QVERIFY(page.canvas()->strokeCount() >= 1); // real strokes, from the mouse events
            page.predictNow();
            QVERIFY(page.prediction().has_value());
            readings.push_back(*page.prediction());
            const QImage paper = page.canvas()->paper();
            // Drawn again, the same pixels.
            drawn::drawOnCanvas(page.canvas(), specs[i]);
            QVERIFY(page.canvas()->paper() == paper);
            files << dir_.filePath(QStringLiteral("drawing-%1.png").arg(i));
            QString error;
            QVERIFY2(ImageFile::writePng(toMat(paper), files.last(), &error), qPrintable(error));
        }
        // The model's-eye caption says what the stroke normalisation did.
        bool said = false;
        for (const QLabel* label : page.findChildren<QLabel*>())
            said = said || label->text().contains(QStringLiteral("its training strokes"));
        QVERIFY(said);
        const test::CliResult r = test::runCli(QStringList{QStringLiteral("predict"), runDir_} + files +
                                               QStringList{QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray predictions =
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("predictions")).toArray();
        QCOMPARE(predictions.size(), files.size());
        for (int i = 0; i < files.size(); ++i) {
            const QJsonObject p = predictions[i].toObject();
            QCOMPARE(p.value(QStringLiteral("index")).toInt(), readings[size_t(i)].label);
            const QJsonArray probabilities = p.value(QStringLiteral("probabilities")).toArray();
            for (int c = 0; c < probabilities.size(); ++c)
                QVERIFY(std::abs(probabilities[c].toDouble() - readings[size_t(i)].probabilities[size_t(c)]) < 1e-5);
        }
    }

    void theRunHistoryEvaluatesAFolderOfDrawings()
    {
        // A folder of shapes drawn on 280-pixel paper, one subfolder per class.
        QTemporaryDir folder;
        std::mt19937 rng(4);
        for (int cls = 0; cls < 3; ++cls) {
            const QString sub = folder.filePath(fixtures::shapeClasses()[cls]);
            QVERIFY(QDir().mkpath(sub));
            for (int i = 0; i < 5; ++i) {
                QString error;
                QVERIFY(ImageFile::writePng(fixtures::drawShape(cls, rng, 280), sub + QStringLiteral("/%1.png").arg(i), &error));
            }
        }
        TrainingPage page;
        QSignalSpy done(page.drawingsEvaluation(), &DrawingsEvaluation::finished);
        QVERIFY(page.evaluateDrawings(runDir_, folder.path()));
        QVERIFY(!page.evaluateDrawings(runDir_, folder.path())); // one at a time
        QVERIFY(done.wait(30000));
        QCOMPARE(page.tabs()->currentWidget(), static_cast<QWidget*>(page.evaluationPanel()));
        const QString heading = page.evaluationPanel()->findChild<QLabel*>(QStringLiteral("evaluationHeading"))->text();
        QVERIFY2(heading.contains(folder.path()) && heading.contains(QStringLiteral("15")), qPrintable(heading));
        QCOMPARE(page.evaluationPanel()->metricsTable()->rowCount() >= 3, true);
        // A folder that is not one names itself.
        QSignalSpy failed(page.drawingsEvaluation(), &DrawingsEvaluation::failed);
        QVERIFY(page.evaluateDrawings(runDir_, folder.filePath(QStringLiteral("nowhere"))));
        QVERIFY(failed.wait(30000));
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("nowhere")));
    }

private:
    QTemporaryDir dir_;
    QString runDir_;
};

QTEST_MAIN(TestDrawnDigits)
#include "tst_drawn_digits.moc"
