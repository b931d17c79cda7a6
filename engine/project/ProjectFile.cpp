#include "project/ProjectFile.h"

#include "project/AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace netsmith {

QStringList ProjectFile::presetNames()
{
    QStringList names;
    for (const QString& file : QDir(QStringLiteral(":/presets")).entryList({QStringLiteral("*.netsmith")}))
        names << QFileInfo(file).completeBaseName();
    return names;
}

QString ProjectFile::presetDescription(const QString& name)
{
    // Beside the preset list, so a new preset without a line here shows up in review.
    static const struct
    {
        const char* name;
        const char* text;
    } lines[] = {
        {"seed-cnn", QT_TRANSLATE_NOOP("ProjectFile", "Two convolutions with pooling, then two dense layers: the "
                                                      "default, a good first model for digits.")},
        {"lenet5", QT_TRANSLATE_NOOP("ProjectFile", "LeCun's 1998 digit reader: the network that started it.")},
        {"mlp", QT_TRANSLATE_NOOP("ProjectFile", "Fully connected layers only: compare what convolutions buy.")},
        {"vgg-mini", QT_TRANSLATE_NOOP("ProjectFile", "Stacks of 3×3 convolutions with batch norm and dropout, VGG style.")},
        {"resnet-mini", QT_TRANSLATE_NOOP("ProjectFile", "Residual blocks with skip connections (Add), as in ResNet.")},
        {"inception-mini", QT_TRANSLATE_NOOP("ProjectFile", "Parallel branches joined by Concat, as in Inception.")},
    };
    for (const auto& line : lines)
        if (name == QLatin1String(line.name))
            return QCoreApplication::translate("ProjectFile", line.text);
    return {};
}

QString ProjectFile::presetPath(const QString& name)
{
    const QString path = QStringLiteral(":/presets/%1.netsmith").arg(name);
    return QFile::exists(path) ? path : QString();
}

bool ProjectFile::load(const QString& pathOrPreset, Project* out, QString* error)
{
    QString path = pathOrPreset;
    if (!QFileInfo::exists(path) && !presetPath(pathOrPreset).isEmpty())
        path = presetPath(pathOrPreset);
    const QString shown = QDir::toNativeSeparators(pathOrPreset);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QFileInfo::exists(path)
                     ? QCoreApplication::translate("ProjectFile", "%1: cannot be read (%2)")
                           .arg(shown, file.errorString())
                     : QCoreApplication::translate("ProjectFile",
                                                   "%1: no such file, and no preset has that name (presets: %2)")
                           .arg(shown, presetNames().join(QStringLiteral(", ")));
        return false;
    }
    // Qt's JSON reader holds the whole document; a project of the largest graph
    // (ModelGraph::kMaxLayers) is about 20 MiB.
    constexpr qint64 kMaxBytes = qint64(64) << 20;
    if (file.size() > kMaxBytes) {
        *error = QCoreApplication::translate("ProjectFile", "%1: %2 MiB, more than the %3 MiB a project file may have")
                     .arg(shown)
                     .arg(file.size() >> 20)
                     .arg(kMaxBytes >> 20);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QCoreApplication::translate("ProjectFile", "%1: not valid JSON (%2 at byte %3)")
                     .arg(shown, parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    // Valid JSON of the wrong shape (a top-level array said "no error occurred at byte 0").
    if (!doc.isObject()) {
        *error = QCoreApplication::translate("ProjectFile", "%1: a project is a JSON object, and this file holds %2")
                     .arg(shown, doc.isArray() ? QCoreApplication::translate("ProjectFile", "an array")
                                               : QCoreApplication::translate("ProjectFile", "a single value"));
        return false;
    }
    Project p;
    QString why;
    if (!Project::fromJson(doc.object(), &p, &why)) {
        *error = QStringLiteral("%1: %2").arg(shown, why);
        return false;
    }
    *out = p;
    return true;
}

bool ProjectFile::save(const Project& project, const QString& path, QString* error)
{
    return writeFileAtomically(path, QJsonDocument(project.toJson()).toJson(QJsonDocument::Indented), error);
}

} // namespace netsmith
