list(APPEND NETSMITH_UI_SOURCES
  training/ChartDecimation.h training/ChartDecimation.cpp
  training/ChartPalette.h training/ChartPalette.cpp
  training/LiveChartView.h training/LiveChartView.cpp
  training/NiceTicks.h training/NiceTicks.cpp
  training/TrainingCharts.h training/TrainingCharts.cpp
  training/TrainingController.h training/TrainingController.cpp
  training/TrainingSettingsForm.h training/TrainingSettingsForm.cpp
  training/TrainingPage.h training/TrainingPage.cpp
)
