// The dataset browser and augmentation preview, offscreen with real data (Fashion-MNIST from
// Debian's package): loading off the GUI thread, the grid through all 60,000 samples, the
// class histogram, sample detail, and a preview that follows the controls and the reseed
// button. With NETSMITH_SCREENSHOT_DIR set it saves the page as PNGs to look at.
#include "data/AugmentationPanel.h"
#include "data/BatchPrefetcher.h"
#include "data/ClassHistogramView.h"
#include "data/DataPage.h"
#include "data/DatasetCatalog.h"
#include "data/SampleGridModel.h"

#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace netsmith;
using namespace netsmith::ui;

namespace {

bool samePreview(const AugmentationPanel* a, const std::vector<QImage>& images)
{
    for (int i = 0; i < AugmentationPanel::kDraws; ++i)
        if (a->previewImage(i) != images[size_t(i)])
            return false;
    return true;
}

std::vector<QImage> preview(const AugmentationPanel* a)
{
    std::vector<QImage> v;
    for (int i = 0; i < AugmentationPanel::kDraws; ++i)
        v.push_back(a->previewImage(i));
    return v;
}

void screenshot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("NETSMITH_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace

class TestDataPage : public QObject
{
    Q_OBJECT
    QTemporaryDir dataDir_;
    std::unique_ptr<DataPage> page_;

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("NETSMITH_SCREENSHOT_DIR"))
            qputenv("NETSMITH_DATA_DIR", dataDir_.path().toUtf8());
        if (!QFileInfo::exists(DatasetCatalog::fashionMnistSource()))
            QSKIP("dataset-fashion-mnist is not installed");
        QStandardPaths::setTestModeEnabled(true); // the suggestions declined live in a test QSettings
        QSettings().remove(QStringLiteral("augmentation/declinedSuggestions"));
        page_ = std::make_unique<DataPage>();
        page_->resize(1500, 900);
        page_->show();
        QVERIFY(QTest::qWaitForWindowExposed(page_.get()));
    }

    void loadsOffTheGuiThread()
    {
        QSignalSpy loaded(page_.get(), &DataPage::datasetLoaded);
        QVERIFY(page_->loadDataset(QStringLiteral("fashion-mnist")));
        QVERIFY(page_->isLoading());
        QVERIFY(!page_->loadDataset(QStringLiteral("digits"))); // one load at a time
        QVERIFY(loaded.wait(60000));
        QVERIFY(!page_->isLoading());
        QCOMPARE(page_->gridModel()->rowCount(), 60000);
        QCOMPARE(page_->selectedSample(), 0);
        // The augmentation the dataset suggests is proposed on the page itself, in sight while
        // the sample tab is shown.
        QCOMPARE(page_->augmentationPanel()->suggestion(), QStringLiteral("clothing"));
        const auto* bar = page_->findChild<QWidget*>(QStringLiteral("suggestionBar"));
        QVERIFY(bar && bar->isVisible());
        QVERIFY(!page_->augmentationPanel()->isVisible());
        // Taken, it shows in the preview at once.
        page_->findChild<QPushButton*>(QStringLiteral("applySuggestion"))->click();
        QVERIFY(page_->augmentationPanel()->isVisible());
        QVERIFY(page_->augmentationPanel()->settings().horizontalFlip);
        QVERIFY(!bar->isVisible());
        page_->findChild<QTabWidget*>()->setCurrentIndex(0); // back to the samples for what follows
    }

    void histogramShowsTheClasses()
    {
        const std::vector<int64_t> counts = page_->histogram()->counts();
        QCOMPARE(int(counts.size()), 10);
        for (int64_t c : counts)
            QCOMPARE(c, int64_t(6000));
    }

