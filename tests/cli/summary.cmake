netsmith_add_test(NAME tst_cli_summary SLOW SOURCES cli/tst_cli_summary.cpp LIBS netsmith_engine)
add_dependencies(tst_cli_summary netsmith-cli)
