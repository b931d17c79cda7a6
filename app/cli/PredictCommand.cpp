// netsmith-cli predict: the draw pad's preprocessing and prediction for image files, from a
// run folder (or a project with --weights), as text or JSON. --heatmap runs the draw pad's
// explanation pass (Explainer) and writes its Grad-CAM map over each picture as a PNG.
#include "cli/CliCommands.h"
#include "cli/CliOutput.h"

#include "infer/Explainer.h"
#include "infer/HeatMapImage.h"
#include "infer/ImageFile.h"
#include "infer/InkPreprocessor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <opencv2/imgproc.hpp>

namespace netsmith::cli {

int runPredict(const QStringList& arguments)
{
    QStringList args = arguments;
    const bool json = takeFlag(args, QStringLiteral("--json"));
    const bool hasWeights = args.contains(QStringLiteral("--weights"));
    const QString weights = takeOption(args, QStringLiteral("--weights"));
    if (hasWeights && weights.isEmpty())
        return fail(BadInput, QCoreApplication::translate("Cli", "--weights needs a file (model.pt)"));
    const bool hasHeatMaps = args.contains(QStringLiteral("--heatmap"));
    const QString heatMapDir = takeOption(args, QStringLiteral("--heatmap"));
    if (hasHeatMaps && heatMapDir.isEmpty())
        return fail(BadInput, QCoreApplication::translate("Cli", "--heatmap needs a folder for the Grad-CAM images"));
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

    const Explainer explainer(model);
    if (hasHeatMaps) {
        if (explainer.defaultGradCamLayer().isEmpty())
            return fail(BadInput, QCoreApplication::translate("Cli", "--heatmap: %1 has no convolutional layer, so "
                                                                     "there is no Grad-CAM map")
                                      .arg(source));
        if (!QDir().mkpath(heatMapDir))
            return fail(BadInput, QCoreApplication::translate("Cli", "Cannot create the folder %1").arg(heatMapDir));
    }
    const InkPreprocessor preprocessor = InkPreprocessor::forModel(model);
    QJsonArray results;
    QStringList problems;
    for (const QString& path : args) {
        cv::Mat image;
        cv::Size stored;
        PreparedImage prepared;
        if (!ImageFile::read(path, &image, &error, &stored)) {
            prepared.problem = error;
        } else {
            if (stored != image.size())
                err() << "netsmith-cli: "
                      << QCoreApplication::translate("Cli", "%1 is %2 x %3; it is read at %4 x %5")
                             .arg(path)
                             .arg(stored.width)
                             .arg(stored.height)
                             .arg(image.cols)
                             .arg(image.rows)
                      << Qt::endl;
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
        // The draw pad's pass: probabilities and, with --heatmap, Grad-CAM of the predicted class.
        ExplanationRequest request;
        request.saliency = false;
        request.gradCam = hasHeatMaps;
        const Explanation explanation = explainer.explain(prepared.pixels, request);
        const Prediction& p = explanation.prediction;
        if (hasHeatMaps && !explanation.gradCam.ok()) {
            problems.push_back(QCoreApplication::translate("Cli", "%1: %2").arg(path, explanation.gradCam.problem));
        } else if (hasHeatMaps) {
            // Carried back onto the picture as it was given, over its grey version.
            const cv::Mat onSource = InkPreprocessor::mapToSource(prepared, explanation.gradCam.map, image.size());
            cv::Mat grey = image;
            if (image.channels() == 3)
                cv::cvtColor(image, grey, cv::COLOR_BGR2GRAY);
            else if (image.channels() == 4)
                cv::cvtColor(image, grey, cv::COLOR_BGRA2GRAY);
            const cv::Mat overlay = HeatMapImage::overlay(grey, onSource, 0.5);
            cv::Mat bgr;
            cv::cvtColor(overlay, bgr, cv::COLOR_RGB2BGR);
            const QString target = QDir(heatMapDir).filePath(QFileInfo(path).completeBaseName() +
                                                             QStringLiteral("-gradcam.png"));
            if (!ImageFile::writePng(bgr, target, &error))
                problems.push_back(error);
        }
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
