// netsmith-cli predict: the draw pad's preprocessing and prediction for image files, from a
// run folder (or a project with --weights), as text or JSON.
#include "cli/CliCommands.h"
#include "cli/CliOutput.h"

#include "infer/ImageFile.h"
#include "infer/InkPreprocessor.h"
#include "infer/Predictor.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace netsmith::cli {

int runPredict(const QStringList& arguments)
{
    QStringList args = arguments;
    const bool json = takeFlag(args, QStringLiteral("--json"));
    const bool hasWeights = args.contains(QStringLiteral("--weights"));
    const QString weights = takeOption(args, QStringLiteral("--weights"));
    if (hasWeights && weights.isEmpty())
        return fail(BadInput, QCoreApplication::translate("Cli", "--weights needs a file (model.pt)"));
    for (const QString& a : args)
        if (a.startsWith(QLatin1String("--")))
            return fail(BadInput, QCoreApplication::translate("Cli", "predict does not know the option %1").arg(a));
    if (args.size() < 2)
        return fail(BadInput,
                    QCoreApplication::translate("Cli", "predict takes a run folder and at least one image file"));

    TrainedModel model;
    QString error;
    const QString source = args.takeFirst();
    const bool loaded = hasWeights ? TrainedModel::loadWeights(source, weights, &model, &error)
                                   : TrainedModel::loadRun(source, &model, &error);
    if (!loaded)
        return fail(BadInput, error);

    const Predictor predictor(model);
    const InkPreprocessor preprocessor(model.inputShape());
    QJsonArray results;
    QStringList problems;
    for (const QString& path : args) {
        cv::Mat image;
        PreparedImage prepared;
        if (!ImageFile::read(path, &image, &error)) {
            prepared.problem = error;
        } else {
            prepared = preprocessor.prepare(image);
            if (!prepared.ok())
                prepared.problem = QCoreApplication::translate("Cli", "%1: %2").arg(path, prepared.problem);
        }
        if (!prepared.ok()) {
            problems.push_back(prepared.problem);
            if (json)
                results.push_back(QJsonObject{{QStringLiteral("image"), path}, {QStringLiteral("error"), prepared.problem}});
            continue;
        }
        const Prediction p = predictor.predict(prepared.pixels);
        if (json) {
            QJsonArray probs;
            for (float v : p.probabilities)
                probs.push_back(double(v));
            results.push_back(QJsonObject{{QStringLiteral("image"), path},
                                          {QStringLiteral("label"), model.classNames.at(p.label)},
                                          {QStringLiteral("index"), p.label},
                                          {QStringLiteral("confidence"), double(p.confidence)},
                                          {QStringLiteral("probabilities"), probs}});
            continue;
        }
        out() << QCoreApplication::translate("Cli", "%1: %2 (%3%)")
                     .arg(path, model.classNames.at(p.label), QString::number(100.0 * p.confidence, 'f', 1))
              << "\n ";
        for (size_t k = 0; k < p.probabilities.size(); ++k)
            out() << ' ' << model.classNames.at(int(k)) << '=' << QString::number(p.probabilities[k], 'f', 4);
        out() << "\n";
    }
    if (json) {
        QJsonArray classes;
        for (const QString& c : model.classNames)
            classes.push_back(c);
        const QJsonObject doc{{QStringLiteral("model"), model.source},
                              {QStringLiteral("classes"), classes},
                              {QStringLiteral("predictions"), results}};
        out() << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented));
    }
    out().flush();
    if (!problems.isEmpty())
        return fail(BadInput, problems.join(QLatin1Char('\n')));
    return Ok;
}

} // namespace netsmith::cli
