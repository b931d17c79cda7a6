// The window on other screens (issue 17, point 6): at device pixel ratio 2 every page draws
// at twice the pixels and is not blank, and the Train page's settings panel is as wide as its
// form (no clipped "Cosine with warm-u"); under View > Theme > Dark every page is dark,
// charts included, and View > Theme > System brings the desktop's look back.
// With NETSMITH_SCREENSHOT_DIR set, the pictures are kept there (docs/screenshots comes from it).
#include "MainWindow.h"
#include "Theme.h"
#include "training/LiveChartView.h"
#include "training/TrainingCharts.h"
#include "training/TrainingPage.h"
#include "training/TrainingSettingsForm.h"

#include <QChart>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QTabWidget>
#include <QtTest>

using namespace netsmith::ui;

namespace {

/// Distinct colours on a coarse grid of the picture: a blank or one-colour page has a handful.
int distinctColours(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

double meanLightness(const QImage& image)
{
    double sum = 0;
    int count = 0;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4, ++count)
            sum += QColor(image.pixel(x, y)).lightness();
    return count ? sum / count : 0;
}

QImage grabPage(MainWindow* window, int tab, const QString& name)
{
    window->pageTabs()->setCurrentIndex(tab);
    QTest::qWait(150); // pages load and lay out when shown
    const QImage image = window->grab().toImage();
    const QString dir = qEnvironmentVariable("NETSMITH_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        image.save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    return image;
}

} // namespace

class TestScreenshots : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        window_ = new MainWindow;
        window_->resize(1280, 800);
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_));
    }
    void cleanupTestCase() { delete window_; }

    void everyPageDrawsAtPixelRatioTwo()
    {
        QCOMPARE(window_->devicePixelRatioF(), 2.0);
        for (int tab = 0; tab < window_->pageTabs()->count(); ++tab) {
            const QImage image = grabPage(window_, tab, QStringLiteral("page-%1-dpr2").arg(tab));
            QCOMPARE(image.size(), window_->size() * 2);
            QVERIFY2(distinctColours(image) > 40, qPrintable(window_->pageTabs()->tabText(tab)));
            lightness_ << meanLightness(image);
        }
    }

    void trainSettingsPanelFitsItsForm()
    {
        TrainingPage* page = window_->trainingPage();
        window_->pageTabs()->setCurrentWidget(page);
        QTest::qWait(50);
        TrainingSettingsForm* form = page->settingsForm();
        auto* scroll = qobject_cast<QScrollArea*>(form->parentWidget()->parentWidget());
        QVERIFY(scroll);
        QVERIFY(!scroll->horizontalScrollBar()->isVisible());
        QVERIFY2(form->width() >= form->sizeHint().width(),
                 qPrintable(QStringLiteral("%1 < %2").arg(form->width()).arg(form->sizeHint().width())));
    }

    void darkThemeDarkensEveryPageAndSystemRestores()
    {
        const QPalette desktop = QApplication::palette();
        window_->windowActions().themeDark->trigger();
        QCOMPARE(Theme::current(), Theme::Kind::Dark);
        QVERIFY(Theme::isDark(QApplication::palette()));
        QCOMPARE(QSettings().value(QStringLiteral("window/theme")).toString(), QStringLiteral("dark"));
        for (int tab = 0; tab < window_->pageTabs()->count(); ++tab) {
            const QImage image = grabPage(window_, tab, QStringLiteral("page-%1-dark").arg(tab));
            const double lightness = meanLightness(image);
            // Much darker than in the desktop's light palette (the draw pad keeps its white
            // paper, so not black).
            QVERIFY2(lightness < 0.6 * lightness_.value(tab), qPrintable(QStringLiteral("%1: mean lightness %2, was %3")
                                                                             .arg(window_->pageTabs()->tabText(tab))
                                                                             .arg(lightness)
                                                                             .arg(lightness_.value(tab))));
        }
        // Charts follow the palette instead of staying white.
        LiveChartView* loss = window_->trainingPage()->charts()->lossChart();
        QVERIFY(loss);
        QCOMPARE(loss->chart()->backgroundBrush().color(), QApplication::palette().color(QPalette::Base));

        window_->windowActions().themeSystem->trigger();
        QCOMPARE(QApplication::palette().color(QPalette::Window), desktop.color(QPalette::Window));
        QVERIFY(!Theme::isDark(QApplication::palette()));
    }

private:
    MainWindow* window_ = nullptr;
    QList<double> lightness_; // each page's mean lightness in the desktop's palette
};

int main(int argc, char** argv)
{
    // Before the application exists: the whole window at twice the pixels, as on a HiDPI screen.
    qputenv("QT_SCALE_FACTOR", "2");
    QApplication app(argc, argv);
    TestScreenshots test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_screenshots.moc"
