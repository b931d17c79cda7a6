netsmith_add_test(NAME tst_ink_preprocessor SOURCES engine/tst_ink_preprocessor.cpp LIBS netsmith_engine)
netsmith_add_test(NAME tst_infer SOURCES engine/tst_infer.cpp LIBS netsmith_engine)
netsmith_add_test(NAME tst_export SOURCES engine/tst_export.cpp LIBS netsmith_engine)
# ONNX Runtime for Node (scripts/setup.sh installs it there) runs the exported ONNX models.
target_compile_definitions(tst_export PRIVATE NETSMITH_NODE_MODULES="${CMAKE_BINARY_DIR}/tools/node_modules")
