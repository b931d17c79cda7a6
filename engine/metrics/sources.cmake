list(APPEND NETSMITH_ENGINE_SOURCES
  metrics/RankingCurves.h metrics/RankingCurves.cpp
  metrics/ClassificationReport.h metrics/ClassificationReport.cpp
)
