netsmith_add_test(NAME tst_learning_rate_schedule SOURCES engine/tst_learning_rate_schedule.cpp LIBS netsmith_engine)
netsmith_add_test(NAME tst_optimizers SOURCES engine/tst_optimizers.cpp LIBS netsmith_engine)
netsmith_add_test(NAME tst_trainer SOURCES engine/tst_trainer.cpp engine/SyntheticData.h engine/GraphBuilder.h LIBS netsmith_engine)
netsmith_add_test(NAME tst_fused_adam SOURCES engine/tst_fused_adam.cpp LIBS netsmith_engine)
