netsmith_add_test(NAME tst_cli_train SLOW SOURCES cli/tst_cli_train.cpp LIBS netsmith_engine)
add_dependencies(tst_cli_train netsmith-cli)
