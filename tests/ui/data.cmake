netsmith_add_test(NAME tst_data_page GUI SOURCES ui/tst_data_page.cpp LIBS netsmith_ui)
netsmith_add_test(NAME tst_augmentation_project GUI SOURCES ui/tst_augmentation_project.cpp ui/TrainingFixture.h LIBS netsmith_ui)
