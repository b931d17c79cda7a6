// ClassificationReport against scikit-learn on the same predictions: the C++ figures must
// agree to 1e-6. sklearn runs in /usr/bin/python3 (Debian's python3-sklearn); the test is
// skipped only when that interpreter or sklearn is missing.
#include "metrics/ClassificationReport.h"

#include <QtTest>
#include <cmath>

using namespace netsmith;

namespace {

const char* kOracle = R"PY(
import sys, json, numpy as np
from sklearn.metrics import (roc_auc_score, average_precision_score, precision_recall_fscore_support,
                             confusion_matrix, accuracy_score, top_k_accuracy_score)
from sklearn.preprocessing import label_binarize
d = np.loadtxt(sys.argv[1], delimiter=",", skiprows=1)
y = d[:, 1].astype(int); p = d[:, 3:]; k = p.shape[1]
pred = p.argmax(1)
yb = label_binarize(y, classes=list(range(k)))
if k == 2:  # label_binarize gives one column for two classes; one-vs-rest wants both
    yb = np.hstack([1 - yb, yb])
prec, rec, f1, sup = precision_recall_fscore_support(y, pred, labels=list(range(k)), zero_division=0)
out = {
  "accuracy": accuracy_score(y, pred),
  "confusion": confusion_matrix(y, pred, labels=list(range(k))).tolist(),
  "precision": prec.tolist(), "recall": rec.tolist(), "f1": f1.tolist(), "support": sup.tolist(),
  "macro": list(precision_recall_fscore_support(y, pred, average="macro", zero_division=0)[:3]),
  "weighted": list(precision_recall_fscore_support(y, pred, average="weighted", zero_division=0)[:3]),
  "auc": [roc_auc_score(yb[:, c], p[:, c]) for c in range(k)],
  "auc_macro": roc_auc_score(yb, p, average="macro"),
  "auc_micro": roc_auc_score(yb, p, average="micro"),
  "ap": [average_precision_score(yb[:, c], p[:, c]) for c in range(k)],
  "ap_macro": average_precision_score(yb, p, average="macro"),
  "ap_micro": average_precision_score(yb, p, average="micro"),
  "top2": top_k_accuracy_score(y, p, k=2, labels=list(range(k))) if k > 2 else None,
}
print(json.dumps(out))
)PY";

} // namespace

