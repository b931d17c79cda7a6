// netsmith-cli datasets: the bundled datasets (name, sample counts, classes, image shape,
// location), or what one name or path holds — the quickest way to check a dataset loads.
#include "cli/CliCommands.h"
#include "cli/CliOutput.h"

#include "data/DatasetCatalog.h"
#include "graph/NumberFormat.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace netsmith::cli {

namespace {

QString pad(const QString& s, int width)
{
    return s.leftJustified(width);
}

void printTable(const std::vector<DatasetInfo>& infos)
{
    const QStringList header{QCoreApplication::translate("Cli", "Name"), QCoreApplication::translate("Cli", "Train"),
                             QCoreApplication::translate("Cli", "Test"), QCoreApplication::translate("Cli", "Classes"),
                             QCoreApplication::translate("Cli", "Shape"), QCoreApplication::translate("Cli", "Location")};
    std::vector<QStringList> rows;
    for (const DatasetInfo& info : infos) {
        if (info.available)
            rows.push_back({info.name, formatCount(info.trainCount), formatCount(info.testCount),
                            QString::number(info.classNames.size()), shapeToString(info.sampleShape), info.location});
        else
            rows.push_back({info.name, QStringLiteral("-"), QStringLiteral("-"), QString::number(info.classNames.size()),
                            QStringLiteral("-"), QCoreApplication::translate("Cli", "not available: %1").arg(info.problem)});
    }
    std::vector<int> widths(header.size());
    for (int c = 0; c < header.size(); ++c) {
        widths[size_t(c)] = int(header[c].size());
        for (const QStringList& r : rows)
            widths[size_t(c)] = std::max(widths[size_t(c)], int(r[c].size()));
    }
    const auto line = [&](const QStringList& cells) {
        QString s;
        for (int c = 0; c < cells.size(); ++c)
            s += c + 1 < cells.size() ? pad(cells[c], widths[size_t(c)] + 2) : cells[c];
        out() << s << '\n';
    };
    line(header);
    for (const QStringList& r : rows)
        line(r);
}

} // namespace

int runDatasets(const QStringList& arguments)
{
    QStringList args = arguments;
    const bool prepare = takeFlag(args, QStringLiteral("--prepare"));
    if (args.size() > 1)
        return fail(BadInput, QCoreApplication::translate("Cli", "datasets takes at most one dataset name or path"));
    if (args.isEmpty()) {
        const std::vector<DatasetInfo> infos = DatasetCatalog::list();
        printTable(infos);
        if (prepare)
            for (const DatasetInfo& info : infos)
                if (!info.available)
                    return fail(Failed, info.problem);
        return Ok;
    }
    DatasetSplits splits;
    QString error;
    QElapsedTimer timer;
    timer.start();
    if (!DatasetCatalog::load(args.first(), &splits, &error))
        return fail(BadInput, error);
    const double seconds = double(timer.elapsed()) / 1000.0;
    out() << QCoreApplication::translate("Cli", "Dataset: %1").arg(args.first()) << '\n'
          << QCoreApplication::translate("Cli", "Training samples: %1").arg(formatCount(splits.train.size())) << '\n'
          << QCoreApplication::translate("Cli", "Test samples: %1").arg(formatCount(splits.test.size())) << '\n'
          << QCoreApplication::translate("Cli", "Image shape: %1").arg(shapeToString(splits.train.sampleShape())) << '\n'
          << QCoreApplication::translate("Cli", "Classes (%1): %2")
                 .arg(splits.train.numClasses())
                 .arg(splits.train.classNames.join(QStringLiteral(", ")))
          << '\n'
          << QCoreApplication::translate("Cli", "Loaded in %1 s").arg(seconds, 0, 'f', 3) << '\n';
    if (const QString note = splits.note(); !note.isEmpty())
        out() << note << '\n';
    return Ok;
}

} // namespace netsmith::cli
