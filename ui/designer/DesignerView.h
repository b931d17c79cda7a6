#pragma once
// DesignerView: the canvas viewport — wheel zoom around the cursor, pan with the middle
// button (or Space + drag), rubber-band selection, fit to contents, and drops from the
// layer palette.
#include <QGraphicsView>

namespace netsmith::ui {

class DesignerScene;

class DesignerView : public QGraphicsView
{
    Q_OBJECT
public:
    /// MIME type of a layer dragged from the palette: the kind id as UTF-8.
    static QString layerMimeType();

    /// Fit to Window goes no smaller: below it a card's text is too small to read.
    static constexpr double kMinReadableZoom = 0.6;

    explicit DesignerView(DesignerScene* scene, QWidget* parent = nullptr);

    double zoom() const;
    void zoomBy(double factor);
    /// Fits now, or as soon as the view has its real size (a hidden view has none).
    void fitToContents();

Q_SIGNALS:
    /// A layer kind was dropped at a scene position.
    void layerDropped(const QString& kind, const QPointF& scenePos);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void drawBackground(QPainter* painter, const QRectF& rect) override;
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    bool fitPending_ = false;
    bool panning_ = false;
    bool spaceHeld_ = false;
    QPoint panLast_;
};

} // namespace netsmith::ui
