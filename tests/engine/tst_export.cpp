// Export (issue 12): every layer kind has its export rules; TorchScript built in-process loads
// back and agrees; the generated sources of the seed CNN match their golden files; names that
// are not identifiers survive; bad requests say why and write nothing. Then the real clients:
// every preset (and a graph using every layer kind) x every format, batch sizes 1 and 7, is
// loaded by Debian's python3-torch and python3-onnx and by ONNX Runtime (onnxruntime-node),
// which must agree with Netsmith (tests/engine/export/check_exports.py, check_onnx.js).
#include "GraphBuilder.h"

#include "data/InputNormalization.h"
#include "export/ExportMetadata.h"
#include "export/ModelExporter.h"
#include "export/PyTorchCodeExporter.h"
#include "export/TorchScriptExporter.h"
#include "graph/LayerRegistry.h"
#include "project/ProjectFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <sstream>

using namespace netsmith;

namespace {

const QString kGoldenDir = QStringLiteral(NETSMITH_TEST_DATA_DIR "/export");

/// A graph that uses every layer kind, branching and merging, with names that are not
/// Python identifiers (or are reserved ones).
Project everyKindProject()
{
    using test::appendChain;
    using test::params;
    Project p;
    p.name = QStringLiteral("every kind");
    ModelGraph& g = p.graph;
    auto join = [&](const char* kind, const char* name, std::initializer_list<int> from) {
        const int id = appendChain(g, 0, {{kind, {}, name}});
        int port = 0;
        for (int f : from)
            g.insertEdge({f, 0, id, port++});
        return id;
    };
    const int stem =
        appendChain(g, 0,
                    {{"Input", params({{"channels", 3}, {"height", 12}, {"width", 12}}), "input"},
                     {"Conv2d", params({{"out_channels", 8}, {"padding", -1}, {"bias", false}}), "conv-1"},
                     {"BatchNorm2d", {}, "forward"},
                     {"LeakyReLU", params({{"negative_slope", 0.1}}), "training"}});
    const int a =
        appendChain(g, stem,
                    {{"Conv2d", params({{"out_channels", 8}, {"padding", 1}, {"groups", 4}}), "conv_1"},
                     {"GELU", {}, "x"}});
    const int b =
        appendChain(g, stem,
                    {{"AvgPool2d", params({{"kernel_size", 3}, {"stride", 1}, {"padding", 1}}), "avg"},
                     {"Sigmoid", {}, "lambda"}});
    const int sum = join("Add", "add", {a, b, stem});
    const int t = appendChain(g, stem, {{"Tanh", {}, "tanh"}});
    const int cat = join("Concat", "cat", {sum, t});
    const int relu =
        appendChain(g, cat, {{"MaxPool2d", params({{"kernel_size", 2}}), "pool"}, {"ReLU", {}, "relu"}});
    const int flat =
        appendChain(g, relu, {{"Flatten", {}, "flat"}, {"Linear", params({{"out_features", 6}}), "fc"}});
    const int gap = appendChain(
        g, relu, {{"GlobalAvgPool", {}, "gap"}, {"Linear", params({{"out_features", 6}}), "fc_gap"}});
    appendChain(g, join("Add", "join", {flat, gap}),
                {{"Dropout", params({{"p", 0.3}}), "drop"},
                 {"Linear", params({{"out_features", 4}, {"bias", false}}), "fc-out"},
                 {"Softmax", {}, "softmax"}});
    return p;
}

/// Random weights, random BatchNorm statistics (so that eval and train modes differ) and a
/// normalisation that is not the identity.
TrainedModel randomModel(Project project, const QString& name, int seed)
{
    torch::manual_seed(seed);
    GraphModule module(project.graph);
    {
        torch::NoGradGuard noGrad;
        for (auto& b : module->named_buffers()) {
            if (b.key().find("running_mean") != std::string::npos)
                b.value().uniform_(-0.3, 0.3);
            else if (b.key().find("running_var") != std::string::npos)
                b.value().uniform_(0.5, 1.5);
        }
        for (auto& p : module->named_parameters())
            if (p.key().find("bn") != std::string::npos ||
                p.key().find("forward") != std::string::npos)
                p.value().uniform_(0.5, 1.5);
    }
    module->eval();
    const int64_t channels = module->inputShape()[0];
    project.normalization = {};
    for (int64_t c = 0; c < channels; ++c) {
        project.normalization.mean.push_back(0.13 + 0.1 * double(c));
        project.normalization.std.push_back(0.31 + 0.05 * double(c));
    }
    QStringList classes;
    for (int64_t k = 0; k < module->outputShape()[0]; ++k)
        classes << QStringLiteral("class %1").arg(k);
    return TrainedModel::fromModule(project, module, classes, QStringLiteral("/runs/") + name);
}

torch::Tensor randomPixels(const TrainedModel& model, int64_t n)
{
    std::vector<int64_t> shape{n};
    for (int64_t d : model.inputShape())
        shape.push_back(d);
    return torch::randint(0, 256, shape, torch::kInt64).to(torch::kUInt8);
}

torch::Tensor netsmithOutput(const TrainedModel& model, const torch::Tensor& pixels)
{
    torch::NoGradGuard noGrad;
    GraphModule live = model.module;
    return live->forward(toModelInput(pixels, model.project.normalization));
}

bool writeFloats(const QString& path, const torch::Tensor& t)
{
    const torch::Tensor c = t.to(torch::kFloat32).contiguous();
    QFile f(path);
    return f.open(QIODevice::WriteOnly) &&
           f.write(static_cast<const char*>(c.data_ptr()), qint64(c.numel() * 4)) == c.numel() * 4;
}

QString readText(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

/// Compares with the golden file; NETSMITH_UPDATE_GOLDEN=1 rewrites it instead.
void compareGolden(const QString& actual, const QString& file)
{
    const QString path = kGoldenDir + QLatin1Char('/') + file;
    if (qEnvironmentVariableIsSet("NETSMITH_UPDATE_GOLDEN")) {
        QDir().mkpath(kGoldenDir);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(actual.toUtf8()) > 0);
        return;
    }
    QVERIFY2(QFile::exists(path), qPrintable(path + QStringLiteral(" is missing: run with NETSMITH_UPDATE_GOLDEN=1")));
    QCOMPARE(actual, readText(path));
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT
private:
    std::vector<std::pair<QString, TrainedModel>> cases_;

private Q_SLOTS:
    void initTestCase()
    {
        torch::set_num_threads(1);
        int seed = 1;
        for (const QString& preset : ProjectFile::presetNames()) {
            Project p;
            QString error;
            QVERIFY2(ProjectFile::load(preset, &p, &error), qPrintable(error));
            cases_.emplace_back(preset, randomModel(p, preset, seed++));
        }
        cases_.emplace_back(QStringLiteral("every-kind"),
                            randomModel(everyKindProject(), QStringLiteral("every-kind"), 99));
    }

    void everyKindHasExportRules()
    {
        for (const LayerKind& kind : LayerRegistry::instance().kinds()) {
            QVERIFY2(kind.exporting.torchScript, qPrintable(kind.id));
            QVERIFY2(kind.exporting.onnx, qPrintable(kind.id));
            QVERIFY2(bool(kind.exporting.pytorchModule) != bool(kind.exporting.pytorchCall),
                     qPrintable(kind.id));
        }
        // The every-kind graph really uses every kind.
        QSet<QString> used;
        for (const GraphNode& n : cases_.back().second.project.graph.nodes())
            used.insert(n.kind);
        for (const LayerKind& kind : LayerRegistry::instance().kinds())
            QVERIFY2(used.contains(kind.id), qPrintable(kind.id));
    }

    void torchScriptAgreesInProcess()
    {
        for (const auto& [name, model] : cases_) {
            const ExportPlan plan = ExportPlan::of(model);
            const QByteArray bytes = TorchScriptExporter::serialize(plan);
            std::istringstream in(bytes.toStdString());
            torch::jit::ExtraFilesMap extra{{"netsmith.json", ""}, {"names.json", ""}};
            torch::jit::Module loaded = torch::jit::load(in, torch::kCPU, extra);
            const QJsonObject meta =
                QJsonDocument::fromJson(QByteArray::fromStdString(extra["netsmith.json"])).object();
            QCOMPARE(meta.value(QStringLiteral("classes")).toArray().size(), model.numClasses());
            for (int64_t n : {1, 7}) {
                const torch::Tensor pixels = randomPixels(model, n);
                torch::NoGradGuard noGrad;
                const torch::Tensor theirs =
                    loaded.forward({pixels.to(torch::kFloat32).div(255.0)}).toTensor();
                const double diff =
                    (theirs - netsmithOutput(model, pixels)).abs().max().item<double>();
                QVERIFY2(diff <= 1e-5,
                         qPrintable(QStringLiteral("%1, batch %2: %3").arg(name).arg(n).arg(diff)));
            }
        }
    }

    void compareTorchScriptReportsTheDifference()
    {
        QTemporaryDir dir;
        const TrainedModel& model = cases_.front().second;
        QStringList written;
        QString error;
        const QString path = dir.filePath(QStringLiteral("m.pt"));
        QVERIFY2(ModelExporter::write(model, {ExportFormat::TorchScript, path}, &written, &error),
                 qPrintable(error));
        const double diff =
            ModelExporter::compareTorchScript(path, model, randomPixels(model, 5), &error);
        QVERIFY2(diff >= 0 && diff <= 1e-5, qPrintable(error));
        QCOMPARE(ModelExporter::compareTorchScript(dir.filePath(QStringLiteral("none.pt")), model,
                                                   randomPixels(model, 1), &error),
                 -1.0);
        QVERIFY(error.contains(QStringLiteral("none.pt")));
    }

    void goldenSourcesOfTheSeedCnn()
    {
        Project p;
        QString error;
        QVERIFY(ProjectFile::load(QStringLiteral("seed-cnn"), &p, &error));
        const ExportPlan plan = ExportPlan::of(randomModel(p, QStringLiteral("seed-cnn"), 1));
        compareGolden(TorchScriptExporter::source(plan),
                      QStringLiteral("seed-cnn.torchscript.txt"));
        QString code = PyTorchCodeExporter::source(plan);
        // The version changes with every release; the rest of the file must not drift.
        code.replace(ExportMetadata::netsmithVersion(), QStringLiteral("VERSION"));
        compareGolden(code, QStringLiteral("seed-cnn.model.py"));
    }

    void namesThatAreNotIdentifiersSurvive()
    {
        const ExportPlan plan = ExportPlan::of(cases_.back().second);
        const QJsonObject renamed = plan.renamed();
        QCOMPARE(renamed.value(QStringLiteral("conv-1")).toString(),
                 QStringLiteral("conv_1_2")); // conv_1 is taken
        QCOMPARE(renamed.value(QStringLiteral("forward")).toString(), QStringLiteral("forward_"));
        QCOMPARE(renamed.value(QStringLiteral("training")).toString(), QStringLiteral("training_"));
        QCOMPARE(renamed.value(QStringLiteral("lambda")).toString(), QStringLiteral("lambda_"));
        QCOMPARE(renamed.value(QStringLiteral("fc-out")).toString(), QStringLiteral("fc_out"));
        QVERIFY(!renamed.contains(QStringLiteral("conv_1")));
    }

    void badRequestsSayWhyAndWriteNothing()
    {
        QTemporaryDir dir;
        const TrainedModel& model = cases_.front().second;
        QStringList written;
        QString error;
        const QString onnx = dir.filePath(QStringLiteral("m.onnx"));
        for (int opset : {12, 18}) {
            QVERIFY(
                !ModelExporter::write(model, {ExportFormat::Onnx, onnx, opset}, &written, &error));
            QVERIFY2(error.contains(QStringLiteral("opset %1").arg(opset)), qPrintable(error));
            QVERIFY(!QFile::exists(onnx));
        }
        const QString file = dir.filePath(QStringLiteral("file"));
        QFile(file).open(QIODevice::WriteOnly);
        QVERIFY(!ModelExporter::write(model, {ExportFormat::PyTorch, file}, &written, &error));
        QVERIFY2(error.contains(QStringLiteral("file")), qPrintable(error));
        const QString unwritable = QStringLiteral("/proc/netsmith-export/m.pt");
        QVERIFY(!ModelExporter::write(model, {ExportFormat::TorchScript, unwritable}, &written,
                                      &error));
        QVERIFY2(error.contains(QStringLiteral("m.pt")), qPrintable(error));
        QVERIFY(written.isEmpty());
        QVERIFY(!ModelExporter::write(
            TrainedModel{}, {ExportFormat::TorchScript, dir.filePath(QStringLiteral("x.pt"))},
            &written, &error));
        QVERIFY2(error.contains(QStringLiteral("no trained model")), qPrintable(error));
    }

    void realClientsAgree()
    {
        QTemporaryDir dir;
        QJsonArray manifest;
        for (const auto& [name, model] : cases_) {
            const QString caseDir = dir.filePath(name);
            QVERIFY(QDir().mkpath(caseDir));
            QStringList written;
            QString error;
            const QDir d(caseDir);
            QVERIFY2(ModelExporter::write(
                         model, {ExportFormat::TorchScript, d.filePath(QStringLiteral("model.pt"))},
                         &written, &error),
                     qPrintable(error));
            QVERIFY2(ModelExporter::write(
                         model, {ExportFormat::PyTorch, d.filePath(QStringLiteral("pytorch"))},
                         &written, &error),
                     qPrintable(error));
            QJsonArray onnxFiles;
            for (int opset : {13, 17}) {
                const QString file = QStringLiteral("model-opset%1.onnx").arg(opset);
                QVERIFY2(ModelExporter::write(model, {ExportFormat::Onnx, d.filePath(file), opset},
                                              &written, &error),
                         qPrintable(error));
                onnxFiles.append(file);
            }
            for (int64_t n : {1, 7}) {
                const torch::Tensor pixels = randomPixels(model, n);
                QVERIFY(writeFloats(d.filePath(QStringLiteral("input%1.bin").arg(n)),
                                    pixels.to(torch::kFloat32).div(255.0)));
                QVERIFY(writeFloats(d.filePath(QStringLiteral("expected%1.bin").arg(n)),
                                    netsmithOutput(model, pixels)));
            }
            QJsonArray shape, layers;
            for (int64_t v : model.inputShape())
                shape.append(double(v));
            bool dropout = false, batchNorm = false;
            for (const GraphNode& node : model.project.graph.nodes()) {
                layers.append(node.name);
                dropout |= node.kind == QLatin1String("Dropout");
                batchNorm |= node.kind == QLatin1String("BatchNorm2d");
            }
            manifest.append(QJsonObject{{QStringLiteral("preset"), name},
                                        {QStringLiteral("dir"), caseDir},
                                        {QStringLiteral("input_shape"), shape},
                                        {QStringLiteral("classes"), model.numClasses()},
                                        {QStringLiteral("batches"), QJsonArray{1, 7}},
                                        {QStringLiteral("layers"), layers},
                                        {QStringLiteral("has_dropout"), dropout},
                                        {QStringLiteral("has_batchnorm"), batchNorm},
                                        {QStringLiteral("onnx"), onnxFiles}});
        }
        const QString manifestPath = dir.filePath(QStringLiteral("manifest.json"));
        QFile f(manifestPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(QJsonObject{{QStringLiteral("cases"), manifest}}).toJson());
        f.close();

        const QString scripts = QStringLiteral(NETSMITH_SOURCE_DIR "/tests/engine/export/");
        QProcess python;
        python.setProcessChannelMode(QProcess::MergedChannels);
        python.start(QStringLiteral("/usr/bin/python3"),
                     {scripts + QStringLiteral("check_exports.py"), manifestPath});
        QVERIFY2(python.waitForFinished(300000),
                 "python3 did not finish (is python3-torch installed? scripts/setup.sh)");
        const QString pythonOut = QString::fromUtf8(python.readAll());
        qInfo().noquote() << pythonOut;
        QVERIFY2(python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0,
                 qPrintable(pythonOut));

        QProcess node;
        node.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NODE_PATH"), QStringLiteral(NETSMITH_NODE_MODULES));
        node.setProcessEnvironment(env);
        node.start(QStringLiteral("node"),
                   {scripts + QStringLiteral("check_onnx.js"), manifestPath});
        QVERIFY2(node.waitForFinished(300000), "node did not finish");
        const QString nodeOut = QString::fromUtf8(node.readAll());
        qInfo().noquote() << nodeOut;
        QVERIFY2(node.exitStatus() == QProcess::NormalExit && node.exitCode() == 0,
                 qPrintable(
                     nodeOut +
                     QStringLiteral("\n(onnxruntime-node is installed by scripts/setup.sh into ") +
                     QStringLiteral(NETSMITH_NODE_MODULES) + QLatin1Char(')')));
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
