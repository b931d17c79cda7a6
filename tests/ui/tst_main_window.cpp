// The main window opens and renders something.
#include "MainWindow.h"
#include "ProjectDocument.h"
#include "designer/DesignerPage.h"
#include "designer/DesignerScene.h"
#include "designer/NodeItem.h"
#include "start/StartPage.h"
#include "training/TrainingPage.h"

#include <QDockWidget>
#include <QSettings>
#include <QTabWidget>
#include <QToolBar>
#include <QtTest>

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void opensAndRenders()
    {
        QStandardPaths::setTestModeEnabled(true);
        netsmith::ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.pageTabs()->setCurrentWidget(w.designer());
        // The default project is the seed CNN, drawn on the canvas.
        QCOMPARE(w.document()->project().name, QStringLiteral("seed-cnn"));
        QCOMPARE(w.document()->project().dataset, QStringLiteral("digits"));
        int nodes = 0;
        for (QGraphicsItem* item : w.designer()->scene()->items())
            nodes += item->type() == netsmith::ui::NodeItem::Type ? 1 : 0;
        QCOMPARE(nodes, 12);
        QCOMPARE(w.windowTitle(), QStringLiteral("seed-cnn[*] — Netsmith"));
        const QImage shot = w.grab().toImage();
        QVERIFY(!shot.isNull());
        // Not blank: more than one colour on screen.
        QSet<QRgb> colours;
        for (int y = 0; y < shot.height(); y += 7)
            for (int x = 0; x < shot.width(); x += 7)
                colours.insert(shot.pixel(x, y));
        QVERIFY(colours.size() > 3);
        // The canvas itself shows the model, not an empty background.
        const QImage canvas = w.designer()->grab().toImage();
        QSet<QRgb> canvasColours;
        for (int y = 0; y < canvas.height(); y += 3)
            for (int x = 0; x < canvas.width(); x += 3)
                canvasColours.insert(canvas.pixel(x, y));
        QVERIFY(canvasColours.size() > 10);
    }

    void designerDocksKeepTheirSizeAfterTheStartPage()
    {
        // The window opens on the start page, so the designer's docks first show later: they
        // came squeezed (the palette 134 px wide) while the tabs asked for the draw pad's
        // minimum width on every page.
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QStringLiteral("window"));
        netsmith::ui::MainWindow w;
        w.resize(1440, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.pageTabs()->currentWidget(), static_cast<QWidget*>(w.startPage()));
        w.pageTabs()->setCurrentWidget(w.designer());
        QTRY_VERIFY(w.designer()->paletteDock()->isVisible());
        QTest::qWait(50);
        QCOMPARE(w.width(), 1440); // the window did not grow to make room
        QVERIFY2(w.designer()->paletteDock()->width() >= 200, qPrintable(QString::number(w.designer()->paletteDock()->width())));
        QVERIFY2(w.designer()->propertiesDock()->width() >= 280,
                 qPrintable(QString::number(w.designer()->propertiesDock()->width())));
    }

    void pagesAreTabsAndDesignerDocksFollowTheDesigner()
    {
        QStandardPaths::setTestModeEnabled(true);
        netsmith::ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* tabs = w.findChild<QTabWidget*>();
        QVERIFY(tabs);
        QStringList titles;
        for (int i = 0; i < tabs->count(); ++i)
            titles << tabs->tabText(i);
        QCOMPARE(titles, QStringList({QStringLiteral("Start"), QStringLiteral("Design"), QStringLiteral("Data"),
                                      QStringLiteral("Train"), QStringLiteral("Draw && predict")}));
        auto* palette = w.findChild<QDockWidget*>(QStringLiteral("paletteDock"));
        QVERIFY(palette && !palette->isVisible()); // the window opens on the start page
        tabs->setCurrentWidget(w.designer());
        QVERIFY(palette->isVisible());
        tabs->setCurrentWidget(w.trainingPage());
        QVERIFY(!palette->isVisible());
        tabs->setCurrentWidget(w.designer());
        QVERIFY(palette->isVisible());
    }

    void savedLayoutKeepsEveryPagesPartsAsTheUserLeftThem()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QStringLiteral("window"));
        {
            netsmith::ui::MainWindow w;
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.pageTabs()->setCurrentWidget(w.designer());
            w.designer()->propertiesDock()->close(); // the user closes one dock
            // ... and closes the window on another page, where the designer's parts are hidden.
            w.pageTabs()->setCurrentWidget(w.trainingPage());
            QVERIFY(!w.designer()->paletteDock()->isVisible());
            QVERIFY(w.close());
        }
        netsmith::ui::MainWindow again;
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        again.pageTabs()->setCurrentWidget(again.designer());
        QVERIFY(again.designer()->paletteDock()->isVisible());
        QVERIFY(!again.designer()->propertiesDock()->isVisible());
        QVERIFY(again.designer()->toolBar()->isVisible());
        again.pageTabs()->setCurrentWidget(again.trainingPage());
        QVERIFY(!again.designer()->toolBar()->isVisible());
        QVERIFY(!again.designer()->paletteDock()->isVisible());
        again.pageTabs()->setCurrentWidget(again.designer());
        QVERIFY(again.designer()->paletteDock()->isVisible());
        QVERIFY(!again.designer()->propertiesDock()->isVisible());
        QSettings().remove(QStringLiteral("window"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
