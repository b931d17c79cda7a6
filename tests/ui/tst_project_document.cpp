// ProjectDocument and its undo commands: every edit undoes to the exact previous graph,
// emits its typed signal, and keeps the analysis current.
#include "ProjectDocument.h"
#include "designer/GraphClipboard.h"
#include "designer/DesignerView.h"
#include "designer/LayeredLayout.h"
#include "designer/NodeItem.h"

#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

using namespace netsmith;
using namespace netsmith::ui;

class TestProjectDocument : public QObject
{
    Q_OBJECT
private:
    static int idOf(const ProjectDocument& doc, const char* name)
    {
        const GraphNode* n = doc.graph().nodeByName(QString::fromLatin1(name));
        return n ? n->id : 0;
    }

private Q_SLOTS:
    void everyEditUndoesExactly()
    {
        ProjectDocument doc;
        QString error;
        QVERIFY(doc.load(QStringLiteral("seed-cnn"), &error));
        QVERIFY(doc.filePath().isEmpty()); // a preset is a template, not the user's file
        std::vector<ModelGraph> states{doc.graph()};
        const int conv1 = idOf(doc, "conv1");
        const int relu1 = idOf(doc, "relu1");
        const int pool1 = idOf(doc, "pool1");

        doc.addNode(QStringLiteral("Dropout"), QPointF(300, 0));
        states.push_back(doc.graph());
        doc.deleteNodes({relu1});
        states.push_back(doc.graph());
        QCOMPARE(doc.connectPorts({conv1, 0, pool1, 0}), QString());
        states.push_back(doc.graph());
        doc.setParam(conv1, QStringLiteral("out_channels"), QVariant::fromValue<qlonglong>(8));
        states.push_back(doc.graph());
        QCOMPARE(doc.renameNode(conv1, QStringLiteral("first")), QString());
        states.push_back(doc.graph());
        doc.moveNodes({{conv1, doc.graph().node(conv1)->pos}}, {{conv1, QPointF(50, 60)}});
        states.push_back(doc.graph());
        doc.disconnectEdge({conv1, 0, pool1, 0});
        states.push_back(doc.graph());
        doc.pasteFragment(GraphClipboard::fragment(doc.graph(), {conv1, pool1}), QPointF(40, 40));
        states.push_back(doc.graph());
        doc.autoLayout(FlowDirection::TopToBottom);
        states.push_back(doc.graph());
        doc.autoLayout(FlowDirection::LeftToRight, QSizeF(1200, 700)); // turns the ports too
        QCOMPARE(doc.graph().flow(), FlowDirection::LeftToRight);
        states.push_back(doc.graph());

        QCOMPARE(doc.undoStack()->count(), int(states.size()) - 1);
        for (int i = int(states.size()) - 2; i >= 0; --i) {
            doc.undoStack()->undo();
            QVERIFY2(doc.graph() == states[size_t(i)], qPrintable(QStringLiteral("after undoing step %1").arg(i + 1)));
        }
        for (size_t i = 1; i < states.size(); ++i) {
            doc.undoStack()->redo();
            QVERIFY2(doc.graph() == states[i], qPrintable(QStringLiteral("after redoing step %1").arg(i)));
        }
    }

    void signalsAndAnalysisFollowEdits()
    {
        ProjectDocument doc;
        QString error;
        QVERIFY(doc.load(QStringLiteral("seed-cnn"), &error));
        QSignalSpy added(&doc, &ProjectDocument::nodeAdded);
        QSignalSpy removed(&doc, &ProjectDocument::nodeRemoved);
        QSignalSpy edgesRemoved(&doc, &ProjectDocument::edgeRemoved);
        QSignalSpy analysis(&doc, &ProjectDocument::analysisChanged);
        QSignalSpy modified(&doc, &ProjectDocument::modifiedChanged);
        QCOMPARE(doc.cost().totalParams(), int64_t(121930));

        const int fc2 = idOf(doc, "fc2");
        doc.setParam(fc2, QStringLiteral("out_features"), QVariant::fromValue<qlonglong>(20));
        QCOMPARE(doc.cost().totalParams(), int64_t(121930 + 10 * 65));
        QVERIFY(analysis.count() >= 1);
        QCOMPARE(modified.count(), 1);

        doc.deleteNodes({idOf(doc, "flatten")});
        QCOMPARE(removed.count(), 1);
        QCOMPARE(edgesRemoved.count(), 2);
        QVERIFY(!doc.analysis().valid());

        const int id = doc.appendNode(QStringLiteral("Flatten"), idOf(doc, "pool2"));
        QCOMPARE(added.count(), 1);
        QCOMPARE(doc.connectPorts({id, 0, idOf(doc, "fc1"), 0}), QString());
        QVERIFY(doc.analysis().valid());
        QCOMPARE(doc.cost().totalParams(), int64_t(121930 + 10 * 65));
    }

    void typingInOneFieldIsOneStep()
    {
        ProjectDocument doc;
        QString error;
        QVERIFY(doc.load(QStringLiteral("seed-cnn"), &error));
        const int conv1 = idOf(doc, "conv1");
        for (int v : {1, 12, 128})
            doc.setParam(conv1, QStringLiteral("out_channels"), QVariant::fromValue<qlonglong>(v), 7);
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.setParam(conv1, QStringLiteral("kernel_size"), QVariant::fromValue<qlonglong>(5), 7);
        doc.setParam(conv1, QStringLiteral("out_channels"), QVariant::fromValue<qlonglong>(16), 8);
        QCOMPARE(doc.undoStack()->count(), 3);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(doc.graph().node(conv1)->params.value(QStringLiteral("out_channels")).toInt(), 32);
    }

