netsmith_add_test(NAME tst_ink_preprocessor SOURCES engine/tst_ink_preprocessor.cpp LIBS netsmith_engine)
netsmith_add_test(NAME tst_infer SOURCES engine/tst_infer.cpp LIBS netsmith_engine)
