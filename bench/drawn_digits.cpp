// netsmith-drawn-digits: writes the "drawn digits" test set, synthetic handwritten digits drawn
// through the real draw pad with mouse events, as an image-folder dataset (one subfolder per
// class, 0..9) with a labels.csv that says how each one was drawn. A model trained on
// MNIST-style digits is evaluated on it to see how well it reads drawings made on the pad.
//
//   netsmith-drawn-digits --out DIR [--count 600] [--seed 1] [--sheet FILE.png]
//
// labels.csv: file (relative to DIR), label, style (name from DigitSkeletons), pen_width
// (pixels of the 280 paper), slant_degrees, size_fraction and centre_x, centre_y (fractions
// of the paper's side; see DrawnDigitSpec). Same count and seed, same files.
#include "drawn/DigitSkeletons.h"
#include "drawn/DrawnDigitSet.h"
#include "drawpad/DrawingCanvas.h"
#include "project/AtomicFile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QTextStream>

#include <algorithm>

using namespace netsmith;

namespace {

constexpr int kSheetColumns = 20;
constexpr int kThumb = 70;

int fail(const QString& message)
{
    QTextStream(stderr) << "netsmith-drawn-digits: " << message << Qt::endl;
    return 2;
}

/// The label in the corner of a thumbnail, drawn with the digit's first skeleton so that
/// the sheet needs no fonts on the machine.
void drawLabel(QPainter* painter, QPointF topLeft, int label)
{
    painter->setPen(QPen(QColor(220, 30, 30), 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (const drawn::SkeletonStroke& stroke : drawn::digitStylesOf(label).front()->strokes)
        for (size_t i = 1; i < stroke.size(); ++i)
            painter->drawLine(topLeft + stroke[i - 1] * 12, topLeft + stroke[i] * 12);
}

QImage contactSheet(const std::vector<QImage>& papers, const std::vector<drawn::DrawnDigitSpec>& specs)
{
    const int rows = std::max(1, (int(papers.size()) + kSheetColumns - 1) / kSheetColumns);
    QImage sheet(kSheetColumns * kThumb, rows * kThumb, QImage::Format_RGB32);
    sheet.fill(QColor(200, 200, 200));
    QPainter painter(&sheet);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    for (size_t i = 0; i < papers.size(); ++i) {
        const QPoint at(int(i) % kSheetColumns * kThumb, int(i) / kSheetColumns * kThumb);
        painter.drawImage(QRect(at + QPoint(1, 1), QSize(kThumb - 2, kThumb - 2)), papers[i]);
        drawLabel(&painter, at + QPointF(3, 3), specs[i].label);
    }
    return sheet;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Draws the drawn-digits test set through the draw pad."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("out"), QStringLiteral("output folder"), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("count"), QStringLiteral("number of drawings"), QStringLiteral("n"), QStringLiteral("600")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("random seed"), QStringLiteral("n"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("sheet"), QStringLiteral("contact sheet PNG"), QStringLiteral("file")});
    parser.process(app);

    if (!parser.isSet(QStringLiteral("out")))
        return fail(QStringLiteral("--out DIR is required"));
    bool ok = false;
    const int count = parser.value(QStringLiteral("count")).toInt(&ok);
    if (!ok || count < 1)
        return fail(QStringLiteral("--count must be a positive number, not %1").arg(parser.value(QStringLiteral("count"))));
    const qulonglong seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return fail(QStringLiteral("--seed must be a non-negative number, not %1").arg(parser.value(QStringLiteral("seed"))));

    const QDir out(parser.value(QStringLiteral("out")));
    for (int label = 0; label < 10; ++label) {
        const QString folder = out.filePath(QString::number(label));
        if (!QDir().mkpath(folder))
            return fail(QStringLiteral("cannot create %1").arg(folder));
    }
    QString csv = QStringLiteral("file,label,style,pen_width,slant_degrees,size_fraction,centre_x,centre_y\n");

    // The widget is never shown: the mouse events go straight to it and the canvas paints its
    // paper as it receives them. 280 x 280 makes widget and paper pixels the same.
    ui::DrawingCanvas canvas;
    canvas.resize(ui::DrawingCanvas::kPaperSize, ui::DrawingCanvas::kPaperSize);

    const std::vector<drawn::DrawnDigitSpec> specs = drawn::drawnDigitSpecs(count, seed);
    const bool wantSheet = parser.isSet(QStringLiteral("sheet"));
    std::vector<QImage> papers;
    for (size_t i = 0; i < specs.size(); ++i) {
        const drawn::DrawnDigitSpec& spec = specs[i];
        drawn::drawOnCanvas(&canvas, spec);
        const QImage paper = canvas.paper();
        const QString file = QStringLiteral("%1/%1-%2.png").arg(spec.label).arg(int(i), 4, 10, QLatin1Char('0'));
        if (!paper.save(out.filePath(file), "PNG"))
            return fail(QStringLiteral("cannot write %1").arg(out.filePath(file)));
        const QString style = QString::fromLatin1(drawn::digitStylesOf(spec.label)[size_t(spec.style)]->name);
        csv += QStringList{file, QString::number(spec.label), style, QString::number(spec.penWidth),
                           QString::number(spec.slantDegrees, 'f', 3), QString::number(spec.sizeFraction, 'f', 4),
                           QString::number(spec.centreX, 'f', 4), QString::number(spec.centreY, 'f', 4)}
                   .join(QLatin1Char(',')) +
               QLatin1Char('\n');
        if (wantSheet)
            papers.push_back(paper);
    }
    // The labels last, in one atomic write that checks it happened (AtomicFile).
    QString error;
    if (!writeFileAtomically(out.filePath(QStringLiteral("labels.csv")), csv.toUtf8(), &error))
        return fail(error);

    if (wantSheet) {
        const QString sheetPath = parser.value(QStringLiteral("sheet"));
        if (!contactSheet(papers, specs).save(sheetPath, "PNG"))
            return fail(QStringLiteral("cannot write %1").arg(sheetPath));
    }
    QTextStream(stdout) << "wrote " << count << " drawings to " << QDir::toNativeSeparators(out.absolutePath())
                        << Qt::endl;
    return 0;
}
