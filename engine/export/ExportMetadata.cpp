#include "export/ExportMetadata.h"

#include "infer/InkPreprocessor.h"

#include <QFileInfo>
#include <QJsonArray>

#ifndef NETSMITH_VERSION
#error "NETSMITH_VERSION is set by engine/CMakeLists.txt"
#endif

namespace netsmith {

namespace {

template <typename T> QJsonArray toArray(const std::vector<T>& values)
{
    QJsonArray out;
    for (const T& v : values)
        out.append(double(v));
    return out;
}

} // namespace

QString ExportMetadata::netsmithVersion()
{
    return QStringLiteral(NETSMITH_VERSION);
}

QJsonObject ExportMetadata::describe(const TrainedModel& model)
{
    const Normalization& n = model.project.normalization;
    const bool probabilities = model.module->endsWithSoftmax();
    return {
        {QStringLiteral("producer"), QStringLiteral("Netsmith")},
        {QStringLiteral("netsmith_version"), netsmithVersion()},
        {QStringLiteral("project"), model.project.name},
        {QStringLiteral("run"),
         model.source.isEmpty() ? QString() : QFileInfo(model.source).absoluteFilePath()},
        {QStringLiteral("dataset"), model.project.dataset},
        {QStringLiteral("classes"), QJsonArray::fromStringList(model.classNames)},
        {QStringLiteral("input_shape"), toArray(model.inputShape())},
        {QStringLiteral("input"),
         QStringLiteral("float32 N x C x H x W, pixels divided by 255 (0..1), before "
                        "normalisation: the model applies the normalisation itself")},
        {QStringLiteral("normalization"), QJsonObject{{QStringLiteral("mean"), toArray(n.mean)},
                                                      {QStringLiteral("std"), toArray(n.std)}}},
        {QStringLiteral("output"),
         probabilities ? QStringLiteral("probabilities (N x classes, softmax applied)")
                       : QStringLiteral("scores (N x classes, no softmax)")},
        {QStringLiteral("preprocessing"), InkPreprocessor::forModel(model).recipe()},
    };
}

} // namespace netsmith
