// The whole window switches language at run time: every visible text that the catalogue
// translates changes when the language goes to Chinese, and comes back when it returns to
// English, on every page and every tab of every page.
//
// How: walk the pages (and the tabs inside them), collect every visible text (labels, buttons,
// group boxes, tabs, menus and their actions, toolbars, dock titles, chart and axis titles,
// legends, table headers, combo items, list and tree items), keyed by the object and the place
// in it. A text "has a translation" when it is a source of translations/netsmith_zh_CN.ts with
// a finished translation different from it, exactly or with its %1… filled in.
#include "Localization.h"
#include "MainWindow.h"
#include "data/DataPage.h"
#include "designer/DesignerPage.h"
#include "designer/NewProjectDialog.h"
#include "designer/RecoveryFile.h"
#include "drawpad/DrawPadPage.h"
#include "graph/LayerRegistry.h"
#include "training/TrainingPage.h"

#include <QAbstractButton>
#include <QAction>
#include <QAbstractItemView>
#include <QAbstractAxis>
#include <QAbstractSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTabBar>
#include <QTabWidget>
#include <QTextDocumentFragment>
#include <QToolBar>
#include <QXmlStreamReader>
#include <QtTest>

using namespace netsmith;
using namespace netsmith::ui;

namespace {

/// What a person reads: no markup, no mnemonic ampersands, no trailing ellipsis.
QString normalised(QString text)
{
    if (text.contains(QLatin1Char('<')))
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    text.replace(QLatin1String("&&"), QString(QChar(0x1)));
    text.remove(QLatin1Char('&'));
    text.replace(QChar(0x1), QLatin1Char('&'));
    text = text.trimmed();
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text.trimmed();
}

/// The English sources of the Chinese catalogue that have a different, finished translation.
class Catalogue
{
public:
    bool load(const QString& tsPath, QString* error)
    {
        QFile file(tsPath);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tsPath + QStringLiteral(": ") + file.errorString();
            return false;
        }
        QXmlStreamReader xml(&file);
        QString source, translation;
        bool finished = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("message")) {
                source.clear();
                translation.clear();
                finished = false;
            } else if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.isStartElement() && xml.name() == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                finished = type.isEmpty();
                translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                if (finished && !translation.isEmpty() && normalised(translation) != normalised(source))
                    add(normalised(source));
            }
        }
        if (xml.hasError()) {
            *error = tsPath + QStringLiteral(": ") + xml.errorString();
            return false;
        }
        return !exact_.isEmpty();
    }

    /// The catalogue source this text was made from, or empty. Layer kind ids ("Input",
    /// "Flatten") are identifiers, the same in every language, even where a display name in
    /// the catalogue is spelled alike.
    QString sourceOf(const QString& text) const
    {
        if (LayerRegistry::instance().find(text))
            return {};
        if (exact_.contains(text))
            return text;
        for (const Template& t : templates_)
            if (t.pattern.match(text).hasMatch())
                return t.source;
        return {};
    }

private:
    struct Template
    {
        QString source;
        QRegularExpression pattern;
    };

    void add(const QString& source)
    {
        static const QRegularExpression placeholder(QStringLiteral("%L?\\d"));
        if (!source.contains(placeholder)) {
            exact_.insert(source);
            return;
        }
        // Only templates with enough words of their own: "%1 (%2)" would match anything.
        QString literal = source;
        literal.remove(placeholder);
        int letters = 0;
        for (const QChar c : literal)
            letters += c.isLetter() ? 1 : 0;
        if (letters < 4)
            return;
        QString regex;
        int at = 0;
        for (auto it = placeholder.globalMatch(source); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            regex += QRegularExpression::escape(source.mid(at, m.capturedStart() - at)) + QStringLiteral("(.*)");
            at = int(m.capturedEnd());
        }
        regex += QRegularExpression::escape(source.mid(at));
        QRegularExpression pattern(QRegularExpression::anchoredPattern(regex),
                                   QRegularExpression::DotMatchesEverythingOption);
        pattern.optimize();
        templates_.push_back({source, pattern});
    }

    QSet<QString> exact_;
    std::vector<Template> templates_;
};

/// One visible text: where it is (stable across languages) and what it says.
struct Shown
{
    QString where; ///< for the failure message
    QString text;
};
using Texts = QMap<QString, Shown>;

class TextCollector
{
public:
    explicit TextCollector(Texts* texts) : texts_(texts) {}

    void widget(QWidget* w)
    {
        if (auto* label = qobject_cast<QLabel*>(w))
            add(w, "text", 0, label->text());
        if (auto* button = qobject_cast<QAbstractButton*>(w))
            add(w, "text", 0, button->text());
        if (auto* box = qobject_cast<QGroupBox*>(w))
            add(w, "title", 0, box->title());
        if (auto* dock = qobject_cast<QDockWidget*>(w))
            add(w, "title", 0, dock->windowTitle());
        if (auto* tabs = qobject_cast<QTabBar*>(w))
            for (int i = 0; i < tabs->count(); ++i)
                add(w, "tab", i, tabs->tabText(i));
        if (auto* combo = qobject_cast<QComboBox*>(w))
            for (int i = 0; i < combo->count(); ++i)
                add(w, "item", i, combo->itemText(i));
        if (auto* chartView = qobject_cast<QChartView*>(w))
            chart(chartView);
        if (auto* view = qobject_cast<QAbstractItemView*>(w); view && !qobject_cast<QHeaderView*>(w))
            items(view); // (a header is a view of its table's model: read once, as headers)
        if (auto* bar = qobject_cast<QMenuBar*>(w))
            for (QAction* a : bar->actions())
                action(a);
    }

