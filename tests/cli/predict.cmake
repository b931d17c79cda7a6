netsmith_add_test(NAME tst_cli_predict SLOW SOURCES cli/tst_cli_predict.cpp LIBS netsmith_engine)
add_dependencies(tst_cli_predict netsmith-cli)
