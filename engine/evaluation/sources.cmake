# Per-sample evaluation results (what the Trainer evaluated, sample by sample), for the
# dashboard's gallery and netsmith-cli evaluate --predictions.
list(APPEND NETSMITH_ENGINE_SOURCES
  evaluation/SamplePredictions.h evaluation/SamplePredictions.cpp
)
