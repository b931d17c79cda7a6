#include "export/TorchScriptExporter.h"

#include <QJsonDocument>
#include <sstream>
#include <stdexcept>

namespace netsmith {

namespace {

/// forward(self, x) of the submodule for `step`.
QString submoduleForward(const ExportStep& step)
{
    return QStringLiteral("def forward(self, x):\n    return %1\n")
        .arg(step.kind->exporting.torchScript(step.context(), {QStringLiteral("x")}));
}

QString rootForward(const ExportPlan& plan)
{
    QString body;
    QString input = QStringLiteral("x");
    if (plan.mean.defined())
        body += QStringLiteral("    x = (x - self.input_mean) / self.input_std\n");
    std::vector<QString> value(plan.steps.size());
    for (size_t i = 0; i < plan.steps.size(); ++i) {
        const ExportStep& step = plan.steps[i];
        const QStringList inputs = plan.inputsOf(step, value, input);
        QString expression;
        if (step.module) {
            if (inputs.size() != 1)
                throw std::logic_error("a layer with a module takes one input: " +
                                       step.name.toStdString());
            expression = QStringLiteral("self.%1.forward(%2)").arg(step.identifier, inputs[0]);
        } else {
            expression = step.kind->exporting.torchScript(step.context(), inputs);
        }
        // A layer that passes its input on (Input) needs no variable of its own.
        if (inputs.contains(expression)) {
            value[i] = expression;
            continue;
        }
        value[i] = step.identifier;
        body += QStringLiteral("    %1 = %2\n").arg(value[i], expression);
    }
    return QStringLiteral("def forward(self, x):\n%1    return %2\n").arg(body, value.back());
}

} // namespace

QString TorchScriptExporter::source(const ExportPlan& plan)
{
    QString out = QStringLiteral("# Model\n") + rootForward(plan);
    for (const ExportStep& step : plan.steps)
        if (step.module)
            out += QStringLiteral("\n# %1 (%2)\n").arg(step.identifier, step.kind->id) +
                   submoduleForward(step);
    return out;
}

torch::jit::Module TorchScriptExporter::build(const ExportPlan& plan)
{
    auto unit = std::make_shared<torch::jit::CompilationUnit>();
    torch::jit::Module root(c10::QualifiedName("__torch__.netsmith.Model"), unit);
    // Python's .train()/.eval() flip this flag on every module; the layers read theirs.
    root.register_attribute("training", c10::BoolType::get(), false);
    if (plan.mean.defined()) {
        root.register_buffer("input_mean", plan.mean.clone());
        root.register_buffer("input_std", plan.std.clone());
    }
    for (const ExportStep& step : plan.steps) {
        if (!step.module)
            continue;
        // Each layer is its own class: its forward() holds its own constants.
        torch::jit::Module layer(c10::QualifiedName("__torch__.netsmith." +
                                                    step.kind->id.toStdString() + "_" +
                                                    step.identifier.toStdString()),
                                 unit);
        layer.register_attribute("training", c10::BoolType::get(), false);
        const auto parameters = step.module->named_parameters(false);
        for (auto& [name, tensor] : step.tensors()) {
            const bool isParameter = parameters.contains(name);
            if (isParameter)
                tensor.set_requires_grad(true);
            layer.register_parameter(name, tensor, /*is_buffer=*/!isParameter);
        }
        layer.define(submoduleForward(step).toStdString());
        root.register_module(step.identifier.toStdString(), layer);
    }
    root.define(rootForward(plan).toStdString());
    root.eval();
    return root;
}

QByteArray TorchScriptExporter::serialize(const ExportPlan& plan)
{
    torch::jit::Module module = build(plan);
    QJsonObject names;
    for (const ExportStep& step : plan.steps)
        names.insert(step.identifier, step.name);
    torch::jit::ExtraFilesMap extra{
        {"netsmith.json", QJsonDocument(plan.metadata).toJson().toStdString()},
        {"names.json", QJsonDocument(names).toJson().toStdString()},
    };
    std::ostringstream out;
    module.save(out, extra);
    const std::string bytes = out.str();
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

} // namespace netsmith
