#include "infer/InputSaliency.h"

#include <QCoreApplication>

namespace netsmith {

ExplanationMap InputSaliency::compute(const Predictor& predictor, const torch::Tensor& pixels, int classIndex)
{
    ExplanationMap result;
    if (classIndex < 0 || classIndex >= predictor.model().numClasses()) {
        result.problem = QCoreApplication::translate("GradCam", "There is no class %1 in this model.").arg(classIndex);
        return result;
    }
    torch::AutoGradMode enableGrad(true);
    torch::Tensor x = predictor.modelInput(pixels).requires_grad_(true);
    GraphModule module = predictor.model().module;
    const torch::Tensor score = module->forwardLogits(x).flatten(1).select(1, classIndex).sum();
    const torch::Tensor grad = torch::autograd::grad({score}, {x})[0];
    result.map = ExplanationMap::normalised(std::get<0>(grad[0].abs().max(0)));
    return result;
}

} // namespace netsmith
