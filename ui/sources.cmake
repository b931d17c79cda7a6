list(APPEND NETSMITH_UI_SOURCES
  MainWindow.h MainWindow.cpp
  ProjectDocument.h ProjectDocument.cpp
)
