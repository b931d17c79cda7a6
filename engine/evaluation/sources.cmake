# Per-sample evaluation results and run folders, for the dashboard and the run history.
list(APPEND NETSMITH_ENGINE_SOURCES
  evaluation/SamplePredictions.h evaluation/SamplePredictions.cpp
)
