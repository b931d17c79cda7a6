netsmith_add_test(NAME tst_data_page GUI SOURCES ui/tst_data_page.cpp LIBS netsmith_ui)
