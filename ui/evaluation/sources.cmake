list(APPEND NETSMITH_UI_SOURCES
  evaluation/RankingCurvesChart.h evaluation/RankingCurvesChart.cpp
  evaluation/ConfusionMatrixView.h evaluation/ConfusionMatrixView.cpp
  evaluation/ClassMetricsTable.h evaluation/ClassMetricsTable.cpp
  evaluation/SampleGallery.h evaluation/SampleGallery.cpp
  evaluation/EvaluationPanel.h evaluation/EvaluationPanel.cpp
  evaluation/RunRecord.h evaluation/RunRecord.cpp
  evaluation/RunHistoryView.h evaluation/RunHistoryView.cpp
  evaluation/DrawingsEvaluation.h evaluation/DrawingsEvaluation.cpp
)