    void refusedEditsChangeNothing()
    {
        ProjectDocument doc;
        QString error;
        QVERIFY(doc.load(QStringLiteral("seed-cnn"), &error));
        const ModelGraph before = doc.graph();
        QVERIFY(!doc.connectPorts({idOf(doc, "fc2"), 0, idOf(doc, "conv1"), 0}).isEmpty());
        QVERIFY(!doc.renameNode(idOf(doc, "fc2"), QStringLiteral("fc1")).isEmpty());
        QVERIFY(!doc.renameNode(idOf(doc, "fc2"), QStringLiteral("has space")).isEmpty());
        QVERIFY(!doc.load(QStringLiteral("/nonexistent/model.netsmith"), &error));
        QVERIFY(error.contains(QStringLiteral("model.netsmith")));
        QCOMPARE(doc.graph(), before);
        QCOMPARE(doc.undoStack()->count(), 0);
    }

    void projectNameAndDatasetAreUndoable()
    {
        ProjectDocument doc;
        QString error;
        QVERIFY(doc.load(QStringLiteral("seed-cnn"), &error));
        QSignalSpy renamed(&doc, &ProjectDocument::projectNameChanged);
        QSignalSpy dataChanged(&doc, &ProjectDocument::datasetChanged);
        doc.setProjectName(QStringLiteral("my-cnn"));
        doc.setDataset(QStringLiteral("fashion-mnist"));
        QCOMPARE(doc.project().name, QStringLiteral("my-cnn"));
        QCOMPARE(doc.project().dataset, QStringLiteral("fashion-mnist"));
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Use dataset fashion-mnist"));
        doc.undoStack()->undo();
        QCOMPARE(doc.project().dataset, QStringLiteral("digits"));
        doc.undoStack()->undo();
        QCOMPARE(doc.project().name, QStringLiteral("seed-cnn"));
        doc.undoStack()->redo();
        doc.undoStack()->redo();
        QCOMPARE(doc.project().name, QStringLiteral("my-cnn"));
        QCOMPARE(doc.project().dataset, QStringLiteral("fashion-mnist"));
        QCOMPARE(renamed.count(), 3);
        QCOMPARE(dataChanged.count(), 3);
    }

    void layeredLayoutFlowsDownwards()
    {
        Project p;
        QString error;
        QVERIFY(ProjectDocument().load(QStringLiteral("resnet-mini"), &error));
        ProjectDocument doc;
        QVERIFY(doc.load(QStringLiteral("resnet-mini"), &error));
        const auto pos = LayeredLayout::arrange(doc.graph());
        QCOMPARE(pos.size(), doc.graph().nodes().size());
        for (const GraphEdge& e : doc.graph().edges())
            QVERIFY(pos.at(e.toNode).y() > pos.at(e.fromNode).y());
        // No two nodes share a place.
        std::set<std::pair<double, double>> places;
        for (const auto& [id, p] : pos)
            places.insert({p.x(), p.y()});
        QCOMPARE(places.size(), pos.size());
    }

    void leftToRightWrapsALongChainToFitTheView()
    {
        ProjectDocument doc;
        QString error;
        QVERIFY(doc.load(QStringLiteral("seed-cnn"), &error));
        const ModelGraph& g = doc.graph();
        const int count = int(g.nodes().size());
        QCOMPARE(count, 12); // one chain of 12 layers
        // Unwrapped, the chain is one row; in a wide view it wraps into bands that read in
        // order: each edge goes right within a band, or down to the start of the next.
        const auto row = LayeredLayout::arrange(g, FlowDirection::LeftToRight);
        for (const GraphEdge& e : g.edges())
            QCOMPARE(row.at(e.toNode).y(), row.at(e.fromNode).y());
        const QSizeF view(1100, 650);
        const auto pos = LayeredLayout::arrange(g, FlowDirection::LeftToRight, view);
        std::set<double> bands;
        for (const GraphEdge& e : g.edges()) {
            const QPointF a = pos.at(e.fromNode), b = pos.at(e.toNode);
            QVERIFY(b.x() > a.x() || b.y() > a.y());
            bands.insert(a.y());
        }
        QVERIFY2(bands.size() > 1, "a 12-layer chain wraps in a 1100x650 view");
        // It fits the view at no less than the readable zoom; the single row would not.
        const auto zoomToFit = [&](const std::map<int, QPointF>& p) {
            QRectF box;
            for (const auto& [id, c] : p)
                box |= QRectF(c - QPointF(NodeItem::kWidth / 2 + 40, NodeItem::kHeight / 2 + 40),
                              QSizeF(NodeItem::kWidth + 80, NodeItem::kHeight + 80));
            return std::min(view.width() / box.width(), view.height() / box.height());
        };
        QVERIFY(zoomToFit(row) < DesignerView::kMinReadableZoom);
        QVERIFY2(zoomToFit(pos) >= DesignerView::kMinReadableZoom, qPrintable(QString::number(zoomToFit(pos))));
    }
};

QTEST_MAIN(TestProjectDocument)
#include "tst_project_document.moc"
