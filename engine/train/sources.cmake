list(APPEND NETSMITH_ENGINE_SOURCES
  train/TrainingObserver.h
  train/TrainingControl.h train/TrainingControl.cpp
  train/LearningRateSchedule.h train/LearningRateSchedule.cpp
  train/OptimizerFactory.h train/OptimizerFactory.cpp
  train/FusedAdam.h train/FusedAdam.cpp
  train/ComputeDevice.h train/ComputeDevice.cpp
  train/Checkpoint.h train/Checkpoint.cpp
  train/ModelPredictions.h train/ModelPredictions.cpp
  train/Trainer.h train/Trainer.cpp
)
list(APPEND NETSMITH_ENGINE_SOURCES
  train/RunFolder.h train/RunFolder.cpp
  train/RunRecorder.h train/RunRecorder.cpp
  train/MetricsLog.h train/MetricsLog.cpp
)
# The option registries: optimizers, schedules, devices.
list(APPEND NETSMITH_ENGINE_SOURCES
  train/OptimizerRegistry.h train/OptimizerRegistry.cpp
  train/ScheduleRegistry.h train/ScheduleRegistry.cpp
  train/DeviceRegistry.h train/DeviceRegistry.cpp
)
