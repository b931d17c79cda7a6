// The workbench's File > Save on a full disk (issue 15). The test runs itself again as a child
// process with tests/fault/enospc_shim.c preloaded, which fails every write under one folder
// with ENOSPC; the child opens a project from there, edits it and triggers the Save action, as
// a person would. The project file must stay byte for byte as it was, with no temporary
// beside it, and the person must be told why in the OS's words. Was: an empty file, no word.
#include "MainWindow.h"
#include "ProjectDocument.h"
#include "project/ProjectFile.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QProcess>
#include <QTimer>
#include <QtTest>
#include <cstdio>

namespace {

const char* kChildMarker = "NETSMITH_FULL_DISK_CHILD"; ///< the project file the child saves

} // namespace

class TestFullDiskSave : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void saveOnAFullDiskKeepsTheFileAndSaysWhy_data()
    {
        QTest::addColumn<QString>("room"); ///< NETSMITH_ENOSPC_AFTER: bytes that still fit
        QTest::newRow("full") << QString();
        QTest::newRow("fills mid-file") << QStringLiteral("2048"); // the project file is ~7 KB
    }

    void saveOnAFullDiskKeepsTheFileAndSaysWhy()
    {
        QFETCH(QString, room);
        if (qEnvironmentVariableIsSet(kChildMarker))
            QSKIP("the parent's part");
        QTemporaryDir dir;
        const QString full = dir.filePath(QStringLiteral("full"));
        QVERIFY(QDir().mkpath(full));
        const QString path = full + QStringLiteral("/mine.netsmith");
        netsmith::Project project;
        QString error;
        QVERIFY2(netsmith::ProjectFile::load(QStringLiteral("seed-cnn"), &project, &error), qPrintable(error));
        project.name = QStringLiteral("before the disk filled");
        QVERIFY2(netsmith::ProjectFile::save(project, path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        QVERIFY(before.size() > 4096); // so that 2048 bytes of room run out mid-file
        file.close();

        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kChildMarker), path);
        env.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(NETSMITH_ENOSPC_SHIM));
        env.insert(QStringLiteral("NETSMITH_ENOSPC_DIR"), full);
        if (!room.isEmpty())
            env.insert(QStringLiteral("NETSMITH_ENOSPC_AFTER"), room);
        env.insert(QStringLiteral("ASAN_OPTIONS"), env.value(QStringLiteral("ASAN_OPTIONS")) +
                                                       QStringLiteral(":verify_asan_link_order=0"));
        // Its own settings, recent files and recovery copy: nothing of another test's to offer.
        env.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("NETSMITH_LANG"), QStringLiteral("en"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("childSavesWithTheSaveAction")});
        QVERIFY(child.waitForFinished(120000));
        const QString out = QString::fromUtf8(child.readAllStandardOutput() + child.readAllStandardError());
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("PASS   : TestFullDiskSave::childSavesWithTheSaveAction")), qPrintable(out));

        // Told, with the file's name and the OS's reason.
        QVERIFY2(out.contains(QStringLiteral("MESSAGE: Cannot save project | ")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("mine.netsmith")) && out.contains(QStringLiteral("No space left on device")),
                 qPrintable(out));
        // The file as it was, and nothing beside it.
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
        QCOMPARE(QDir(full).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("mine.netsmith")});
    }

    /// Run by the test above in a child process with the shim preloaded (skipped otherwise).
    void childSavesWithTheSaveAction()
    {
        const QString path = qEnvironmentVariable(kChildMarker);
        if (path.isEmpty())
            QSKIP("run by saveOnAFullDiskKeepsTheFileAndSaysWhy in a child process");
        QStandardPaths::setTestModeEnabled(true);
        netsmith::ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QString error;
        QVERIFY2(w.openFile(path, &error), qPrintable(error));
        w.document()->setProjectName(QStringLiteral("after the disk filled"));
        QVERIFY(w.document()->isModified());

        // The warning the Save action shows: what it says, then closed.
        QString told;
        QTimer answer;
        connect(&answer, &QTimer::timeout, [&] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                told = box->windowTitle() + QStringLiteral(" | ") + box->text();
                box->accept();
            }
        });
        answer.start(20);
        auto* save = w.findChild<QAction*>(QStringLiteral("save"));
        QVERIFY(save);
        save->trigger();
        answer.stop();
        std::printf("MESSAGE: %s\n", qPrintable(told.simplified()));
        std::fflush(stdout);
        QVERIFY2(!told.isEmpty(), "the failed save said nothing");
        // Unsaved work stays unsaved, and the document keeps its file.
        QVERIFY(w.document()->isModified());
        QCOMPARE(w.document()->filePath(), path);
    }
};

QTEST_MAIN(TestFullDiskSave)
#include "tst_full_disk_save.moc"
