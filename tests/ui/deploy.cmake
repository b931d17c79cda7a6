netsmith_add_test(NAME tst_export_dialog GUI SOURCES ui/tst_export_dialog.cpp LIBS netsmith_ui)
