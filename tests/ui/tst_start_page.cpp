// The start page (issue 17, point 3): its five steps say where the open project stands, and
// a first-time user can walk them in the real window — load the data, see the model is valid,
// train, look at the evaluation, export — each card turning to done. Its examples are the
// presets with a line and a picture each; recent projects show their graph; "continue where
// you left off" reopens the last project and gives the draw pad the last run's model.
#include "../engine/TrainedRunFixture.h"

#include "MainWindow.h"
#include "ProjectDocument.h"
#include "data/DataFolder.h"
#include "data/DataPage.h"
#include "designer/DesignerPage.h"
#include "deploy/ExportDialog.h"
#include "drawpad/DrawPadPage.h"
#include "start/LastSession.h"
#include "start/RecentProjects.h"
#include "start/StartPage.h"
#include "start/WorkflowStatus.h"
#include "training/TrainingController.h"
#include "training/TrainingPage.h"

#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QtTest>

using netsmith::ui::StartPage;
using netsmith::ui::WorkflowStatus;
using State = WorkflowStatus::State;

namespace {

QString runsRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/runs");
}

} // namespace

class TestStartPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // The datasets scripts/prepare-datasets.sh prepared, which test mode would hide.
        if (qEnvironmentVariableIsEmpty("NETSMITH_DATA_DIR"))
            qputenv("NETSMITH_DATA_DIR", netsmith::DataFolder::path().toUtf8());
    }

    void init()
    {
        // Test mode: settings and runs of this test only, removed before each case.
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QDir(runsRoot()).removeRecursively();
    }

    void stepsFollowTheFacts()
    {
        WorkflowStatus::Facts f;
        auto s = WorkflowStatus::of(f);
        for (const auto& step : s)
            QCOMPARE(step.state, State::ToDo);
        f.dataset = QStringLiteral("digits");
        QCOMPARE(WorkflowStatus::of(f)[WorkflowStatus::Data].state, State::Started);
        f.loadedDataset = QStringLiteral("digits");
        f.loadedSamples = 8000;
        s = WorkflowStatus::of(f);
        QCOMPARE(s[WorkflowStatus::Data].state, State::Done);
        QVERIFY2(s[WorkflowStatus::Data].detail.contains(QStringLiteral("8,000")), qPrintable(s[0].detail));
        f.layers = 5;
        f.problems = 2;
        QCOMPARE(WorkflowStatus::of(f)[WorkflowStatus::Design].state, State::Started);
        f.modelValid = true;
        f.params = 1234;
        QCOMPARE(WorkflowStatus::of(f)[WorkflowStatus::Design].state, State::Done);

        // A trained run: train and evaluate are done (its evaluation.json), deploy after an export.
        QTemporaryDir dir;
        const QString run = dir.filePath(QStringLiteral("20261202-101010-shapes"));
        fixtures::makeTrainedShapesRun(run);
        f.runDirectory = run;
        s = WorkflowStatus::of(f);
        QCOMPARE(s[WorkflowStatus::Train].state, State::Done);
        f.loadedDataset.clear(); // after a restart: the run's training loaded the data
        QCOMPARE(WorkflowStatus::of(f)[WorkflowStatus::Data].state, State::Done);
        QCOMPARE(s[WorkflowStatus::Evaluate].state,
                 QFileInfo::exists(netsmith::RunFolder(run).evaluationPath()) ? State::Done : State::ToDo);
        QCOMPARE(s[WorkflowStatus::Deploy].state, State::ToDo);
        QString error;
        QVERIFY(netsmith::RunFolder(run).recordExport(
            {QStringLiteral("onnx"), dir.filePath(QStringLiteral("m.onnx")), QStringLiteral("2026-12-02T10:11:12Z")},
            &error));
        s = WorkflowStatus::of(f);
        QCOMPARE(s[WorkflowStatus::Deploy].state, State::Done);
        QVERIFY(s[WorkflowStatus::Deploy].detail.contains(QStringLiteral("onnx")));
    }

    void latestRunIsTheProjectsNewestFinishedOne()
    {
        QTemporaryDir root;
        fixtures::makeTrainedShapesRun(root.filePath(QStringLiteral("20260101-000000-shapes")));
        fixtures::makeTrainedShapesRun(root.filePath(QStringLiteral("20260301-000000-shapes")));
        QDir().mkpath(root.filePath(QStringLiteral("20260401-000000-shapes"))); // unfinished: no run.json
        QCOMPARE(QFileInfo(WorkflowStatus::latestRun(root.path(), QStringLiteral("shapes-cnn"))).fileName(),
                 QStringLiteral("20260301-000000-shapes"));
        QVERIFY(WorkflowStatus::latestRun(root.path(), QStringLiteral("other")).isEmpty());
    }

    void walkTheFiveStepsOnAFreshProject()
    {
        netsmith::ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        StartPage* start = w.startPage();
        // A first start lands on the start page.
        QCOMPARE(w.pageTabs()->currentWidget(), start);
        QCOMPARE(start->stepStatus(WorkflowStatus::Data).state, State::Started); // digits, not loaded yet
        QCOMPARE(start->stepStatus(WorkflowStatus::Design).state, State::Done);  // the seed CNN is valid
        QCOMPARE(start->stepStatus(WorkflowStatus::Train).state, State::ToDo);
        QVERIFY(!start->stepButton(WorkflowStatus::Deploy)->isEnabled());

        // 1. Data: the button opens the Data page, which loads the project's dataset.
        QSignalSpy loaded(w.dataPage(), &netsmith::ui::DataPage::datasetLoaded);
        start->stepButton(WorkflowStatus::Data)->click();
        QCOMPARE(w.pageTabs()->currentWidget(), w.dataPage());
        QVERIFY(loaded.count() > 0 || loaded.wait(30000));
        w.pageTabs()->setCurrentWidget(start);
        QCOMPARE(start->stepStatus(WorkflowStatus::Data).state, State::Done);

        // 2. Design: to the canvas.
        start->stepButton(WorkflowStatus::Design)->click();
        QCOMPARE(w.pageTabs()->currentWidget(), w.designer());

        // 3. Train: one short epoch for real.
        w.pageTabs()->setCurrentWidget(start);
        start->stepButton(WorkflowStatus::Train)->click();
        QCOMPARE(w.pageTabs()->currentWidget(), w.trainingPage());
        netsmith::TrainingSettings settings = w.document()->project().training;
        settings.epochs = 1;
        settings.threads = 2;
        w.document()->setTrainingSettings(settings);
        QSignalSpy finished(w.trainingPage()->controller(), &netsmith::ui::TrainingController::finished);
        w.trainingPage()->startButton()->click();
        QVERIFY(finished.wait(120000));
        w.pageTabs()->setCurrentWidget(start);
        QCOMPARE(start->stepStatus(WorkflowStatus::Train).state, State::Done);

        // 4. Evaluate: the run's evaluation, on the Train page's Evaluation tab.
        QCOMPARE(start->stepStatus(WorkflowStatus::Evaluate).state, State::Done);
        start->stepButton(WorkflowStatus::Evaluate)->click();
        QCOMPARE(w.pageTabs()->currentWidget(), w.trainingPage());
        QCOMPARE(w.trainingPage()->tabs()->currentIndex(), 1);

        // 5. Deploy: the export dialog, for the model just trained.
        w.pageTabs()->setCurrentWidget(start);
        QTemporaryDir out;
        bool exported = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<netsmith::ui::ExportDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setFormat(netsmith::ExportFormat::Onnx);
            dialog->setPath(out.filePath(QStringLiteral("digits.onnx")));
            QSignalSpy done(dialog, &netsmith::ui::ExportDialog::exportFinished);
            dialog->startExport();
            QVERIFY(done.wait(60000));
            exported = done.first().first().toBool();
            dialog->reject();
        });
        start->stepButton(WorkflowStatus::Deploy)->click();
        QVERIFY(exported);
        start->refresh();
        QCOMPARE(start->stepStatus(WorkflowStatus::Deploy).state, State::Done);
        QVERIFY(start->stepStatus(WorkflowStatus::Deploy).detail.contains(QStringLiteral("digits.onnx")));
    }

    void examplesAndRecentProjectsShowTheirGraph()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("mine.netsmith"));
        netsmith::ui::MainWindow w;
        QVERIFY(w.saveTo(file));
        w.pageTabs()->setCurrentWidget(w.startPage());
        QListWidget* examples = w.startPage()->exampleList();
        QCOMPARE(examples->count(), int(netsmith::ProjectFile::presetNames().size()));
        for (int i = 0; i < examples->count(); ++i) {
            QVERIFY(!examples->item(i)->icon().isNull());
            QVERIFY2(examples->item(i)->text().count(QLatin1Char('\n')) == 1 &&
                         !examples->item(i)->text().endsWith(QLatin1Char('\n')),
                     qPrintable(examples->item(i)->text())); // a name and a description
        }
        QListWidget* recent = w.startPage()->recentList();
        QCOMPARE(recent->count(), 1);
        QVERIFY(recent->item(0)->text().contains(QStringLiteral("mine.netsmith")));
        QVERIFY(!recent->item(0)->icon().isNull());
        // An example opens as a new project from that preset.
        const int lenet = int(netsmith::ProjectFile::presetNames().indexOf(QStringLiteral("lenet5")));
        Q_EMIT examples->itemActivated(examples->item(lenet));
        QCOMPARE(w.document()->project().name, QStringLiteral("lenet5"));
        QCOMPARE(w.pageTabs()->currentWidget(), w.designer());
    }

    void continueReopensTheProjectAndTheRun()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("mine.netsmith"));
        const QString run = dir.filePath(QStringLiteral("20261202-101010-shapes"));
        fixtures::makeTrainedShapesRun(run);
        {
            netsmith::ui::MainWindow w;
            QVERIFY(w.saveTo(file));
            w.sendRunToDrawPad(run, false);
            w.pageTabs()->setCurrentWidget(w.trainingPage());
            QVERIFY(w.close());
        }
        QCOMPARE(netsmith::ui::LastSession::read().projectPath, QFileInfo(file).absoluteFilePath());
        netsmith::ui::MainWindow again;
        QVERIFY(again.startPage()->continueButton()->isVisibleTo(again.startPage()));
        QVERIFY(again.startPage()->continueButton()->text().contains(QStringLiteral("mine.netsmith")));
        again.startPage()->continueButton()->click();
        QCOMPARE(again.document()->filePath(), QFileInfo(file).absoluteFilePath());
        QVERIFY(again.drawPad()->model());
        QCOMPARE(again.drawPad()->model()->source, QDir::cleanPath(run));
        QCOMPARE(again.pageTabs()->currentWidget(), again.trainingPage()); // the page left in front
    }
};

QTEST_MAIN(TestStartPage)
#include "tst_start_page.moc"
