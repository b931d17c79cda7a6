list(APPEND NETSMITH_ENGINE_SOURCES
  graph/Shape.h graph/Shape.cpp
  graph/ParamSpec.h
  graph/LayerExport.h
  graph/LayerKind.h graph/LayerKind.cpp
  graph/LayerRegistry.h graph/LayerRegistry.cpp
  graph/layers/LayerDefinitions.h
  graph/layers/SpatialRules.h graph/layers/SpatialRules.cpp
  graph/layers/CoreLayers.cpp
  graph/layers/ConvLayers.cpp
  graph/layers/PoolLayers.cpp
  graph/layers/ActivationLayers.cpp
  graph/layers/MergeLayers.cpp
  graph/ModelGraph.h graph/ModelGraph.cpp
  graph/GraphIndex.h graph/GraphIndex.cpp
  graph/ShapeInference.h graph/ShapeInference.cpp
  graph/CostModel.h graph/CostModel.cpp
  graph/ModelSummary.h graph/ModelSummary.cpp
  graph/NumberFormat.h graph/NumberFormat.cpp
)
