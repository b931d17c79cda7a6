// The model designer driven like a person would: palette double-clicks, drops on the canvas,
// port-to-port drags, typing into the property editor, menu shortcuts. Offscreen, real widgets.
#include "MainWindow.h"
#include "ProjectDocument.h"
#include "designer/DesignerPage.h"
#include "designer/DesignerScene.h"
#include "designer/DesignerView.h"
#include "designer/EdgeItem.h"
#include "designer/LayerPalette.h"
#include "designer/LayerTree.h"
#include "designer/NodeItem.h"
#include "designer/ProblemsPanel.h"
#include "designer/PropertyEditor.h"
#include "designer/RecoveryFile.h"
#include "project/ProjectFile.h"

#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace netsmith;
using namespace netsmith::ui;

namespace {

/// A graph with ids, names and positions stripped: kinds and parameters in topological order,
/// edges between positions in that order. Two graphs that build the same network compare equal.
QStringList canonical(const ModelGraph& graph)
{
    const GraphAnalysis analysis = analyzeGraph(graph);
    std::map<int, int> rank;
    QStringList lines;
    for (int id : analysis.order) {
        rank[id] = int(rank.size());
        const GraphNode* n = graph.node(id);
        QStringList params;
        for (auto it = n->params.begin(); it != n->params.end(); ++it)
            params << QStringLiteral("%1=%2").arg(it.key(), it.value().toString());
        lines << QStringLiteral("node %1 %2").arg(n->kind, params.join(QLatin1Char(',')));
    }
    QStringList edges;
    for (const GraphEdge& e : graph.edges())
        edges << QStringLiteral("edge %1:%2->%3:%4").arg(rank[e.fromNode]).arg(e.fromPort).arg(rank[e.toNode]).arg(e.toPort);
    edges.sort();
    return lines + edges;
}

QPoint viewPoint(DesignerView* view, const QPointF& scenePos)
{
    return view->mapFromScene(scenePos);
}

/// Double-clicks a layer in the palette, as a person adding it after the selection.
void doubleClickPaletteEntry(LayerPalette* palette, const QString& kind)
{
    QTreeWidgetItem* item = palette->itemForKind(kind);
    QVERIFY2(item, qPrintable(kind));
    palette->tree()->scrollToItem(item);
    const QPoint at = palette->tree()->visualItemRect(item).center();
    QTest::mouseClick(palette->tree()->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(palette->tree()->viewport(), Qt::LeftButton, {}, at);
}

/// Drags from one port to another with the mouse.
void dragBetweenPorts(DesignerView* view, const QPointF& from, const QPointF& to)
{
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, viewPoint(view, from));
    QTest::mouseMove(view->viewport(), viewPoint(view, (from + to) / 2));
    QTest::mouseMove(view->viewport(), viewPoint(view, to));
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, viewPoint(view, to));
}

/// Selects a node by clicking on its card.
void clickNode(DesignerView* view, NodeItem* item)
{
    view->centerOn(item);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, viewPoint(view, item->pos() + QPointF(-40, 0)));
}

/// Types a value into a spin box of the property editor, as a person would.
void typeInto(QSpinBox* box, const QString& text)
{
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, text);
    QTest::keyClick(box, Qt::Key_Tab);
}

int nodeNamed(const ProjectDocument* doc, const QString& name)
{
    const GraphNode* n = doc->graph().nodeByName(name);
    return n ? n->id : 0;
}

} // namespace

