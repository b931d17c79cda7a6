list(APPEND NETSMITH_ENGINE_SOURCES
  infer/InkPreprocessor.h infer/InkPreprocessor.cpp
  infer/DrawingFolder.h infer/DrawingFolder.cpp
  infer/ImageFile.h infer/ImageFile.cpp
  infer/TrainedModel.h infer/TrainedModel.cpp
  infer/Predictor.h infer/Predictor.cpp
  infer/ExplanationMap.h infer/ExplanationMap.cpp
  infer/GradCam.h infer/GradCam.cpp
  infer/InputSaliency.h infer/InputSaliency.cpp
  infer/Explainer.h infer/Explainer.cpp
  infer/HeatMapImage.h infer/HeatMapImage.cpp
)
