netsmith_add_test(NAME tst_chart_decimation SOURCES ui/tst_chart_decimation.cpp LIBS netsmith_ui)
netsmith_add_test(NAME tst_training_dashboard GUI SOURCES ui/tst_training_dashboard.cpp ui/TrainingFixture.h
                  LIBS netsmith_ui)
netsmith_add_test(NAME tst_chart_ticks GUI SOURCES ui/tst_chart_ticks.cpp LIBS netsmith_ui)
