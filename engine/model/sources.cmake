list(APPEND NETSMITH_ENGINE_SOURCES
  model/GraphModule.h model/GraphModule.cpp
  model/TorchArchiveCheck.h model/TorchArchiveCheck.cpp
)
