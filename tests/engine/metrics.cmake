netsmith_add_test(NAME tst_metrics SOURCES engine/tst_metrics.cpp LIBS netsmith_engine)
netsmith_add_test(NAME tst_metrics_sklearn SOURCES engine/tst_metrics_sklearn.cpp LIBS netsmith_engine)
