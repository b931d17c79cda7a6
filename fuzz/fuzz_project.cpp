// Project files (*.netsmith JSON): what `netsmith-cli summary FILE` does with one (load,
// shape inference, the summary table with the optimizer's memory), then, for a model that
// validates and is small enough to build here, the torch module training would build and one
// forward pass. Two invariants are checked as findings (abort with a message), because a
// person would meet them as a crash or lost work later:
//  - a graph that validates builds and runs, with the output shape inference promised;
//  - a loaded project survives its own save (toJson -> fromJson gives the same project).
#include "FuzzSupport.h"

#include "graph/ModelSummary.h"
#include "model/GraphModule.h"
#include "project/ProjectFile.h"
#include "train/OptimizerRegistry.h"

#include <QJsonDocument>

using namespace netsmith;

namespace {

[[noreturn]] void finding(const char* what, const QString& detail)
{
    std::fprintf(stderr, "fuzz_project finding: %s\n%s\n", what, qPrintable(detail));
    std::abort();
}

// Beyond these the module is not built: the fuzzer runs under a 2 GB memory limit and a 10 s
// timeout, and the engine's own caps are tested elsewhere.
constexpr int64_t kMaxParams = 1'000'000;
constexpr int64_t kMaxMacs = 50'000'000;
constexpr int64_t kMaxActivations = 4'000'000;

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::initialise();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString path =
        fuzz::writeFile(QStringLiteral("project/fuzz.netsmith"), fuzz::bytesOf(data, size));
    Project project;
    QString error;
    if (!fuzz::note("ProjectFile::load", ProjectFile::load(path, &project, &error), error))
        return 0;

    // netsmith-cli summary, step by step (it trusts validation for the optimizer).
    const GraphAnalysis analysis = analyzeGraph(project.graph);
    const ModelSummary summary = ModelSummary::of(project.graph, analysis);
    const OptimizerKind* optimizer = OptimizerRegistry::instance().find(project.training.optimizer);
    if (!optimizer)
        finding("a loaded project names an unknown optimizer", project.training.optimizer);
    summary.toText(project.name, project.training.batchSize, optimizer->translatedName(),
                   optimizer->stateTensors(project.training));

    Project again;
    QString againError;
    if (!Project::fromJson(project.toJson(), &again, &againError))
        finding("a loaded project does not load after its own save", againError);
    if (!(again == project))
        finding("a loaded project changes through its own save",
                QString::fromUtf8(QJsonDocument(project.toJson()).toJson()) +
                    QStringLiteral("\n---\n") +
                    QString::fromUtf8(QJsonDocument(again.toJson()).toJson()));

    if (!analysis.valid())
        return 0;
    const ModelCost& cost = summary.cost;
    if (cost.totalParams() > kMaxParams || cost.macsPerSample > kMaxMacs ||
        cost.activationElements > kMaxActivations)
        return 0;
    try {
        GraphModule module(project.graph);
        module->eval();
        torch::NoGradGuard noGrad;
        std::vector<int64_t> inputSizes{1};
        for (int64_t d : module->inputShape())
            inputSizes.push_back(d);
        const torch::Tensor out = module->forward(torch::zeros(inputSizes));
        std::vector<int64_t> expected{1};
        for (int64_t d : module->outputShape())
            expected.push_back(d);
        if (out.sizes().vec() != expected)
            finding("the forward pass's output differs from shape inference's",
                    QStringLiteral("%1 vs %2")
                        .arg(QString::fromStdString(c10::str(out.sizes())),
                             QString::fromStdString(c10::str(c10::IntArrayRef(expected)))));
    } catch (const std::exception& e) {
        finding("a graph that validates does not build or run",
                QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 2));
    }
    return 0;
}
