#pragma once
// DiagramExporter: the canvas as a picture — PNG (at twice screen resolution) or SVG
// (QSvgGenerator) — without selection highlights.
#include <QString>

class QGraphicsScene;

namespace netsmith::ui {

class DiagramExporter
{
public:
    /// Writes PNG or SVG by the file's suffix; on failure `error` names the file.
    static bool exportTo(QGraphicsScene* scene, const QString& path, QString* error);
};

} // namespace netsmith::ui
