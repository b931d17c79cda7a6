// Project files: atomic save, exact round trip, migration of format 1 files (augmentation
// as a preset name), refusal of newer or malformed files with a message naming the file.
#include "data/AugmentationPresets.h"
#include "graph/ModelGraph.h"
#include "project/AtomicFile.h"
#include "project/ProjectFile.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <QDateTime>
#include <QtTest>
#include <csignal>
#include <sys/resource.h>

using namespace netsmith;

class TestProjectFile : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir dir_;

    QString write(const QString& name, const QByteArray& content)
    {
        const QString path = dir_.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return path;
    }

private Q_SLOTS:
    void saveAndLoadRoundTrip()
    {
        Project p;
        QString error;
        QVERIFY(ProjectFile::load(QStringLiteral("resnet-mini"), &p, &error));
        p.name = QStringLiteral("мой-resnet 模型");
        p.training.learningRate = 0.0123;
        p.training.optimizer = QStringLiteral("sgd");
        p.normalization = {{0.1307}, {0.3081}};
        p.stroke = {2.47, 226.5};
        p.training.augmentation.rotationDegrees = 17; // a mix no preset has
        p.training.augmentation.cropPadding = 3;
        p.training.augmentation.horizontalFlip = true;
        p.graph.node(3)->pos = QPointF(12.5, -40);
        const QString path = dir_.filePath(QStringLiteral("a.netsmith"));
        QVERIFY2(ProjectFile::save(p, path, &error), qPrintable(error));
        Project back;
        QVERIFY2(ProjectFile::load(path, &back, &error), qPrintable(error));
        QVERIFY(back == p);
        QCOMPARE(back.toJson(), p.toJson());
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{ nope") << QStringLiteral("not valid JSON");
        QTest::newRow("an array") << QByteArray("[1, 2]") << QStringLiteral("a project is a JSON object, and this file holds an array");
        QTest::newRow("not a project") << QByteArray(R"({"format":"other"})")
                                       << QStringLiteral("not a Netsmith project");
        QTest::newRow("newer") << QByteArray(R"({"format":"netsmith-project","version":7,"graph":{}})")
                               << QStringLiteral("newer Netsmith (format version 7");
        QTest::newRow("bad training")
            << QByteArray(R"({"format":"netsmith-project","version":1,"graph":{},"training":{"epochs":-3}})")
            << QStringLiteral("training setting \"epochs\"");
        QTest::newRow("stroke not an object")
            << QByteArray(R"({"format":"netsmith-project","version":2,"graph":{},"stroke":5})")
            << QStringLiteral("\"stroke\" must be an object with width and intensity");
        QTest::newRow("stroke width not positive")
            << QByteArray(R"({"format":"netsmith-project","version":2,"graph":{},"stroke":{"width":0,"intensity":200}})")
            << QStringLiteral("stroke: \"width\" must be a number above 0");
        QTest::newRow("stroke misspelled")
            << QByteArray(R"({"format":"netsmith-project","version":2,"graph":{},"stroke":{"widht":2,"intensity":200}})")
            << QStringLiteral("unknown key \"widht\"");
        QTest::newRow("format 1, unknown augmentation preset")
            << QByteArray(R"({"format":"netsmith-project","version":1,"graph":{},"training":{"augmentation":"wild"}})")
            << QStringLiteral("\"augmentation\" is \"wild\", not one of none, light, digits or strong");
        QTest::newRow("format 2, augmentation as a name")
            << QByteArray(R"({"format":"netsmith-project","version":2,"graph":{},"training":{"augmentation":"digits"}})")
            << QStringLiteral("\"augmentation\" must be an object");
        QTest::newRow("augmentation out of range")
            << QByteArray(R"({"format":"netsmith-project","version":2,"graph":{},"training":{"augmentation":{"rotation_degrees":400}}})")
            << QStringLiteral("\"rotation_degrees\" must be a number from 0 to 45");
        QTest::newRow("unknown optimizer")
            << QByteArray(R"({"format":"netsmith-project","version":2,"graph":{},"training":{"optimizer":"lion"}})")
            << QStringLiteral("\"optimizer\" is \"lion\", not one of sgd, adam, adamw or rmsprop");
        QTest::newRow("unknown device")
            << QByteArray(R"({"format":"netsmith-project","version":2,"graph":{},"training":{"device":"tpu"}})")
            << QStringLiteral("not one of cpu, cuda or cuda:N");
        const QByteArray oneChannel =
            R"({"format":"netsmith-project","version":2,"graph":{"nodes":[{"id":1,"kind":"Input","name":"input",)"
            R"("params":{"channels":1,"height":28,"width":28}}],"edges":[]},"training":{},)";
        QTest::newRow("normalization for 3 channels, input of 1")
            << oneChannel + R"("normalization":{"mean":[0.1,0.2,0.3],"std":[0.3,0.3,0.3]}})"
            << QStringLiteral("normalization: 3 entries, but the Input layer \"input\" has 1 channels");
        QTest::newRow("zero std") << oneChannel + R"("normalization":{"mean":[0.1],"std":[0]}})"
                                  << QStringLiteral("normalization: std 0 is not a positive number");
        QTest::newRow("bad graph")
            << QByteArray(R"({"format":"netsmith-project","version":1,"graph":{"nodes":[{"id":1,"kind":"X","name":"x"}]}})")
            << QStringLiteral("graph: node 1");
        // Issue 15: a misspelled key or a value of the wrong type became a default in silence.
        const QByteArray v2 = R"({"format":"netsmith-project","version":2,)";
        QTest::newRow("misspelled params")
            << v2 + R"("graph":{"nodes":[{"id":1,"kind":"ReLU","name":"r","parms":{}}]}})"
            << QStringLiteral("unknown key \"parms\" in node 1 (known: id, kind, name, params, pos)");
        QTest::newRow("params a list") << v2 + R"("graph":{"nodes":[{"id":1,"kind":"ReLU","name":"r","params":[]}]}})"
                                       << QStringLiteral("node 1: \"params\" must be an object");
        QTest::newRow("training a list") << v2 + R"("graph":{},"training":[]})"
                                         << QStringLiteral("\"training\" must be an object");
        QTest::newRow("dataset a number") << v2 + R"("graph":{},"dataset":5})" << QStringLiteral("\"dataset\" must be text");
        QTest::newRow("unknown top-level key") << v2 + R"("graph":{},"trainig":{}})"
                                               << QStringLiteral("unknown key \"trainig\" in the project");
        QTest::newRow("unknown training key") << v2 + R"("graph":{},"training":{"epoch":3}})"
                                              << QStringLiteral("unknown key \"epoch\" in the training settings");
        QTest::newRow("unknown augmentation key")
            << v2 + R"("graph":{},"training":{"augmentation":{"rotation":5}}})"
            << QStringLiteral("unknown key \"rotation\" in the augmentation settings");
        QTest::newRow("unknown edge key") << v2 + R"("graph":{"nodes":[],"edges":[{"from":1,"to":2,"weight":1}]}})"
                                          << QStringLiteral("unknown key \"weight\" in edge 1");
        QTest::newRow("nodes not a list") << v2 + R"("graph":{"nodes":{}}})" << QStringLiteral("\"nodes\" must be a list");
        // Wrong types the reliability battery found accepted (issue 15).
        QTest::newRow("mean not numbers") << oneChannel + R"("normalization":{"mean":["x"],"std":[1]}})"
                                          << QStringLiteral("must be lists of numbers");
        QTest::newRow("flow a number") << v2 + R"("graph":{"flow":5}})" << QStringLiteral("\"flow\" must be");
        QTest::newRow("pos not numbers")
            << v2 + R"("graph":{"nodes":[{"id":1,"kind":"ReLU","name":"r","pos":["a","b"]}]}})"
            << QStringLiteral("node 1: \"id\" must be a whole number");
        QTest::newRow("id a fraction") << v2 + R"("graph":{"nodes":[{"id":1.5,"kind":"ReLU","name":"r"}]}})"
                                       << QStringLiteral("node 1: \"id\" must be a whole number");
        const QByteArray twoNodes = v2 + R"("graph":{"nodes":[{"id":1,"kind":"ReLU","name":"a"},{"id":2,"kind":"ReLU","name":"b"}],)";
        QTest::newRow("port 7") << twoNodes + R"("edges":[{"from":1,"fromPort":7,"to":2}]}})"
                                << QStringLiteral("edge 1: \"from\" and \"to\" must be node ids");
        QTest::newRow("parameter beyond int64") // fuzz_project: undefined behaviour under UBSan
            << v2 + R"("graph":{"nodes":[{"id":1,"kind":"Input","name":"i","params":{"channels":1e24}}]}})"
            << QStringLiteral("parameter \"channels\" has an invalid value");
        QTest::newRow("port 2^31") << twoNodes + R"("edges":[{"from":1,"to":2,"toPort":2147483648}]}})"
                                   << QStringLiteral("edge 1:");
    }
    void refusals()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString path = write(QStringLiteral("bad.netsmith"), content);
        Project p;
        p.name = QStringLiteral("untouched");
        QString error;
        QVERIFY(!ProjectFile::load(path, &p, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("bad.netsmith")), qPrintable(error));
        QCOMPARE(p.name, QStringLiteral("untouched"));
    }

    void formatOneFileWithAPresetNameMigrates()
    {
        // A real format-1 file: the seed-cnn preset as Netsmith 1 wrote it, with "digits".
        const QString old = QStringLiteral(NETSMITH_TEST_DATA_DIR "/format1-digits.netsmith");
        Project p;
        QString error;
        QVERIFY2(ProjectFile::load(old, &p, &error), qPrintable(error));
        // What "digits" meant then (the preset has changed since: it keeps the old file's
        // augmentation, not today's preset).
        QCOMPARE(p.training.augmentation.rotationDegrees, 10.0);
        QCOMPARE(p.training.augmentation.translateFraction, 0.1);
        QCOMPARE(p.training.augmentation.shearDegrees, 8.0);
        QCOMPARE(p.training.augmentation.elasticAlpha, 1.0);
        QCOMPARE(p.training.augmentation.noiseStd, 4.0);
        QCOMPARE(p.training.augmentation.strokeWidthJitter, 0.0);
        QCOMPARE(p.graph.nodes().size(), size_t(12));
        // Saved again, it is a current file with the preset's full settings.
        const QString path = dir_.filePath(QStringLiteral("migrated.netsmith"));
        QVERIFY2(ProjectFile::save(p, path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(json.value(QStringLiteral("version")).toInt(), Project::kFormatVersion);
        const QJsonObject augmentation =
            json.value(QStringLiteral("training")).toObject().value(QStringLiteral("augmentation")).toObject();
        QCOMPARE(augmentation.value(QStringLiteral("rotation_degrees")).toDouble(), 10.0);
        QCOMPARE(augmentation.value(QStringLiteral("shear_degrees")).toDouble(), 8.0);
        Project back;
        QVERIFY2(ProjectFile::load(path, &back, &error), qPrintable(error));
        QVERIFY(back == p);
    }

    void formatOneWithoutAugmentationIsNone()
    {
        const QString path = write(QStringLiteral("plain.netsmith"),
                                   R"({"format":"netsmith-project","version":1,"graph":{},"training":{"epochs":3}})");
        Project p;
        QString error;
        QVERIFY2(ProjectFile::load(path, &p, &error), qPrintable(error));
        QVERIFY(p.training.augmentation.isIdentity());
        QCOMPARE(p.training.epochs, 3);
    }

    void missingFileNamesPresets()
    {
        Project p;
        QString error;
        QVERIFY(!ProjectFile::load(QStringLiteral("no-such-model"), &p, &error));
        QVERIFY(error.contains(QStringLiteral("no-such-model")));
        QVERIFY(error.contains(QStringLiteral("seed-cnn")));
    }

    void oversizedProjectsAreRefusedUpFront()
    {
        // Bounded before parsing: a 65 MiB file (sparse, so the test writes nothing) and a
        // graph of more layers than Netsmith reads each say the limit.
        QTemporaryDir dir;
        const QString big = dir.filePath(QStringLiteral("big.netsmith"));
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.resize(qint64(65) << 20));
        f.close();
        Project p;
        QString error;
        QVERIFY(!ProjectFile::load(big, &p, &error));
        QVERIFY2(error.startsWith(big) && error.contains(QStringLiteral("64 MiB")), qPrintable(error));

        QJsonArray nodes;
        for (int i = 0; i <= ModelGraph::kMaxLayers; ++i)
            nodes.append(QJsonObject{{QStringLiteral("id"), i + 1}, {QStringLiteral("kind"), QStringLiteral("ReLU")}});
        ModelGraph g;
        QVERIFY(!ModelGraph::fromJson(QJsonObject{{QStringLiteral("nodes"), nodes}}, &g, &error));
        QVERIFY2(error.contains(QStringLiteral("100001 layers")) && error.contains(QStringLiteral("100000")),
                 qPrintable(error));
    }

    void strayTemporariesOfAKilledSaveGoOnTheNextSave()
    {
        // A kill between QSaveFile's write and its rename leaves "<name>.XXXXXX" for good
        // (issue 15: a stray complete checkpoint.pt.XXXXXX). The next save removes it; a fresh
        // one (a save still running) and other files stay.
        const QString path = dir_.filePath(QStringLiteral("stray.netsmith"));
        const auto make = [](const QString& file, bool old) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("half");
            f.flush(); // before the time, or closing would write and touch it again
            if (old)
                QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime));
        };
        make(path + QStringLiteral(".Ab3xY9"), true);
        make(path + QStringLiteral(".Zq81Lm"), false);
        make(path + QStringLiteral(".backup"), true);
        make(dir_.filePath(QStringLiteral("other.netsmith.Qw12Er")), true);
        QString error;
        QVERIFY2(ProjectFile::save(Project(), path, &error), qPrintable(error));
        QVERIFY(!QFile::exists(path + QStringLiteral(".Ab3xY9")));
        QVERIFY(QFile::exists(path + QStringLiteral(".Zq81Lm")));
        QVERIFY(QFile::exists(path + QStringLiteral(".backup")));
        QVERIFY(QFile::exists(dir_.filePath(QStringLiteral("other.netsmith.Qw12Er"))));
    }

    void failedSaveKeepsOldFile()
    {
        const QString path = write(QStringLiteral("keep.netsmith"), QByteArray("old"));
        QFile::setPermissions(dir_.path(), QFile::ReadOwner | QFile::ExeOwner);
        Project p;
        QString error;
        const bool saved = ProjectFile::save(p, path, &error);
        QFile::setPermissions(dir_.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        if (saved)
            QSKIP("running as a user that can write anywhere (root); atomicity is QSaveFile's");
        QVERIFY(error.contains(QStringLiteral("keep.netsmith")));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("old"));
    }

    void aWriteTheDiskRefusesIsAnErrorAndKeepsTheOldFile()
    {
        // A disk that takes no more bytes, as a full disk does: a file-size limit makes write()
        // fail (EFBIG) where ENOSPC would. Small files were committed as 0 bytes without an
        // error (issue 15): the failure surfaced only when QSaveFile flushed its buffer.
        const QString path = write(QStringLiteral("full.netsmith"), QByteArray("the old, complete project"));
        rlimit old{};
        getrlimit(RLIMIT_FSIZE, &old);
        signal(SIGXFSZ, SIG_IGN);
        rlimit small = old;
        small.rlim_cur = 1000;
        setrlimit(RLIMIT_FSIZE, &small);
        QString error;
        const bool written = writeFileAtomically(path, QByteArray(5000, 'x'), &error);
        setrlimit(RLIMIT_FSIZE, &old);
        QVERIFY(!written);
        QVERIFY2(error.contains(QStringLiteral("full.netsmith")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("too large")) || error.contains(QStringLiteral("space")), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("the old, complete project"));
        // No temporary of the failed save is left beside it.
        QCOMPARE(QDir(dir_.path()).entryList({QStringLiteral("full.netsmith*")}, QDir::Files | QDir::Hidden).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_project_file.moc"
