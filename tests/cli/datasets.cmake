netsmith_add_test(NAME tst_cli_datasets SOURCES cli/tst_cli_datasets.cpp engine/DataFixtures.h LIBS netsmith_engine ZLIB::ZLIB)
add_dependencies(tst_cli_datasets netsmith-cli)
