list(APPEND NETSMITH_UI_SOURCES
  MainWindow.h MainWindow.cpp
  WorkbenchPage.h
  ProjectDocument.h ProjectDocument.cpp
)
