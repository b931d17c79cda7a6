// Project files: atomic save, exact round trip, refusal of newer or malformed files with a
// message naming the file.
#include "project/ProjectFile.h"

#include <QtTest>

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
        QTest::newRow("not a project") << QByteArray(R"({"format":"other"})")
                                       << QStringLiteral("not a Netsmith project");
        QTest::newRow("newer") << QByteArray(R"({"format":"netsmith-project","version":7,"graph":{}})")
                               << QStringLiteral("newer Netsmith (format version 7");
        QTest::newRow("bad training")
            << QByteArray(R"({"format":"netsmith-project","version":1,"graph":{},"training":{"epochs":-3}})")
            << QStringLiteral("training setting \"epochs\"");
        QTest::newRow("bad graph")
            << QByteArray(R"({"format":"netsmith-project","version":1,"graph":{"nodes":[{"id":1,"kind":"X","name":"x"}]}})")
            << QStringLiteral("graph: node 1");
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

    void missingFileNamesPresets()
    {
        Project p;
        QString error;
        QVERIFY(!ProjectFile::load(QStringLiteral("no-such-model"), &p, &error));
        QVERIFY(error.contains(QStringLiteral("no-such-model")));
        QVERIFY(error.contains(QStringLiteral("seed-cnn")));
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
};

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_project_file.moc"
