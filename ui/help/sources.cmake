# Help where people look for it: F1's popup and the keyboard-shortcut list.
list(APPEND NETSMITH_UI_SOURCES
  help/HelpPopup.h help/HelpPopup.cpp
  help/ShortcutsDialog.h help/ShortcutsDialog.cpp
)
