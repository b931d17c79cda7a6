// Augmentation is part of the project: the Data page's panel edits the document's settings
// through undoable commands (edits of one control merge), the Train page shows the same
// settings, the preview's draws are exactly the batches training runs, and in the real window
// a rotation set on the Data page is what the run trains with and keeps in project.netsmith.
#include "TrainingFixture.h"

#include "MainWindow.h"
#include "ProjectDocument.h"
#include "data/AugmentationPanel.h"
#include "data/AugmentationPresets.h"
#include "data/BatchPrefetcher.h"
#include "project/ProjectFile.h"
#include "training/TrainingController.h"
#include "training/TrainingPage.h"
#include "training/TrainingSettingsForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace netsmith;
using namespace netsmith::ui;

namespace {

QDoubleSpinBox* spin(const AugmentationPanel& panel, const char* key)
{
    return qobject_cast<QDoubleSpinBox*>(panel.control(QString::fromLatin1(key)));
}

/// A 28×28 stroke, the kind of sample the panel previews.
torch::Tensor strokeSample()
{
    torch::Tensor s = torch::zeros({1, 28, 28}, torch::kUInt8);
    s.index_put_({0, torch::indexing::Slice(5, 23), torch::indexing::Slice(12, 16)}, 230);
    s.index_put_({0, torch::indexing::Slice(5, 9), torch::indexing::Slice(8, 20)}, 180);
    return s;
}

} // namespace

