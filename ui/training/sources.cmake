list(APPEND NETSMITH_UI_SOURCES
  training/ChartDecimation.h training/ChartDecimation.cpp
  training/LiveChartView.h training/LiveChartView.cpp
  training/TrainingCharts.h training/TrainingCharts.cpp
  training/TrainingController.h training/TrainingController.cpp
  training/TrainingSettingsForm.h training/TrainingSettingsForm.cpp
  training/TrainingPage.h training/TrainingPage.cpp
)
