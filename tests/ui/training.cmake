netsmith_add_test(NAME tst_chart_decimation SOURCES ui/tst_chart_decimation.cpp LIBS netsmith_ui)
netsmith_add_test(NAME tst_training_dashboard GUI SOURCES ui/tst_training_dashboard.cpp ui/TrainingFixture.h
                  LIBS netsmith_ui)

# Not a test: the responsiveness benchmark (bench/dashboard_responsiveness.sh runs it).
if(EXISTS ${CMAKE_SOURCE_DIR}/bench/dashboard_bench.cpp)
  add_executable(netsmith-dashboard-bench ${CMAKE_SOURCE_DIR}/bench/dashboard_bench.cpp)
  target_link_libraries(netsmith-dashboard-bench PRIVATE netsmith_ui)
  set_target_properties(netsmith-dashboard-bench PROPERTIES AUTOMOC ON)
  netsmith_reuse_torch_pch(netsmith-dashboard-bench)
endif()
