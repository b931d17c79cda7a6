# The full disk of the full-disk drills (issue 15): an LD_PRELOAD library that fails writes
# under $NETSMITH_ENOSPC_DIR with ENOSPC (see the file). Tests find it through
# NETSMITH_ENOSPC_SHIM="$<TARGET_FILE:netsmith_enospc_shim>".
enable_language(C)
add_library(netsmith_enospc_shim SHARED fault/enospc_shim.c)
set_target_properties(netsmith_enospc_shim PROPERTIES C_STANDARD 11 C_VISIBILITY_PRESET hidden)
target_link_libraries(netsmith_enospc_shim PRIVATE ${CMAKE_DL_LIBS})
