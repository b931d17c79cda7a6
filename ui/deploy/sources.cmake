list(APPEND NETSMITH_UI_SOURCES
  deploy/ExportDialog.h deploy/ExportDialog.cpp
)