    void gridScrollsToTheEndAndSelects()
    {
        QListView* grid = page_->gridView();
        grid->verticalScrollBar()->setValue(grid->verticalScrollBar()->maximum());
        QTest::qWait(50);
        const QModelIndex last = grid->indexAt(grid->viewport()->rect().bottomLeft() + QPoint(20, -30));
        QVERIFY(last.isValid());
        QVERIFY2(last.row() > 59000, qPrintable(QString::number(last.row())));
        QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, grid->visualRect(last).center());
        QCOMPARE(page_->selectedSample(), last.row());
        QVERIFY(!page_->detailImage()->pixmap().isNull());
        screenshot(page_.get(), QStringLiteral("data-page-grid"));
    }

    void testPartShowsTenThousand()
    {
        page_->showPart(1);
        QCOMPARE(page_->gridModel()->rowCount(), 10000);
        page_->showPart(0);
        page_->selectSample(7);
    }

    void previewFollowsTheControls()
    {
        AugmentationPanel* panel = page_->augmentationPanel();
        auto* tabs = page_->findChild<QTabWidget*>();
        QVERIFY(tabs);
        tabs->setCurrentWidget(panel); // a person opens the Augmentation tab
        QVERIFY(QTest::qWaitForWindowExposed(page_.get()));
        QVERIFY(panel->isVisible());
        QVERIFY(panel->applyPreset(QStringLiteral("none")));
        const std::vector<QImage> identity = preview(panel);
        QVERIFY(!identity[0].isNull());
        for (const QImage& image : identity)
            QCOMPARE(image, identity[0]); // no augmentation: every draw is the sample itself

        // Raise the rotation control through the widget, as a person would.
        auto* rotation = qobject_cast<QDoubleSpinBox*>(panel->control(QStringLiteral("rotation_degrees")));
        QVERIFY(rotation);
        QSignalSpy updated(panel, &AugmentationPanel::previewUpdated);
        rotation->setValue(30);
        QVERIFY(updated.count() >= 1);
        const std::vector<QImage> rotated = preview(panel);
        QVERIFY(!samePreview(panel, identity));
        QVERIFY(rotated[0] != rotated[1]); // different draws
        QCOMPARE(panel->settings().rotationDegrees, 30.0);

        // Reseed: new draws, same settings.
        QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("reseedButton")), Qt::LeftButton);
        QVERIFY(!samePreview(panel, rotated));
        QCOMPARE(panel->settings().rotationDegrees, 30.0);

        // The preview is the training batch step's own output for this sample and seed.
        const torch::Tensor sample = page_->gridModel()->sample(7);
        const torch::Tensor expected = BatchPrefetcher::augment(
            AugmentationPipeline(panel->settings()), sample.unsqueeze(0).expand({16, -1, -1, -1}).contiguous(),
            panel->seed(), 0);
        QCOMPARE(panel->previewImage(3).pixelColor(10, 10).red(), int(expected[3][0][10][10].item<uint8_t>()));
        screenshot(page_.get(), QStringLiteral("data-page-augmentation-rotation30"));
        QVERIFY(panel->applyPreset(QStringLiteral("strong")));
        screenshot(page_.get(), QStringLiteral("data-page-augmentation-strong"));
        QVERIFY(panel->applyPreset(QStringLiteral("none")));
        screenshot(page_.get(), QStringLiteral("data-page-augmentation-none"));
    }

    void badPathShowsOneLineError()
    {
        QTemporaryDir dir;
        const QString images = dir.filePath(QStringLiteral("train-images-idx3-ubyte"));
        QFile f(images);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\x00\x00\x08\x03\x00\x00\x00\x05", 8));
        f.close();
        QSignalSpy failed(page_.get(), &DataPage::loadFailed);
        QVERIFY(page_->loadDataset(images));
        QVERIFY(failed.wait(10000));
        const QString message = failed.first().first().toString();
        QVERIFY2(message.startsWith(images + QLatin1Char(':')) && !message.contains(QLatin1Char('\n')), qPrintable(message));
        QCOMPARE(page_->gridModel()->rowCount(), 60000); // the loaded data stays
    }

    void cancelStopsAFolderLoadAndKeepsTheData()
    {
        // A folder of images loads image by image, with progress and a Cancel button.
        QTemporaryDir dir;
        QImage image(8, 8, QImage::Format_Grayscale8);
        for (int c = 0; c < 2; ++c) {
            QVERIFY(QDir(dir.path()).mkpath(QString::number(c)));
            for (int i = 0; i < 200; ++i) {
                image.fill(c * 255);
                QVERIFY(image.save(dir.filePath(QStringLiteral("%1/%2.png").arg(c).arg(i))));
            }
        }
        QSignalSpy failed(page_.get(), &DataPage::loadFailed);
        QSignalSpy loaded(page_.get(), &DataPage::datasetLoaded);
        QVERIFY(page_->loadDataset(dir.path()));
        page_->cancelLoading();
        QVERIFY(!page_->isLoading()); // free at once, for another load too
        QTest::qWait(500);             // the worker ends and its result is dropped
        QCOMPARE(failed.count(), 0); // cancelling is not an error
        QCOMPARE(loaded.count(), 0);
        QCOMPARE(page_->gridModel()->rowCount(), 60000);
        QVERIFY(page_->findChild<QLabel*>(QStringLiteral("status"))->text().startsWith(QStringLiteral("fashion-mnist")));
    }
};

QTEST_MAIN(TestDataPage)
#include "tst_data_page.moc"
