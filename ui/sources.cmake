list(APPEND NETSMITH_UI_SOURCES
  MainWindow.h MainWindow.cpp
  PageSwitcher.h PageSwitcher.cpp
  WorkbenchPage.h
  ProjectDocument.h ProjectDocument.cpp
  Icons.h Icons.cpp
  Theme.h Theme.cpp
)
