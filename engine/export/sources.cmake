list(APPEND NETSMITH_ENGINE_SOURCES
  export/ExportNames.h export/ExportNames.cpp
  export/ExportMetadata.h export/ExportMetadata.cpp
  export/ExportPlan.h export/ExportPlan.cpp
  export/TorchScriptExporter.h export/TorchScriptExporter.cpp
  export/PyTorchCodeExporter.h export/PyTorchCodeExporter.cpp
  export/OnnxExporter.h export/OnnxExporter.cpp
  export/ModelExporter.h export/ModelExporter.cpp
)
# The version that exported models record (ExportMetadata), set on that one file only.
set_source_files_properties(export/ExportMetadata.cpp PROPERTIES
  COMPILE_DEFINITIONS NETSMITH_VERSION="${PROJECT_VERSION}")
set_source_files_properties(export/OnnxExporter.cpp PROPERTIES
  COMPILE_DEFINITIONS "ONNX_NAMESPACE=onnx;ONNX_ML=1")
