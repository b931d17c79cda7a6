// Icons and help (issue 17, points 1 and 5): every toolbar command, page tab and palette
// category has an icon that draws without a desktop theme; toolbars show icon and text unless
// View > Icons Only; Help > Keyboard Shortcuts lists the keys; F1 explains the selected layer
// and the focused training setting; every training setting has a tooltip.
#include "Icons.h"
#include "MainWindow.h"
#include "ProjectDocument.h"
#include "designer/DesignerPage.h"
#include "designer/DesignerScene.h"
#include "designer/DesignerView.h"
#include "designer/LayerPalette.h"
#include "designer/LayerTree.h"
#include "graph/LayerRegistry.h"
#include "help/HelpPopup.h"
#include "help/ShortcutsDialog.h"
#include "training/TrainingPage.h"
#include "training/TrainingSettingsForm.h"

#include <QAction>
#include <QTabWidget>
#include <QToolBar>
#include <QtTest>

using namespace netsmith;
using namespace netsmith::ui;

namespace {

/// Draws at 16 px, so the bundled fallback resolved (a missing resource gives a null pixmap).
bool draws(const QIcon& icon)
{
    return !icon.isNull() && !icon.pixmap(16).isNull();
}

} // namespace

class TestHelp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QStringLiteral("window"));
        window_ = new MainWindow;
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_));
    }
    void cleanupTestCase() { delete window_; }

    void everyCommandTabAndCategoryHasAnIcon()
    {
        QVERIFY(draws(Icons::application()));
        QVERIFY(draws(window_->windowIcon()));
        const QList<QToolBar*> bars = window_->findChildren<QToolBar*>();
        QVERIFY(bars.contains(window_->mainToolBar()));
        QVERIFY(bars.contains(window_->designer()->toolBar()));
        for (const QToolBar* bar : bars)
            for (const QAction* a : bar->actions())
                if (!a->isSeparator())
                    QVERIFY2(draws(a->icon()), qPrintable(bar->objectName() + QLatin1Char('/') + a->objectName()));
        const MainWindow::Actions& w = window_->windowActions();
        for (const QAction* a : {w.newProject, w.open, w.save, w.saveAs, w.exportDiagram, w.exportModel, w.quit, w.undo,
                                 w.redo, w.focusCanvas, w.about, w.contextHelp, w.shortcuts})
            QVERIFY2(draws(a->icon()), qPrintable(a->objectName()));
        const DesignerPage::Actions& d = window_->designer()->commands();
        for (const QAction* a : {d.cut, d.copy, d.paste, d.duplicate, d.deleteSelection, d.selectAll, d.connectLayers,
                                 d.arrange, d.zoomIn, d.zoomOut, d.fit, d.focusPalette})
            QVERIFY2(draws(a->icon()), qPrintable(a->objectName()));

        QTabWidget* pages = window_->pageTabs();
        QVERIFY(pages->count() >= 5); // start, design, data, train, draw & predict
        for (int i = 0; i < pages->count(); ++i)
            QVERIFY2(draws(pages->tabIcon(i)), qPrintable(pages->tabText(i)));
        QTabWidget* trainTabs = window_->trainingPage()->tabs();
        for (int i = 0; i < trainTabs->count(); ++i)
            QVERIFY2(draws(trainTabs->tabIcon(i)), qPrintable(trainTabs->tabText(i)));

        LayerTree* tree = window_->designer()->palette()->tree();
        QVERIFY(tree->topLevelItemCount() >= 7); // one per LayerCategory
        for (int c = 0; c < tree->topLevelItemCount(); ++c)
            QVERIFY2(draws(tree->topLevelItem(c)->icon(0)), qPrintable(tree->topLevelItem(c)->text(0)));
    }

    void toolbarsShowTextBesideIconsUnlessIconsOnly()
    {
        QAction* iconsOnly = window_->windowActions().iconsOnly;
        QVERIFY(!iconsOnly->isChecked());
        const QList<QToolBar*> bars = window_->findChildren<QToolBar*>();
        for (const QToolBar* bar : bars)
            QCOMPARE(bar->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
        iconsOnly->trigger();
        for (const QToolBar* bar : bars)
            QCOMPARE(bar->toolButtonStyle(), Qt::ToolButtonIconOnly);
        QCOMPARE(QSettings().value(QStringLiteral("window/iconsOnly")).toBool(), true);
        iconsOnly->trigger();
        for (const QToolBar* bar : bars)
            QCOMPARE(bar->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
    }

    void shortcutListShowsTheKeysByMenuAndPage()
    {
        window_->windowActions().shortcuts->trigger();
        auto* dialog = window_->findChild<ShortcutsDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        const QString save = QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText);
        QCOMPARE(save, QStringLiteral("Ctrl+S"));
        QCOMPARE(dialog->shortcutOf(QStringLiteral("File"), QStringLiteral("Save")), save);
        QCOMPARE(dialog->shortcutOf(QStringLiteral("File"), QStringLiteral("Open")), QStringLiteral("Ctrl+O"));
        QCOMPARE(dialog->shortcutOf(QStringLiteral("Help"), QStringLiteral("Help on Selection")), QStringLiteral("F1"));
        QCOMPARE(dialog->shortcutOf(QStringLiteral("Design"), QStringLiteral("Arrange Layers")),
                 QStringLiteral("Ctrl+Shift+L"));
        // Sorted within a group.
        const QTreeWidgetItem* file = dialog->tree()->topLevelItem(0);
        QCOMPARE(file->text(0), QStringLiteral("File"));
        for (int i = 1; i < file->childCount(); ++i)
            QVERIFY(QString::localeAwareCompare(file->child(i - 1)->text(0), file->child(i)->text(0)) <= 0);

        // In Chinese the same keys under the translated names.
        window_->setLanguage(QStringLiteral("zh_CN"));
        QTest::qWait(20);
        QVERIFY(dialog->shortcutOf(QStringLiteral("File"), QStringLiteral("Save")).isEmpty());
        bool found = false;
        for (int g = 0; g < dialog->tree()->topLevelItemCount(); ++g)
            for (int i = 0; i < dialog->tree()->topLevelItem(g)->childCount(); ++i)
                found = found || dialog->tree()->topLevelItem(g)->child(i)->text(1) == save;
        QVERIFY(found);
        window_->setLanguage(QStringLiteral("en"));
        QTest::qWait(20);
        QCOMPARE(dialog->shortcutOf(QStringLiteral("File"), QStringLiteral("Save")), save);
        dialog->close();
    }

    void f1ExplainsTheSelectedLayer()
    {
        window_->pageTabs()->setCurrentWidget(window_->designer());
        int conv = 0;
        for (const GraphNode& node : window_->document()->graph().nodes())
            if (node.kind == QStringLiteral("Conv2d") && !conv)
                conv = node.id;
        QVERIFY(conv);
        window_->designer()->scene()->selectNodes({conv});
        window_->designer()->view()->setFocus();
        window_->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window_));
        QTest::keyClick(window_->designer()->view(), Qt::Key_F1);
        auto* popup = window_->findChild<HelpPopup*>();
        QVERIFY(popup);
        QVERIFY(popup->isVisible());
        const LayerKind* kind = LayerRegistry::instance().find(QStringLiteral("Conv2d"));
        QCOMPARE(popup->title(), kind->translatedName());
        QVERIFY2(popup->text().contains(kind->translatedHelp().toHtmlEscaped()), qPrintable(popup->text()));
        // Open while the language switches, it says the same help in the new language.
        const QString english = popup->title();
        window_->setLanguage(QStringLiteral("zh_CN"));
        QTRY_COMPARE(popup->title(), kind->translatedName());
        QVERIFY(popup->title() != english);
        window_->setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(popup->title(), english);
        popup->close();
        window_->activateWindow(); // the popup had the focus
        QVERIFY(QTest::qWaitForWindowActive(window_));
    }

    void f1AndTooltipsExplainTrainingSettings()
    {
        window_->pageTabs()->setCurrentWidget(window_->trainingPage());
        TrainingSettingsForm* form = window_->trainingPage()->settingsForm();
        QWidget* rate = form->field(QStringLiteral("learning_rate"));
        QVERIFY(rate);
        rate->setFocus();
        QTRY_VERIFY(rate->hasFocus() || rate->isAncestorOf(QApplication::focusWidget()));
        window_->windowActions().contextHelp->trigger();
        auto* popup = window_->findChild<HelpPopup*>();
        QVERIFY(popup && popup->isVisible());
        QCOMPARE(popup->title(), QStringLiteral("Learning rate"));
        QVERIFY2(popup->text().contains(QStringLiteral("1e-3")), qPrintable(popup->text()));
        // Each field says what it does; a choice adds its option's help from the registry.
        int withTips = 0;
        for (QWidget* editor : form->editors())
            if (editor->objectName() != QStringLiteral("augmentationSummary")) {
                QVERIFY2(!editor->toolTip().isEmpty(), editor->metaObject()->className());
                ++withTips;
            }
        QVERIFY(withTips >= 19);
        QString title, text;
        QWidget* optimizer = form->editors().constFirst();
        QVERIFY(form->helpFor(optimizer, &title, &text));
        QVERIFY(text.contains(QStringLiteral("Adam")));
        popup->close();
    }

private:
    MainWindow* window_ = nullptr;
};

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
