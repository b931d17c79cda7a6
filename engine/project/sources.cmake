list(APPEND NETSMITH_ENGINE_SOURCES
  project/TrainingSettings.h project/TrainingSettings.cpp
  project/Project.h project/Project.cpp
  project/ProjectFile.h project/ProjectFile.cpp
  project/AtomicFile.h project/AtomicFile.cpp
)