class TestDesigner : public QObject
{
    Q_OBJECT
private:
    /// Builds the seed CNN from a blank project with the palette, the canvas and the property
    /// editor, and returns the final graph.
    void buildSeedCnn(MainWindow& w)
    {
        ProjectDocument* doc = w.document();
        DesignerPage* page = w.designer();
        DesignerView* view = page->view();
        doc->reset(ProjectDocument::blankProject());
        QCOMPARE(int(doc->graph().nodes().size()), 1);
        QTRY_VERIFY(page->palette()->tree()->viewport()->width() > 100); // its dock shows with the page
        clickNode(view, page->scene()->nodeItem(doc->graph().nodes().front().id));
        QCOMPARE(page->scene()->selectedNodeIds().size(), 1);

        // Everything up to the last Linear by double-clicking the palette: each new layer is
        // appended after the selected one and becomes the selection.
        for (const char* kind : {"Conv2d", "ReLU", "MaxPool2d", "Conv2d", "ReLU", "MaxPool2d", "Flatten", "Linear",
                                 "ReLU", "Linear"})
            doubleClickPaletteEntry(page->palette(), QString::fromLatin1(kind));
        QCOMPARE(int(doc->graph().nodes().size()), 11);
        QCOMPARE(int(doc->graph().edges().size()), 10);

        // The softmax is dropped onto the canvas from the palette and wired by dragging from
        // the last Linear's output port to its input port.
        const int lastLinear = page->scene()->selectedNodeIds().value(0);
        NodeItem* linearItem = page->scene()->nodeItem(lastLinear);
        QMimeData* mime = new QMimeData;
        mime->setData(DesignerView::layerMimeType(), QByteArrayLiteral("Softmax"));
        const QPointF dropAt = linearItem->pos() + QPointF(260, 150);
        view->centerOn(dropAt);
        QDropEvent drop(viewPoint(view, dropAt), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QDragEnterEvent enter(viewPoint(view, dropAt), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QApplication::sendEvent(view->viewport(), &drop);
        delete mime;
        QCOMPARE(int(doc->graph().nodes().size()), 12);
        const int softmax = doc->graph().nodes().back().id;
        QCOMPARE(doc->graph().node(softmax)->kind, QStringLiteral("Softmax"));
        view->centerOn((linearItem->pos() + dropAt) / 2);
        dragBetweenPorts(view, linearItem->outputPortPos(), page->scene()->nodeItem(softmax)->inputPortPos());
        QVERIFY2(page->scene()->lastConnectionProblem().isEmpty(), qPrintable(page->scene()->lastConnectionProblem()));
        QCOMPARE(int(doc->graph().edges().size()), 11);

        // Parameters typed into the property editor: 64 filters in the second convolution and
        // 10 outputs in the last Linear.
        std::vector<int> convs;
        for (int id : doc->analysis().order)
            if (doc->graph().node(id)->kind == QLatin1String("Conv2d"))
                convs.push_back(id);
        clickNode(view, page->scene()->nodeItem(convs.at(1)));
        QCOMPARE(page->propertyEditor()->nodeId(), convs.at(1));
        auto* filters = qobject_cast<QSpinBox*>(page->propertyEditor()->field(QStringLiteral("out_channels")));
        QVERIFY(filters);
        const int before = doc->undoStack()->count();
        typeInto(filters, QStringLiteral("64"));
        QCOMPARE(doc->graph().node(convs.at(1))->params.value(QStringLiteral("out_channels")).toInt(), 64);
        QCOMPARE(doc->undoStack()->count(), before + 1); // "6" then "64": one undo step

        clickNode(view, linearItem);
        auto* outputs = qobject_cast<QSpinBox*>(page->propertyEditor()->field(QStringLiteral("out_features")));
        QVERIFY(outputs);
        typeInto(outputs, QStringLiteral("10"));
        QCOMPARE(doc->graph().node(lastLinear)->params.value(QStringLiteral("out_features")).toInt(), 10);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("NetsmithTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_designer"));
        RecoveryFile::remove();
    }

    void cleanup() { RecoveryFile::remove(); }

    void buildsSeedCnnThroughPaletteAndCanvas()
    {
        MainWindow w;
        w.resize(1400, 900); // room for the palette beside the canvas (the offscreen screen is 800x600)
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.pageTabs()->setCurrentWidget(w.designer()); // the window opens on the start page
        buildSeedCnn(w);
        if (QTest::currentTestFailed())
            return;
        Project preset;
        QString error;
        QVERIFY(ProjectFile::load(QStringLiteral("seed-cnn"), &preset, &error));
        QCOMPARE(canonical(w.document()->graph()), canonical(preset.graph));
        QVERIFY(w.document()->analysis().valid());
        QCOMPARE(w.document()->cost().totalParams(), int64_t(121930));
        // The status bar says so.
        bool shown = false;
        for (QLabel* label : w.statusBar()->findChildren<QLabel*>())
            shown = shown || label->text().contains(QStringLiteral("121,930"));
        QVERIFY(shown);
        // Every edge carries its tensor shape.
        for (EdgeItem* edge : w.designer()->scene()->edgeItems())
            QVERIFY2(edge->label() != QLatin1String("?") && !edge->label().isEmpty(), qPrintable(edge->label()));
    }

    void undoEverythingThenRedoEverything()
    {
        MainWindow w;
        w.resize(1400, 900); // room for the palette beside the canvas (the offscreen screen is 800x600)
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.pageTabs()->setCurrentWidget(w.designer()); // the window opens on the start page
        buildSeedCnn(w);
        if (QTest::currentTestFailed())
            return;
        ProjectDocument* doc = w.document();
        const ModelGraph built = doc->graph();
        const ModelGraph blank = ProjectDocument::blankProject().graph;
        QVERIFY(doc->undoStack()->count() >= 13);
        QVERIFY(w.isWindowModified());
        // Undo and redo through the keyboard shortcuts, step by step.
        w.designer()->view()->setFocus();
        for (int guard = 0; doc->undoStack()->canUndo() && guard < 100; ++guard)
            QTest::keyClick(w.designer()->view(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(doc->graph(), blank);
        QCOMPARE(w.designer()->scene()->edgeItems().size(), 0);
        QVERIFY(!w.isWindowModified());
        for (int guard = 0; doc->undoStack()->canRedo() && guard < 100; ++guard)
            QTest::keyClick(w.designer()->view(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QJsonDocument(doc->graph().toJson()).toJson(), QJsonDocument(built.toJson()).toJson());
        QCOMPARE(doc->graph(), built);
        QCOMPARE(w.designer()->scene()->edgeItems().size(), 11);
    }

    void invalidConnectionIsRefusedWithItsReason()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.pageTabs()->setCurrentWidget(w.designer()); // the window opens on the start page
        ProjectDocument* doc = w.document();
        DesignerPage* page = w.designer();
        const ModelGraph before = doc->graph();
        // relu3 -> conv1: conv1 already has its input.
        NodeItem* relu3 = page->scene()->nodeItem(nodeNamed(doc, QStringLiteral("relu3")));
        NodeItem* conv1 = page->scene()->nodeItem(nodeNamed(doc, QStringLiteral("conv1")));
        page->view()->fitToContents();
        const GraphEdge wanted{relu3->nodeId(), 0, conv1->nodeId(), 0};
        const QString expected = doc->graph().connectionProblem(wanted);
        QVERIFY(!expected.isEmpty());
        dragBetweenPorts(page->view(), relu3->outputPortPos(), conv1->inputPortPos());
        QCOMPARE(page->scene()->lastConnectionProblem(), expected);
        QCOMPARE(w.statusBar()->currentMessage(), expected);
        QCOMPARE(doc->graph(), before);
        QCOMPARE(doc->undoStack()->count(), 0);

        // Disconnect conv1's input, then the same drag from relu3 into conv1 would make a cycle.
        doc->disconnectEdge(doc->graph().inputsOf(conv1->nodeId()).front());
        dragBetweenPorts(page->view(), relu3->outputPortPos(), conv1->inputPortPos());
        QVERIFY(page->scene()->lastConnectionProblem().contains(QStringLiteral("cycle")));
    }

    void clipboardAndDeleteShortcuts()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.pageTabs()->setCurrentWidget(w.designer()); // the window opens on the start page
        ProjectDocument* doc = w.document();
        DesignerPage* page = w.designer();
        page->scene()->selectNodes({nodeNamed(doc, QStringLiteral("conv1")), nodeNamed(doc, QStringLiteral("relu1"))});
        page->view()->setFocus();
        QTest::keyClick(page->view(), Qt::Key_C, Qt::ControlModifier);
        QTest::keyClick(page->view(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(int(doc->graph().nodes().size()), 14);
        QCOMPARE(int(doc->graph().edges().size()), 12); // the copied conv1 -> relu1 edge came along
        QVERIFY(doc->graph().nodeByName(QStringLiteral("conv1_1")));
        QCOMPARE(page->scene()->selectedNodeIds().size(), 2);
        QTest::keyClick(page->view(), Qt::Key_Delete);
        QCOMPARE(int(doc->graph().nodes().size()), 12);
        QTest::keyClick(page->view(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(int(doc->graph().nodes().size()), 14);

        // A selected connection alone is deleted as a disconnect.
        const GraphEdge first = doc->graph().edges().front();
        page->scene()->clearSelection();
        page->scene()->edgeItem(first)->setSelected(true);
        QTest::keyClick(page->view(), Qt::Key_Delete);
        QCOMPARE(int(doc->graph().edges().size()), 11);
        QVERIFY(!page->scene()->edgeItem(first));

        // Wheel zoom.
        const double zoom = page->view()->zoom();
        QWheelEvent wheel(QPointF(50, 50), page->view()->viewport()->mapToGlobal(QPointF(50, 50)), QPoint(),
                          QPoint(0, 120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(page->view()->viewport(), &wheel);
        QVERIFY(page->view()->zoom() > zoom);
    }

    void moveIsOneUndoStepPerDrag()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.pageTabs()->setCurrentWidget(w.designer()); // the window opens on the start page
        ProjectDocument* doc = w.document();
        DesignerPage* page = w.designer();
        NodeItem* item = page->scene()->nodeItem(nodeNamed(doc, QStringLiteral("flatten")));
        page->view()->centerOn(item);
        const QPointF start = item->pos();
        const QPoint grab = viewPoint(page->view(), start + QPointF(-50, 0));
        QTest::mousePress(page->view()->viewport(), Qt::LeftButton, {}, grab);
        for (int i = 1; i <= 5; ++i)
            QTest::mouseMove(page->view()->viewport(), grab + QPoint(20 * i, 5 * i));
        QTest::mouseRelease(page->view()->viewport(), Qt::LeftButton, {}, grab + QPoint(100, 25));
        QCOMPARE(doc->undoStack()->count(), 1);
        QVERIFY(doc->graph().node(item->nodeId())->pos != start);
        doc->undoStack()->undo();
        QCOMPARE(doc->graph().node(item->nodeId())->pos, start);
        QCOMPARE(item->pos(), start);
    }

    void invalidNodeShowsInProblemsAndNameIsChecked()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.pageTabs()->setCurrentWidget(w.designer()); // the window opens on the start page
        ProjectDocument* doc = w.document();
        DesignerPage* page = w.designer();
        const int fc1 = nodeNamed(doc, QStringLiteral("fc1"));
        doc->setParam(fc1, QStringLiteral("in_features"), QVariant::fromValue<qlonglong>(100));
        QVERIFY(!doc->analysis().valid());
        QVERIFY(page->scene()->nodeItem(fc1)->hasError());
        QVERIFY(page->scene()->nodeItem(fc1)->toolTip().contains(QStringLiteral("fc1")));
        // Clicking the problem selects the layer it names.
        auto* problems = page->problemsPanel();
        QListWidgetItem* problem = nullptr;
        for (int i = 0; i < problems->count(); ++i)
            if (problems->item(i)->data(ProblemsPanel::NodeRole).toInt() == fc1)
                problem = problems->item(i);
        QVERIFY(problem);
        page->scene()->clearSelection();
        QTest::mouseClick(problems->viewport(), Qt::LeftButton, {}, problems->visualItemRect(problem).center());
        QCOMPARE(page->scene()->selectedNodeIds(), QList<int>{fc1});
        QCOMPARE(page->propertyEditor()->nodeId(), fc1);
        auto* name = qobject_cast<QLineEdit*>(page->propertyEditor()->field(QStringLiteral("name")));
        QVERIFY(name);
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("conv1"));
        QTest::keyClick(name, Qt::Key_Return);
        QVERIFY(!page->propertyEditor()->nameProblem().isEmpty());
        QCOMPARE(doc->graph().node(fc1)->name, QStringLiteral("fc1"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("dense1"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(doc->graph().node(fc1)->name, QStringLiteral("dense1"));
    }

    void saveOpenRoundTripAndDamagedFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("model.netsmith"));
        MainWindow w;
        ProjectDocument* doc = w.document();
        doc->appendNode(QStringLiteral("Dropout"), nodeNamed(doc, QStringLiteral("softmax")));
        QVERIFY(doc->isModified());
        QString error;
        QVERIFY2(w.saveTo(path, &error), qPrintable(error));
        QVERIFY(!doc->isModified());
        QCOMPARE(doc->filePath(), path);

        MainWindow other;
        QVERIFY2(other.openFile(path, &error), qPrintable(error));
        QCOMPARE(other.document()->project(), doc->project());
        QVERIFY(other.windowTitle().startsWith(doc->project().name));

        const QString damaged = dir.filePath(QStringLiteral("damaged.netsmith"));
        QFile f(damaged);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"netsmith-project\", \"graph\": ");
        f.close();
        const Project kept = other.document()->project();
        QVERIFY(!other.openFile(damaged, &error));
        QVERIFY2(error.contains(QStringLiteral("damaged.netsmith")), qPrintable(error));
        QCOMPARE(other.document()->project(), kept);
        QCOMPARE(other.document()->filePath(), path);

        // Dropping a project file onto the window opens it.
        MainWindow third;
        QMimeData files;
        files.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&third, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&third, &drop);
        QTRY_COMPARE(third.document()->filePath(), path);
        QCOMPARE(third.document()->project(), doc->project());

        // Diagram export writes real pictures.
        for (const char* name : {"diagram.png", "diagram.svg"}) {
            const QString out = dir.filePath(QString::fromLatin1(name));
            QVERIFY2(other.designer()->exportDiagram(out, &error), qPrintable(error));
            QVERIFY(QFileInfo(out).size() > 1000);
        }
    }

    void recoveryIsOfferedAfterACrash()
    {
        ModelGraph edited;
        {
            auto* crashed = new MainWindow;
            ProjectDocument* doc = crashed->document();
            doc->appendNode(QStringLiteral("Dropout"), nodeNamed(doc, QStringLiteral("fc1")));
            edited = doc->graph();
            crashed->autosave();
            QVERIFY(RecoveryFile::exists());
            delete crashed; // no closeEvent: as if the process had died
        }
        QVERIFY(RecoveryFile::exists());
        MainWindow w;
        QSignalSpy offered(&w, &MainWindow::recoveryOffered);
        QTimer answer;
        connect(&answer, &QTimer::timeout, [&] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        answer.start(20);
        w.show();
        QTRY_COMPARE(offered.count(), 1);
        QTRY_COMPARE(w.document()->graph(), edited);
        QVERIFY(w.document()->isModified());
        QVERIFY(!RecoveryFile::exists());
    }

    void keyboardOnlyEditing()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.pageTabs()->setCurrentWidget(w.designer()); // the window opens on the start page
        ProjectDocument* doc = w.document();
        doc->reset(ProjectDocument::blankProject());
        QTest::keyClick(&w, Qt::Key_F6); // canvas
        QVERIFY(w.designer()->view()->hasFocus());
        QTest::keyClick(w.designer()->view(), Qt::Key_Down); // selects the input layer
        QCOMPARE(w.designer()->scene()->selectedNodeIds(), QList<int>{doc->graph().nodes().front().id});
        QTest::keyClick(&w, Qt::Key_K, Qt::ControlModifier); // palette search
        QVERIFY(w.designer()->palette()->searchField()->hasFocus());
        QTest::keyClicks(w.designer()->palette()->searchField(), QStringLiteral("conv"));
        QTest::keyClick(w.designer()->palette()->searchField(), Qt::Key_Return);
        QCOMPARE(int(doc->graph().nodes().size()), 2);
        QCOMPARE(doc->graph().nodes().back().kind, QStringLiteral("Conv2d"));
        QCOMPARE(int(doc->graph().edges().size()), 1);
        QTest::keyClick(&w, Qt::Key_F6);
        QTest::keyClick(w.designer()->view(), Qt::Key_Up);
        QCOMPARE(w.designer()->scene()->selectedNodeIds(), QList<int>{doc->graph().nodes().front().id});
        const QPointF before = doc->graph().nodes().front().pos;
        QTest::keyClick(w.designer()->view(), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(doc->graph().nodes().front().pos, before + QPointF(10, 0));
    }

    void languageSwitchRetranslatesMenus()
    {
        MainWindow w;
        w.show();
        NodeItem* conv1 = w.designer()->scene()->nodeItem(nodeNamed(w.document(), QStringLiteral("conv1")));
        const QString englishTip = conv1->toolTip();
        QStringList english;
        for (QAction* a : w.menuBar()->actions())
            english << a->text();
        QVERIFY(english.contains(QStringLiteral("&File")));
        w.setLanguage(QStringLiteral("zh_CN"));
        QStringList chinese;
        for (QAction* a : w.menuBar()->actions())
            chinese << a->text();
        QVERIFY(!chinese.contains(QStringLiteral("&File")));
        QCOMPARE(chinese.size(), english.size());
        for (int i = 0; i < english.size(); ++i)
            QVERIFY2(chinese[i] != english[i], qPrintable(chinese[i]));
        QVERIFY(w.windowActions().save->text() != QStringLiteral("&Save"));
        QTRY_VERIFY(conv1->toolTip() != englishTip); // the canvas speaks the new language too
        w.setLanguage(QStringLiteral("en"));
        QStringList back;
        for (QAction* a : w.menuBar()->actions())
            back << a->text();
        QCOMPARE(back, english);
    }
};

QTEST_MAIN(TestDesigner)
#include "tst_designer.moc"
