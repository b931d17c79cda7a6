list(APPEND NETSMITH_ENGINE_SOURCES
  project/TrainingSettings.h project/TrainingSettings.cpp
  project/Project.h project/Project.cpp
  project/StrokeStatistics.h project/StrokeStatistics.cpp
  project/ProjectFile.h project/ProjectFile.cpp
  project/AtomicFile.h project/AtomicFile.cpp
  project/JsonKeys.h project/JsonKeys.cpp
)
list(APPEND NETSMITH_ENGINE_SOURCES
  project/TrainingOption.h project/TrainingOption.cpp
  project/ProjectMigration.h project/ProjectMigration.cpp
)
