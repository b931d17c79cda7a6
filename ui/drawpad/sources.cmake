list(APPEND NETSMITH_UI_SOURCES
  drawpad/DrawingCanvas.h drawpad/DrawingCanvas.cpp
  drawpad/ProbabilityBars.h drawpad/ProbabilityBars.cpp
  drawpad/PixelView.h drawpad/PixelView.cpp
  drawpad/HeatMapQImage.h drawpad/HeatMapQImage.cpp
  drawpad/DrawPadPage.h drawpad/DrawPadPage.cpp
)
