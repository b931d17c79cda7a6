netsmith_add_test(NAME tst_cli_export SOURCES cli/tst_cli_export.cpp LIBS netsmith_engine)
add_dependencies(tst_cli_export netsmith-cli netsmith-cpp-inference)
target_compile_definitions(tst_cli_export PRIVATE NETSMITH_CPP_EXAMPLE_PATH="$<TARGET_FILE:netsmith-cpp-inference>")