    void action(QAction* a)
    {
        if (a->isSeparator() || !a->isVisible())
            return;
        add(a, "text", 0, a->text());
        if (QMenu* menu = a->menu())
            for (QAction* inner : menu->actions())
                action(inner);
    }

private:
    void chart(QChartView* view)
    {
        QChart* c = view->chart();
        add(view, "chart", 0, c->title());
        int i = 0;
        for (QAbstractAxis* axis : c->axes())
            add(view, "axis", i++, axis->titleText());
        i = 0;
        for (QLegendMarker* marker : c->legend()->markers())
            if (marker->isVisible())
                add(view, "legend", i++, marker->label());
    }

    void items(QAbstractItemView* view)
    {
        QAbstractItemModel* model = view->model();
        if (!model)
            return;
        // Headers, and the first rows (the sample grid has 60,000; its captions are data).
        constexpr int kRows = 40, kColumns = 12;
        const int rows = std::min(model->rowCount(), kRows), columns = std::min(model->columnCount(), kColumns);
        for (int c = 0; c < columns; ++c)
            add(view, "hheader", c, model->headerData(c, Qt::Horizontal).toString());
        for (int r = 0; r < rows; ++r) {
            add(view, "vheader", r, model->headerData(r, Qt::Vertical).toString());
            for (int c = 0; c < columns; ++c) {
                const QModelIndex index = model->index(r, c);
                add(view, "cell", r * kColumns + c, index.data().toString());
                // One level of children (the palette's categories hold the layer kinds).
                for (int k = 0; k < std::min(model->rowCount(index), kRows) && c == 0; ++k)
                    add(view, "child", (r * kRows + k), model->index(k, 0, index).data().toString());
            }
        }
    }

    /// Where an object sits: class, name and rank among same-class siblings, up to the window.
    /// Unlike its address, this stays the same when a widget rebuilds its children alike.
    static QString pathOf(const QObject* object)
    {
        QStringList parts;
        for (const QObject* o = object; o; o = o->parent()) {
            int rank = 0;
            if (o->parent())
                for (const QObject* sibling : o->parent()->children()) {
                    if (sibling == o)
                        break;
                    rank += sibling->metaObject() == o->metaObject() ? 1 : 0;
                }
            parts.prepend(QStringLiteral("%1#%2[%3]")
                              .arg(QLatin1String(o->metaObject()->className()), o->objectName())
                              .arg(rank));
        }
        return parts.join(QLatin1Char('/'));
    }

    void add(QObject* owner, const char* role, int index, const QString& text)
    {
        const QString shown = normalised(text);
        if (shown.isEmpty())
            return;
        const QString where = QStringLiteral("%1 %2[%3]").arg(pathOf(owner), QLatin1String(role)).arg(index);
        (*texts_)[where] = {where, shown};
    }

    Texts* texts_;
};

void settle()
{
    // LanguageChange is posted; the pages' texts follow when it is delivered.
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // rebuilt widgets' old ones
        QCoreApplication::processEvents();
    }
}

void collectVisible(QWidget* root, Texts* texts)
{
    TextCollector collector(texts);
    const QList<QWidget*> all = root->findChildren<QWidget*>() << root;
    for (QWidget* w : all)
        if (w->isVisible())
            collector.widget(w);
}

/// Every page, and within it every tab of every tab widget, brought to the front in turn.
Texts walk(MainWindow& window)
{
    Texts texts;
    QTabWidget* pages = window.pageTabs();
    for (int page = 0; page < pages->count(); ++page) {
        pages->setCurrentIndex(page);
        settle();
        collectVisible(&window, &texts);
        for (QTabWidget* tabs : pages->widget(page)->findChildren<QTabWidget*>()) {
            const int was = tabs->currentIndex();
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                settle();
                collectVisible(&window, &texts);
            }
            tabs->setCurrentIndex(was);
        }
    }
    pages->setCurrentIndex(0);
    settle();
    return texts;
}

} // namespace

class TestLanguageSwitch : public QObject
{
    Q_OBJECT
    Catalogue catalogue_;

    /// The texts of `before` that have a translation, as "where: text".
    QStringList translatable(const Texts& texts) const
    {
        QStringList found;
        for (auto it = texts.begin(); it != texts.end(); ++it)
            if (!catalogue_.sourceOf(it->text).isEmpty())
                found << it.key();
        return found;
    }

