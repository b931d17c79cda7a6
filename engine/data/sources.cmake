list(APPEND NETSMITH_ENGINE_SOURCES
  data/Dataset.h data/Dataset.cpp
  data/InputNormalization.h data/InputNormalization.cpp
)
