netsmith_add_test(NAME tst_help GUI SOURCES ui/tst_help.cpp LIBS netsmith_ui)
