netsmith_add_test(NAME tst_main_window GUI SOURCES ui/tst_main_window.cpp LIBS netsmith_ui)
netsmith_add_test(NAME tst_language_switch GUI SOURCES ui/tst_language_switch.cpp LIBS netsmith_ui)
netsmith_add_test(NAME tst_start_page GUI SLOW SOURCES ui/tst_start_page.cpp LIBS netsmith_ui)
netsmith_add_test(NAME tst_screenshots GUI SOURCES ui/tst_screenshots.cpp LIBS netsmith_ui)
