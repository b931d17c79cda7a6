netsmith_add_test(NAME tst_main_window GUI SOURCES ui/tst_main_window.cpp LIBS netsmith_ui)
