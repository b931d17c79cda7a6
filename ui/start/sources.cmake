list(APPEND NETSMITH_UI_SOURCES
  start/GraphThumbnail.h start/GraphThumbnail.cpp
  start/LastSession.h start/LastSession.cpp
  start/RecentProjects.h start/RecentProjects.cpp
  start/StartPage.h start/StartPage.cpp
  start/WorkflowStatus.h start/WorkflowStatus.cpp
)
