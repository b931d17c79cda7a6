list(APPEND NETSMITH_ENGINE_SOURCES
  kernels/ReluMaxPool.h kernels/ReluMaxPool.cpp
)