class TestMetricsSklearn : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir dir_;

    static void near(double a, double b, const char* what)
    {
        QVERIFY2(std::abs(a - b) <= 1e-6, qPrintable(QStringLiteral("%1: ours %2, sklearn %3")
                                                         .arg(QString::fromLatin1(what))
                                                         .arg(a, 0, 'g', 17)
                                                         .arg(b, 0, 'g', 17)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo::exists(QStringLiteral("/usr/bin/python3")))
            QSKIP("/usr/bin/python3 is missing");
        QProcess probe;
        probe.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QStringLiteral("import sklearn")});
        probe.waitForFinished(60000);
        if (probe.exitCode() != 0)
            QSKIP("scikit-learn is not installed for /usr/bin/python3");
    }

    void agreesWithSklearn_data()
    {
        QTest::addColumn<int>("samples");
        QTest::addColumn<int>("classes");
        QTest::addColumn<int>("decimals"); // rounding creates ties
        QTest::addColumn<int>("seed");
        QTest::newRow("4 classes, ties") << 400 << 4 << 2 << 1;
        QTest::newRow("10 classes, few ties") << 600 << 10 << 6 << 2;
        QTest::newRow("2 classes, heavy ties") << 200 << 2 << 1 << 3;
        QTest::newRow("3 classes, no ties") << 150 << 3 << 17 << 4;
    }
    void agreesWithSklearn()
    {
        QFETCH(int, samples);
        QFETCH(int, classes);
        QFETCH(int, decimals);
        QFETCH(int, seed);
        torch::manual_seed(uint64_t(seed));
        // Informative but imperfect scores: the true class gets a boost.
        torch::Tensor labels = torch::randint(classes, {samples}, torch::kInt64);
        labels.slice(0, 0, classes).copy_(torch::arange(classes)); // every class present
        torch::Tensor logits = torch::randn({samples, classes}, torch::kFloat64);
        logits.scatter_add_(1, labels.view({-1, 1}), torch::full({samples, 1}, 1.2, torch::kFloat64));
        torch::Tensor p = torch::softmax(logits, 1);
        const double scale = std::pow(10.0, decimals);
        p = (p * scale).round() / scale;

        QFile csv(dir_.filePath(QStringLiteral("predictions.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        QByteArray text = "index,label,pred";
        for (int c = 0; c < classes; ++c)
            text += ",p" + QByteArray::number(c);
        text += '\n';
        const auto pred = p.argmax(1);
        for (int i = 0; i < samples; ++i) {
            text += QByteArray::number(i) + ',' + QByteArray::number(labels[i].item<int64_t>()) + ',' +
                    QByteArray::number(pred[i].item<int64_t>());
            for (int c = 0; c < classes; ++c)
                text += ',' + QByteArray::number(p[i][c].item<double>(), 'g', 17);
            text += '\n';
        }
        csv.write(text);
        csv.close();

        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral("-c"), QString::fromLatin1(kOracle), csv.fileName()});
        QVERIFY(python.waitForFinished(120000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        const QJsonObject sk = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
        QVERIFY(!sk.isEmpty());

        const ClassificationReport r = ClassificationReport::compute(p, labels);
        near(r.accuracy, sk.value(QStringLiteral("accuracy")).toDouble(), "accuracy");
        if (classes > 2)
            near(r.topK[1].second, sk.value(QStringLiteral("top2")).toDouble(), "top-2 accuracy");
        const QJsonArray confusion = sk.value(QStringLiteral("confusion")).toArray();
        for (int t = 0; t < classes; ++t)
            for (int q = 0; q < classes; ++q)
                QCOMPARE(double(r.confusion[size_t(t)][size_t(q)]), confusion.at(t).toArray().at(q).toDouble());
        for (int c = 0; c < classes; ++c) {
            const auto at = [&](const char* key) { return sk.value(QString::fromLatin1(key)).toArray().at(c).toDouble(); };
            near(r.perClass[size_t(c)].precision, at("precision"), "precision");
            near(r.perClass[size_t(c)].recall, at("recall"), "recall");
            near(r.perClass[size_t(c)].f1, at("f1"), "f1");
            near(double(r.perClass[size_t(c)].support), at("support"), "support");
            near(r.rocAuc[size_t(c)], at("auc"), "per-class ROC AUC");
            near(r.averagePrecision[size_t(c)], at("ap"), "per-class average precision");
        }
        const QJsonArray macro = sk.value(QStringLiteral("macro")).toArray();
        const QJsonArray weighted = sk.value(QStringLiteral("weighted")).toArray();
        near(r.macro.precision, macro.at(0).toDouble(), "macro precision");
        near(r.macro.recall, macro.at(1).toDouble(), "macro recall");
        near(r.macro.f1, macro.at(2).toDouble(), "macro f1");
        near(r.weighted.precision, weighted.at(0).toDouble(), "weighted precision");
        near(r.weighted.recall, weighted.at(1).toDouble(), "weighted recall");
        near(r.weighted.f1, weighted.at(2).toDouble(), "weighted f1");
        near(r.rocAucMacro, sk.value(QStringLiteral("auc_macro")).toDouble(), "macro ROC AUC");
        near(r.rocAucMicro, sk.value(QStringLiteral("auc_micro")).toDouble(), "micro ROC AUC");
        near(r.averagePrecisionMacro, sk.value(QStringLiteral("ap_macro")).toDouble(), "macro AP");
        near(r.averagePrecisionMicro, sk.value(QStringLiteral("ap_micro")).toDouble(), "micro AP");
    }
};

QTEST_GUILESS_MAIN(TestMetricsSklearn)
#include "tst_metrics_sklearn.moc"
