list(APPEND NETSMITH_ENGINE_SOURCES
  model/GraphModule.h model/GraphModule.cpp
)
