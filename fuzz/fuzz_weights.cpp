// model.pt, as `netsmith-cli predict --weights model.pt PROJECT IMAGE` reads it:
// TrainedModel::loadWeights with the tiny project of FuzzSupport.h, then what predict does
// next with a loaded model, one prediction with its Grad-CAM map (--heatmap) on a blank drawing. A
// weights file that loads but breaks the prediction is a finding: predict would abort instead of
// naming the file.
#include "FuzzSupport.h"

#include "infer/Explainer.h"
#include "infer/TrainedModel.h"
#include "project/ProjectFile.h"

using namespace netsmith;

namespace {
QString projectPath()
{
    static const QString path = [] {
        const QString p = fuzz::scratch() + QStringLiteral("/weights/tiny.netsmith");
        QDir().mkpath(fuzz::scratch() + QStringLiteral("/weights"));
        QString error;
        if (!ProjectFile::save(fuzz::tinyProject(), p, &error)) {
            std::fprintf(stderr, "fuzz: cannot save the tiny project: %s\n", qPrintable(error));
            std::abort();
        }
        return p;
    }();
    return path;
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::initialise();
    projectPath();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString weights =
        fuzz::writeFile(QStringLiteral("weights/model.pt"), fuzz::bytesOf(data, size));
    TrainedModel model;
    QString error;
    if (!fuzz::note("TrainedModel::loadWeights",
                    TrainedModel::loadWeights(projectPath(), weights, &model, &error), error))
        return 0;
    for (const torch::Tensor& p : model.module->parameters())
        fuzz::touch(p);
    const Shape shape = model.inputShape();
    const Explainer explainer(model);
    ExplanationRequest request;
    request.saliency = false;
    const Explanation explanation =
        explainer.explain(torch::zeros({shape[0], shape[1], shape[2]}, torch::kUInt8), request);
    const Prediction& prediction = explanation.prediction;
    if (prediction.label < 0 || prediction.label >= model.numClasses()) {
        std::fprintf(stderr, "fuzz_weights finding: prediction %d of %d classes\n",
                     prediction.label, model.numClasses());
        std::abort();
    }
    if (explanation.gradCam.ok())
        fuzz::touch(explanation.gradCam.map);
    return 0;
}
