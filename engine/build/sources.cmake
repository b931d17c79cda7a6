list(APPEND NETSMITH_ENGINE_SOURCES
  build/GraphModule.h build/GraphModule.cpp
  build/ReluMaxPool.h build/ReluMaxPool.cpp
)
