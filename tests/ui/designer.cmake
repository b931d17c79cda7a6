netsmith_add_test(NAME tst_designer GUI SOURCES ui/tst_designer.cpp LIBS netsmith_ui)
netsmith_add_test(NAME tst_project_document GUI SOURCES ui/tst_project_document.cpp LIBS netsmith_ui)
