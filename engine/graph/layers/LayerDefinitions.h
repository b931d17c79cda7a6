#pragma once
// One function per family of layers; each appends its kinds to the registry's table.
// Adding a layer means adding one entry to one of these files (and a test).
#include "graph/LayerKind.h"

#include <vector>

namespace netsmith {

void addCoreInputLayers(std::vector<LayerKind>& kinds);   // Input          (CoreLayers.cpp)
void addCoreLayers(std::vector<LayerKind>& kinds);        // Flatten, Linear, Dropout
void addConvolutionLayers(std::vector<LayerKind>& kinds); // Conv2d, BatchNorm2d
void addPoolingLayers(std::vector<LayerKind>& kinds);     // MaxPool2d, AvgPool2d, GlobalAvgPool
void addActivationLayers(std::vector<LayerKind>& kinds);  // ReLU, LeakyReLU, GELU, ...
void addMergeLayers(std::vector<LayerKind>& kinds);       // Add, Concat

/// Shared by layers whose shape rules need the input to be an image (C×H×W).
QString requireImageInput(const LayerContext& ctx);

} // namespace netsmith

namespace netsmith {

inline ParamSpec intSpec(const char* id, const char* label, const char* help, int64_t def,
                         int64_t min, int64_t max, const QString& specialText = {})
{
    ParamSpec p{QString::fromLatin1(id), ParamType::Int, label, help, QVariant::fromValue<qlonglong>(def),
                double(min), double(max), {}, specialText};
    return p;
}

inline ParamSpec floatSpec(const char* id, const char* label, const char* help, double def,
                           double min, double max)
{
    return ParamSpec{QString::fromLatin1(id), ParamType::Float, label, help, def, min, max, {}, {}};
}

inline ParamSpec boolSpec(const char* id, const char* label, const char* help, bool def)
{
    return ParamSpec{QString::fromLatin1(id), ParamType::Bool, label, help, def, 0, 1, {}, {}};
}


} // namespace netsmith
