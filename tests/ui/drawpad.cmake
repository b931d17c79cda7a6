netsmith_add_test(NAME tst_drawpad GUI SOURCES ui/tst_drawpad.cpp LIBS netsmith_ui)

# Not a test: measures stroke-to-bars latency and can save a screenshot (bench/drawpad-latency.sh).
add_executable(drawpad_bench ${CMAKE_SOURCE_DIR}/bench/drawpad_latency.cpp)
target_link_libraries(drawpad_bench PRIVATE netsmith_ui Qt6::Test)
target_include_directories(drawpad_bench PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
set_target_properties(drawpad_bench PROPERTIES AUTOMOC ON)
netsmith_reuse_torch_pch(drawpad_bench)

# Needs the bundled digits of the data branch (DatasetCatalog).
if(EXISTS ${CMAKE_SOURCE_DIR}/engine/data/DatasetCatalog.h)
  netsmith_add_test(NAME tst_drawpad_accuracy GUI SOURCES ui/tst_drawpad_accuracy.cpp LIBS netsmith_ui)
endif()
