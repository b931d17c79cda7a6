list(APPEND NETSMITH_UI_SOURCES
  data/SampleImage.h data/SampleImage.cpp
  data/SampleGridModel.h data/SampleGridModel.cpp
  data/SampleDelegate.h data/SampleDelegate.cpp
  data/ClassHistogramView.h data/ClassHistogramView.cpp
  data/AugmentationPanel.h data/AugmentationPanel.cpp
  data/DataPage.h data/DataPage.cpp
)
