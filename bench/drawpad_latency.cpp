// drawpad_bench: how long the draw pad takes from a stroke event to painted probability bars,
// with the real page, real mouse events and the real model (a run folder, or the seed CNN's
// architecture with fresh weights). Optionally saves a screenshot of the page.
//
//   drawpad_bench [--run DIR] [--threads N] [--strokes N] [--no-heatmap] [--screenshot FILE.png]
#include "drawpad/DrawPadPage.h"
#include "drawpad/DrawingCanvas.h"

#include "Localization.h"
#include "project/ProjectFile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>
#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace netsmith;

namespace {

QPoint onCanvas(const ui::DrawingCanvas* canvas, QPointF paperPos)
{
    const qreal side = std::min(canvas->width(), canvas->height());
    const QPointF origin((canvas->width() - side) / 2.0, (canvas->height() - side) / 2.0);
    return (origin + paperPos * (side / ui::DrawingCanvas::kPaperSize)).toPoint();
}

/// A hand-drawn-looking "2" and "7": polylines in paper coordinates.
std::vector<std::vector<QPointF>> digitStrokes(int which)
{
    std::vector<QPointF> pts;
    if (which % 2 == 0) {
        for (int i = 0; i <= 20; ++i) { // the hook of the 2
            const double a = M_PI * (1.1 - 1.25 * i / 20.0);
            pts.push_back(QPointF(140 + 55 * std::cos(a), 95 - 50 * std::sin(a)));
        }
        for (int i = 1; i <= 12; ++i)
            pts.push_back(pts.back() + QPointF(-8.5, 9.0));
        for (int i = 1; i <= 12; ++i)
            pts.push_back(pts.back() + QPointF(10.0, 0.3));
    } else {
        for (int i = 0; i <= 12; ++i)
            pts.push_back(QPointF(80 + 10.0 * i, 60));
        for (int i = 1; i <= 16; ++i)
            pts.push_back(pts.back() + QPointF(-4.5, 10.5));
    }
    return {pts};
}

double percentile(std::vector<double> v, double q)
{
    std::sort(v.begin(), v.end());
    return v[size_t(std::clamp(q * (v.size() - 1), 0.0, double(v.size() - 1)))];
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Netsmith"));
    Localization::install(qEnvironmentVariable("NETSMITH_LANG"));
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("run"), QStringLiteral("run folder"), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("threads"), QStringLiteral("torch threads"), QStringLiteral("n"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("strokes"), QStringLiteral("digits to draw"), QStringLiteral("n"), QStringLiteral("6")});
    parser.addOption({QStringLiteral("no-heatmap"), QStringLiteral("without Grad-CAM")});
    parser.addOption({QStringLiteral("screenshot"), QStringLiteral("PNG of the page"), QStringLiteral("file")});
    parser.process(app);
    torch::set_num_threads(parser.value(QStringLiteral("threads")).toInt());

    ui::DrawPadPage page;
    QString error;
    if (parser.isSet(QStringLiteral("run"))) {
        if (!page.loadRun(parser.value(QStringLiteral("run")), &error)) {
            QTextStream(stderr) << error << Qt::endl;
            return 2;
        }
    } else {
        Project project;
        ProjectFile::load(QStringLiteral("seed-cnn"), &project, &error);
        page.setModel(TrainedModel::fromModule(project, GraphModule(project.graph), {}, QStringLiteral("seed-cnn")));
    }
    page.setHeatMapVisible(!parser.isSet(QStringLiteral("no-heatmap")));
    page.resize(1400, 820);
    page.show();
    if (!QTest::qWaitForWindowExposed(&page))
        return 1;

    std::vector<double> latencies;
    QObject::connect(&page, &ui::DrawPadPage::latencyMeasured, [&](double ms) { latencies.push_back(ms); });
    ui::DrawingCanvas* canvas = page.canvas();
    const int digits = parser.value(QStringLiteral("strokes")).toInt();
    std::vector<double> all; // every measured segment after the warm-up digit
    for (int d = 0; d < digits; ++d) {
        canvas->clear();
        QTest::qWait(20);
        latencies.clear(); // clearing is not a stroke; only segments count below
        for (const auto& pts : digitStrokes(d)) {
            QTest::mousePress(canvas, Qt::LeftButton, Qt::NoModifier, onCanvas(canvas, pts.front()));
            for (size_t i = 1; i < pts.size(); ++i) {
                const size_t before = latencies.size();
                QTest::mouseMove(canvas, onCanvas(canvas, pts[i]));
                // Wait until the bars for this segment are on screen (one segment at a time, as a
                // hand moving at normal speed produces them).
                QElapsedTimer guard;
                guard.start();
                while (latencies.size() == before && guard.elapsed() < 2000)
                    QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            }
            QTest::mouseRelease(canvas, Qt::LeftButton, Qt::NoModifier, onCanvas(canvas, pts.back()));
        }
        QTest::qWait(20);
        if (d > 0) // the first digit warms up allocators and oneDNN
            all.insert(all.end(), latencies.begin(), latencies.end());
        if (d == digits - 1 && !all.empty()) {
            QTextStream(stdout) << QStringLiteral("stroke-to-bars latency over %1 segments (torch threads %2, Grad-CAM %3): "
                                                  "median %4 ms, p90 %5 ms, max %6 ms")
                                       .arg(all.size())
                                       .arg(torch::get_num_threads())
                                       .arg(parser.isSet(QStringLiteral("no-heatmap")) ? QStringLiteral("off")
                                                                                       : QStringLiteral("on"))
                                       .arg(percentile(all, 0.5), 0, 'f', 2)
                                       .arg(percentile(all, 0.9), 0, 'f', 2)
                                       .arg(percentile(all, 1.0), 0, 'f', 2)
                                << Qt::endl;
        }
    }
    if (parser.isSet(QStringLiteral("screenshot"))) {
        QTest::qWait(50);
        if (!page.grab().save(parser.value(QStringLiteral("screenshot")))) {
            QTextStream(stderr) << "cannot save the screenshot" << Qt::endl;
            return 1;
        }
    }
    return 0;
}
