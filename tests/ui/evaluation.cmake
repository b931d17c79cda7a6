netsmith_add_test(NAME tst_evaluation_views GUI SOURCES ui/tst_evaluation_views.cpp ui/TrainingFixture.h
                  LIBS netsmith_ui)