class TestAugmentationProject : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // declined suggestions go to a test QSettings
        QSettings().remove(QStringLiteral("augmentation/declinedSuggestions"));
    }

    void theDatasetSuggestsItsAugmentationUndoably()
    {
        ProjectDocument doc;
        QString error;
        QVERIFY(doc.load(QStringLiteral("seed-cnn"), &error));
        AugmentationPanel panel;
        panel.setDocument(&doc);
        const AugmentationSettings before = doc.project().training.augmentation;
        QVERIFY(before.isIdentity());
        panel.suggestFor(QStringLiteral("digits"));
        QCOMPARE(panel.suggestion(), QStringLiteral("digits"));
        QVERIFY(!doc.isModified()); // proposed, not applied
        auto* use = panel.findChild<QPushButton*>(QStringLiteral("applySuggestion"));
        QVERIFY(use);
        use->click();
        const AugmentationSettings digits = AugmentationPresets::instance().find(QStringLiteral("digits"))->values;
        QVERIFY(doc.project().training.augmentation == digits);
        QVERIFY(panel.settings() == digits); // the preview shows it
        QVERIFY(panel.suggestion().isEmpty()); // nothing left to propose
        doc.undoStack()->undo();             // one step back
        QVERIFY(doc.project().training.augmentation == before);
        QCOMPARE(panel.suggestion(), QStringLiteral("digits"));
        // Declined: not proposed for digits again, even in a new panel; other datasets still are.
        panel.findChild<QPushButton*>(QStringLiteral("declineSuggestion"))->click();
        QVERIFY(panel.suggestion().isEmpty());
        QVERIFY(doc.project().training.augmentation == before);
        AugmentationPanel other;
        other.setDocument(&doc);
        other.suggestFor(QStringLiteral("digits"));
        QVERIFY(other.suggestion().isEmpty());
        other.suggestFor(QStringLiteral("fashion-mnist"));
        QCOMPARE(other.suggestion(), QStringLiteral("clothing"));
        other.suggestFor(QStringLiteral("/a/folder/of/photos"));
        QVERIFY(other.suggestion().isEmpty());
        QSettings().remove(QStringLiteral("augmentation/declinedSuggestions"));
    }

    void panelEditsTheDocumentUndoably()
    {
        ProjectDocument doc;
        QString error;
        QVERIFY(doc.load(QStringLiteral("seed-cnn"), &error));
        AugmentationPanel panel;
        panel.setDocument(&doc);
        QVERIFY(panel.settings() == doc.project().training.augmentation); // follows the document
        QUndoStack* undo = doc.undoStack();
        const int before = undo->count();

        // Spinning one control is one step; another control is another; back to the first
        // control after that is a third.
        for (double v : {10.0, 11.0, 12.0})
            spin(panel, "rotation_degrees")->setValue(v);
        QCOMPARE(doc.project().training.augmentation.rotationDegrees, 12.0);
        QCOMPARE(undo->count(), before + 1);
        spin(panel, "shear_degrees")->setValue(5);
        spin(panel, "shear_degrees")->setValue(6);
        QCOMPARE(undo->count(), before + 2);
        spin(panel, "rotation_degrees")->setValue(20);
        QCOMPARE(undo->count(), before + 3);
        qobject_cast<QCheckBox*>(panel.control(QStringLiteral("horizontal_flip")))->setChecked(true);
        qobject_cast<QSpinBox*>(panel.control(QStringLiteral("crop_padding")))->setValue(2);
        QCOMPARE(undo->count(), before + 5);
        QVERIFY(doc.project().training.augmentation.horizontalFlip);
        QCOMPARE(doc.project().training.augmentation.cropPadding, 2);
        QVERIFY(doc.isModified());

        undo->undo(); // crop padding
        undo->undo(); // flip
        undo->undo(); // rotation 20
        QCOMPARE(doc.project().training.augmentation.rotationDegrees, 12.0);
        QCOMPARE(spin(panel, "rotation_degrees")->value(), 12.0); // the panel follows undo
        undo->undo(); // shear
        QCOMPARE(doc.project().training.augmentation.shearDegrees, 0.0);
        undo->undo(); // rotation 10..12
        QVERIFY(doc.project().training.augmentation.isIdentity());
        QCOMPARE(spin(panel, "rotation_degrees")->value(), 0.0);

        // A preset is one step and sets every knob.
        QVERIFY(panel.applyPreset(QStringLiteral("digits")));
        QVERIFY(doc.project().training.augmentation ==
                AugmentationPresets::instance().find(QStringLiteral("digits"))->values);
        QCOMPARE(panel.findChild<QComboBox*>(QStringLiteral("preset"))->currentData().toString(), QStringLiteral("digits"));
        QCOMPARE(undo->count(), before + 1);
        QVERIFY(!panel.applyPreset(QStringLiteral("wild")));
    }

    void trainPageShowsTheSameSettings()
    {
        ProjectDocument doc;
        QString error;
        QVERIFY(doc.load(QStringLiteral("seed-cnn"), &error));
        AugmentationPanel panel;
        panel.setDocument(&doc);
        TrainingSettingsForm form;
        // As the window wires them: the form shows the document, its edits go back to it.
        connect(&doc, &ProjectDocument::trainingSettingsChanged, &form,
                [&] { form.setSettings(doc.project().training); });
        connect(&form, &TrainingSettingsForm::settingsEdited, &doc, [&] { doc.setTrainingSettings(form.settings()); });
        form.setSettings(doc.project().training);
        QVERIFY2(form.augmentationText().startsWith(QStringLiteral("None: off")), qPrintable(form.augmentationText()));

        spin(panel, "rotation_degrees")->setValue(12);
        QVERIFY2(form.augmentationText().startsWith(QStringLiteral("Custom: Rotation 12 °")),
                 qPrintable(form.augmentationText()));
        QCOMPARE(form.settings().augmentation.rotationDegrees, 12.0);

        // Choosing a preset on the Train page changes the document, and the Data page follows.
        QComboBox* augmentation = nullptr;
        for (QComboBox* b : form.findChildren<QComboBox*>())
            if (b->findData(QStringLiteral("strong")) >= 0)
                augmentation = b;
        QVERIFY(augmentation);
        const int strong = augmentation->findData(QStringLiteral("strong"));
        augmentation->setCurrentIndex(strong);
        Q_EMIT augmentation->activated(strong);
        const AugmentationSettings strongValues = AugmentationPresets::instance().find(QStringLiteral("strong"))->values;
        QVERIFY(doc.project().training.augmentation == strongValues);
        QVERIFY(panel.settings() == strongValues);
        QVERIFY2(form.augmentationText().startsWith(QStringLiteral("Strong: ")), qPrintable(form.augmentationText()));
        QCOMPARE(spin(panel, "rotation_degrees")->value(), 20.0);
    }

    void fieldsFollowTheChosenOptions()
    {
        TrainingSettingsForm form;
        TrainingSettings s;
        s.optimizer = QStringLiteral("adam");
        s.schedule = QStringLiteral("constant");
        form.setSettings(s);
        QVERIFY(!form.field(QStringLiteral("momentum"))->isEnabled());
        QVERIFY(!form.field(QStringLiteral("nesterov"))->isEnabled());
        QVERIFY(form.field(QStringLiteral("learning_rate"))->isEnabled());
        QVERIFY(!form.field(QStringLiteral("warmup_epochs"))->isEnabled());
        QVERIFY(!form.field(QStringLiteral("gamma"))->isEnabled());
        QVERIFY(form.field(QStringLiteral("threads"))->isEnabled());
        QVERIFY(!form.field(QStringLiteral("mixed_precision"))->isEnabled()); // the CPU has none
        s.optimizer = QStringLiteral("sgd");
        s.schedule = QStringLiteral("plateau");
        form.setSettings(s);
        QVERIFY(form.field(QStringLiteral("momentum"))->isEnabled());
        QVERIFY(form.field(QStringLiteral("nesterov"))->isEnabled());
        QVERIFY(form.field(QStringLiteral("gamma"))->isEnabled());
        QVERIFY(form.field(QStringLiteral("plateau_patience"))->isEnabled());
        QVERIFY(!form.field(QStringLiteral("step_size"))->isEnabled());
        s.optimizer = QStringLiteral("rmsprop");
        form.setSettings(s);
        QVERIFY(form.field(QStringLiteral("momentum"))->isEnabled());
        QVERIFY(!form.field(QStringLiteral("nesterov"))->isEnabled());
        QCOMPARE(form.settings().optimizer, QStringLiteral("rmsprop"));
    }

    void previewDrawsAreTheTrainingBatch()
    {
        // Same settings, same seed, same images: draw i of the preview is sample i of the
        // batch the trainer's prefetcher makes from the document's project.
        ProjectDocument doc;
        QString error;
        QVERIFY(doc.load(QStringLiteral("seed-cnn"), &error));
        AugmentationPanel panel;
        panel.setDocument(&doc);
        const torch::Tensor sample = strokeSample();
        panel.setSample(sample);
        QVERIFY(panel.applyPreset(QStringLiteral("strong")));
        spin(panel, "rotation_degrees")->setValue(33);
        panel.reseed();

        const Project project = doc.project();
        QCOMPARE(project.training.augmentation.rotationDegrees, 33.0);
        Dataset copies;
        copies.images = sample.unsqueeze(0).expand({AugmentationPanel::kDraws, -1, -1, -1}).contiguous();
        copies.labels = torch::zeros({AugmentationPanel::kDraws}, torch::kInt64);
        BatchPrefetcher::Options options;
        options.batchSize = AugmentationPanel::kDraws;
        options.seed = panel.seed();
        // As Trainer::run builds it: the pipeline of the project's augmentation settings.
        BatchPrefetcher prefetcher(copies, torch::arange(AugmentationPanel::kDraws, torch::kInt64),
                                   AugmentationPipeline(project.training.augmentation), options);
        PreparedBatch batch;
        QVERIFY(prefetcher.next(&batch));
        int differing = 0;
        for (int i = 0; i < AugmentationPanel::kDraws; ++i) {
            const QImage shown = panel.previewImage(i);
            QCOMPARE(shown.size(), QSize(28, 28));
            const torch::Tensor trained = batch.images[i][0];
            for (int y = 0; y < 28; ++y)
                for (int x = 0; x < 28; ++x)
                    QCOMPARE(qGray(shown.pixel(x, y)), int(trained[y][x].item<uint8_t>()));
            differing += !torch::equal(trained, sample[0]);
        }
        QCOMPARE(differing, AugmentationPanel::kDraws); // every draw is really augmented
    }

    void theWindowTrainsWhatTheDataPageShows()
    {
        QTemporaryDir runs;
        MainWindow window;
        window.resize(1400, 900);
        auto* doc = window.findChild<ProjectDocument*>();
        auto* panel = window.findChild<AugmentationPanel*>();
        auto* training = window.findChild<TrainingPage*>();
        QVERIFY(doc && panel && training);
        doc->reset(test::tinyProject(/*epochs=*/1));
        training->setRunsRoot(runs.path());
        training->setDataOverride(test::tinyData());

        // A person changes the rotation on the Data page...
        spin(*panel, "rotation_degrees")->setValue(23);
        QCOMPARE(doc->project().training.augmentation.rotationDegrees, 23.0);
        QVERIFY(training->settingsForm()->augmentationText().startsWith(QStringLiteral("Custom")));

        // ...starts training, and the run's project.netsmith holds that rotation.
        QSignalSpy finished(training->controller(), &TrainingController::finished);
        QTest::mouseClick(training->startButton(), Qt::LeftButton);
        QVERIFY(finished.wait(120000));
        const QString runDirectory = finished.first().at(1).toString();
        Project snapshot;
        QString error;
        QVERIFY2(ProjectFile::load(runDirectory + QStringLiteral("/project.netsmith"), &snapshot, &error),
                 qPrintable(error));
        QCOMPARE(snapshot.training.augmentation.rotationDegrees, 23.0);
        QVERIFY(snapshot.training.augmentation == doc->project().training.augmentation);
    }
};

QTEST_MAIN(TestAugmentationProject)
#include "tst_augmentation_project.moc"
