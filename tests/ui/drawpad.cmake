netsmith_add_test(NAME tst_drawpad GUI SOURCES ui/tst_drawpad.cpp LIBS netsmith_ui)


# Needs the bundled digits of the data branch (DatasetCatalog).
if(EXISTS ${CMAKE_SOURCE_DIR}/engine/data/DatasetCatalog.h)
  netsmith_add_test(NAME tst_drawpad_accuracy SLOW GUI SOURCES ui/tst_drawpad_accuracy.cpp LIBS netsmith_ui)
endif()
netsmith_add_test(NAME tst_drawn_digits GUI SOURCES ui/tst_drawn_digits.cpp LIBS netsmith_ui netsmith_drawn_digits)
