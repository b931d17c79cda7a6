// The Deploy step in the workbench: the export dialog exports each format from a freshly
// trained model on a worker thread, checks a TorchScript export in-process and shows the
// largest difference, says why a bad path fails, and speaks the current language; the
// window reaches it from the File menu, the run history and the draw pad.
#include "../engine/TrainedRunFixture.h"

#include "Localization.h"
#include "MainWindow.h"
#include "deploy/ExportDialog.h"
#include "drawpad/DrawPadPage.h"
#include "infer/TrainedModel.h"

#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace netsmith;
using netsmith::ui::ExportDialog;

class TestExportDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir dir_;
    QString runDir_;
    TrainedModel model_;

    bool exportWith(ExportDialog& dialog)
    {
        QSignalSpy done(&dialog, &ExportDialog::exportFinished);
        dialog.startExport();
        if (!done.wait(120000))
            return false;
        return done.first().first().toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        torch::set_num_threads(1);
        runDir_ = dir_.filePath(QStringLiteral("run"));
        fixtures::makeTrainedShapesRun(runDir_);
        QString error;
        QVERIFY2(TrainedModel::loadRun(runDir_, &model_, &error), qPrintable(error));
    }

    void torchScriptIsExportedAndChecked()
    {
        ExportDialog dialog(model_, dir_.path());
        QCOMPARE(dialog.format(), ExportFormat::TorchScript);
        QCOMPARE(dialog.path(), dir_.filePath(QStringLiteral("shapes-cnn.pt"))); // named after the project
        QVERIFY(exportWith(dialog));
        QVERIFY(QFileInfo(dialog.path()).size() > 1000);
        // The check runs on the project's dataset (the fixture keeps the seed CNN's digits).
        QVERIFY2(dialog.resultText().contains(QStringLiteral("torch::jit::load")), qPrintable(dialog.resultText()));
        QVERIFY2(dialog.resultText().contains(QStringLiteral("largest difference from this model")),
                 qPrintable(dialog.resultText()));
        QVERIFY(dialog.snippet().contains(QStringLiteral("torch.jit.load(\"")));
        QVERIFY(dialog.snippet().contains(QStringLiteral("torch::jit::load")));
    }

    void theDefaultPathFollowsTheFormat()
    {
        ExportDialog dialog(model_, dir_.path());
        dialog.setFormat(ExportFormat::Onnx);
        QCOMPARE(dialog.path(), dir_.filePath(QStringLiteral("shapes-cnn.onnx")));
        QVERIFY(dialog.snippet().contains(QStringLiteral("onnxruntime")));
        QVERIFY(exportWith(dialog));
        QVERIFY(dialog.resultText().contains(QStringLiteral("ONNX Runtime")));
        dialog.setFormat(ExportFormat::PyTorch);
        QCOMPARE(dialog.path(), dir_.filePath(QStringLiteral("shapes-cnn-pytorch")));
        QVERIFY(exportWith(dialog));
        QVERIFY(QFile::exists(dir_.filePath(QStringLiteral("shapes-cnn-pytorch/model.py"))));
        // A path the user typed stays when the format changes.
        dialog.setPath(dir_.filePath(QStringLiteral("mine.onnx")));
        dialog.setFormat(ExportFormat::TorchScript);
        QCOMPARE(dialog.path(), dir_.filePath(QStringLiteral("mine.onnx")));
    }

    void cancelStopsTheExportOrSkipsItsCheck()
    {
        ExportDialog dialog(model_, dir_.path());
        const QString path = dir_.filePath(QStringLiteral("cancelled.pt"));
        dialog.setPath(path);
        QSignalSpy done(&dialog, &ExportDialog::exportFinished);
        dialog.startExport();
        dialog.cancelExport(); // before the worker writes, or between writing and checking
        QVERIFY(done.wait(120000));
        QVERIFY(!dialog.isExporting());
        const QString said = dialog.resultText();
        if (QFile::exists(path)) // written whole, then the check was skipped
            QVERIFY2(said.contains(QStringLiteral("Not checked: cancelled")), qPrintable(said));
        else
            QVERIFY2(said.contains(QStringLiteral("cancelled before anything was written")), qPrintable(said));
        QVERIFY(!said.contains(QStringLiteral("largest difference")));
    }

    void aBadPathSaysWhy()
    {
        ExportDialog dialog(model_, dir_.path());
        dialog.setPath(QStringLiteral("/proc/no-such-folder/m.pt"));
        QVERIFY(!exportWith(dialog));
        QVERIFY2(dialog.resultText().startsWith(QStringLiteral("Export failed")), qPrintable(dialog.resultText()));
        QVERIFY(dialog.resultText().contains(QStringLiteral("m.pt")));
    }

    void itSpeaksChinese()
    {
        ExportDialog dialog(model_, dir_.path());
        QVERIFY(exportWith(dialog));
        const QString english = dialog.resultText();
        QVERIFY(Localization::install(QStringLiteral("zh_CN")));
        QCoreApplication::processEvents();
        QVERIFY(dialog.windowTitle() != QStringLiteral("Export Model"));
        QVERIFY(dialog.resultText() != english); // the outcome is said again in the new language
        QVERIFY(Localization::install(QStringLiteral("en")));
    }

    void theWindowReachesIt()
    {
        ui::MainWindow window;
        const ui::MainWindow::Actions& a = window.windowActions();
        QVERIFY(a.exportModel);
        QCOMPARE(a.exportModel->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
        bool inFileMenu = false;
        for (QAction* menu : window.menuBar()->actions())
            if (menu->menu() && menu->menu()->actions().contains(a.exportModel))
                inFileMenu = true;
        QVERIFY(inFileMenu);
        // The draw pad's button opens it once there is a model.
        QVERIFY(window.drawPad()->loadRun(runDir_));
        QPushButton* button = nullptr;
        for (QPushButton* b : window.drawPad()->findChildren<QPushButton*>())
            if (b->text() == QStringLiteral("Export model…"))
                button = b;
        QVERIFY(button && button->isEnabled());
        QTimer::singleShot(0, [&] {
            auto* dialog = window.findChild<ExportDialog*>();
            QVERIFY(dialog);
            dialog->reject();
        });
        button->click();
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_export_dialog.moc"