    /// Waits for the data page's dataset load (started when the page is shown, or again to say
    /// why it failed in the new language), so that its status line stays put while we read.
    static bool dataSettled(MainWindow& w)
    {
        return QTest::qWaitFor([&w] { return !w.dataPage()->isLoading(); }, 60000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("NetsmithTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_language_switch"));
        RecoveryFile::remove();
        QString error;
        QVERIFY2(catalogue_.load(QStringLiteral(NETSMITH_SOURCE_DIR "/translations/netsmith_zh_CN.ts"), &error),
                 qPrintable(error));
        Localization::install(QStringLiteral("en"));
    }

    void cleanupTestCase()
    {
        Localization::install(QStringLiteral("en"));
        RecoveryFile::remove();
    }

    void everyPageSwitchesToChineseAndBack()
    {
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.pageTabs()->setCurrentWidget(w.dataPage());
        settle();
        QVERIFY(dataSettled(w));

        const Texts english = walk(w);
        const QStringList keys = translatable(english);
        QVERIFY2(keys.size() > 150, qPrintable(QString::number(keys.size()))); // the walk reaches the pages

        w.setLanguage(QStringLiteral("zh_CN"));
        QCOMPARE(Localization::currentLanguage(), QStringLiteral("zh_CN"));
        settle();
        QVERIFY(dataSettled(w));
        const Texts chinese = walk(w);
        QStringList stillEnglish;
        for (const QString& key : keys)
            if (chinese.contains(key) && chinese[key].text == english[key].text)
                stillEnglish << english[key].where + QStringLiteral(": ") + english[key].text;
        // Also what appeared only now (rebuilt rows, new items) must not be English.
        for (auto it = chinese.begin(); it != chinese.end(); ++it)
            if (!english.contains(it.key()) && !catalogue_.sourceOf(it->text).isEmpty())
                stillEnglish << it->where + QStringLiteral(": ") + it->text;
        QVERIFY2(stillEnglish.isEmpty(), qPrintable(QStringLiteral("still in English after switching to 中文:\n  ") +
                                                    stillEnglish.join(QStringLiteral("\n  "))));

        w.setLanguage(QStringLiteral("en"));
        settle();
        QVERIFY(dataSettled(w));
        const Texts back = walk(w);
        QStringList notBack;
        for (auto it = english.begin(); it != english.end(); ++it)
            if (back.contains(it.key()) && back[it.key()].text != it->text)
                notBack << it->where + QStringLiteral(": ") + back[it.key()].text + QStringLiteral(" (was ") +
                               it->text + QLatin1Char(')');
        QVERIFY2(notBack.isEmpty(), qPrintable(QStringLiteral("not back in English:\n  ") +
                                               notBack.join(QStringLiteral("\n  "))));
    }

    void dialogsSwitchToo()
    {
        NewProjectDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        Texts english;
        collectVisible(&dialog, &english);
        english[QStringLiteral("title")] = {QStringLiteral("window title"), dialog.windowTitle()};
        const QStringList keys = translatable(english);
        QVERIFY2(keys.size() >= 3, qPrintable(QStringList(english.keys()).join(QLatin1Char('\n'))));
        Localization::install(QStringLiteral("zh_CN"));
        settle();
        Texts chinese;
        collectVisible(&dialog, &chinese);
        chinese[QStringLiteral("title")] = {QStringLiteral("window title"), dialog.windowTitle()};
        for (const QString& key : keys)
            QVERIFY2(chinese.value(key).text != english[key].text, qPrintable(english[key].where));
        Localization::install(QStringLiteral("en"));
        settle();
        Texts back;
        collectVisible(&dialog, &back);
        back[QStringLiteral("title")] = {QStringLiteral("window title"), dialog.windowTitle()};
        for (const QString& key : keys)
            QCOMPARE(back.value(key).text, english[key].text);
    }

    void onlyTheActivePageShowsItsToolbarAndDocks()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.pageTabs()->setCurrentWidget(w.designer()); // the window opens on the start page
        settle();
        QToolBar* designerBar = w.designer()->toolBar();
        QAction* del = w.designer()->commands().deleteSelection;
        QVERIFY(designerBar->isVisible());
        QVERIFY(del->isVisible());
        for (QWidget* page : {static_cast<QWidget*>(w.dataPage()), static_cast<QWidget*>(w.trainingPage()),
                              static_cast<QWidget*>(w.drawPad())}) {
            w.pageTabs()->setCurrentWidget(page);
            settle();
            QVERIFY(!designerBar->isVisible());
            QVERIFY(!del->isVisible()); // no Delete shortcut on other pages
            QVERIFY(!w.designer()->paletteDock()->isVisible());
            QVERIFY(w.mainToolBar()->isVisible());
        }
        // A dock the user closed on the designer stays closed when the designer comes back.
        w.pageTabs()->setCurrentWidget(w.designer());
        settle();
        QVERIFY(designerBar->isVisible());
        w.designer()->summaryDock()->close();
        w.pageTabs()->setCurrentWidget(w.drawPad());
        w.pageTabs()->setCurrentWidget(w.designer());
        settle();
        QVERIFY(w.designer()->paletteDock()->isVisible());
        QVERIFY(!w.designer()->summaryDock()->isVisible());
    }
};

QTEST_MAIN(TestLanguageSwitch)
#include "tst_language_switch.moc"
