// checkpoint.pt, as `netsmith-cli train --resume` reads it: Checkpoint::load into the model and
// optimizer the project builds (here the tiny model of FuzzSupport.h with Adam, the default).
// Both are built afresh for every input: a load that fails half-way leaves them changed.
#include "FuzzSupport.h"

#include "train/Checkpoint.h"
#include "train/OptimizerFactory.h"

using namespace netsmith;

namespace {
const Project& project()
{
    static const Project p = fuzz::tinyProject();
    return p;
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::initialise();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString path =
        fuzz::writeFile(QStringLiteral("checkpoint/checkpoint.pt"), fuzz::bytesOf(data, size));
    GraphModule model(project().graph);
    QString error;
    std::unique_ptr<torch::optim::Optimizer> optimizer =
        OptimizerFactory::create(project().training, model->parameters(), &error);
    if (!optimizer) {
        std::fprintf(stderr, "fuzz: the tiny project has no optimizer: %s\n", qPrintable(error));
        std::abort();
    }
    TrainingProgress progress;
    if (fuzz::note("Checkpoint::load", Checkpoint::load(path, model, *optimizer, &progress, &error),
                   error)) {
        for (const torch::Tensor& t : progress.bestWeights)
            fuzz::touch(t);
        for (const torch::Tensor& p : model->parameters())
            fuzz::touch(p);
    }
    return 0;
}
