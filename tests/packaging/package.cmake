# The .deb test (issue 17): cpack, dpkg -x, the installed binaries, validators, xdg-mime.
# It packages what the build folder holds, so it runs after the build like every other test.
# It checks the desktop integration, so it needs the workbench (NETSMITH_BUILD_GUI).
if(NETSMITH_BUILD_GUI)
  add_test(NAME package_deb
    COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/packaging/package_test.sh ${CMAKE_BINARY_DIR} ${CMAKE_SOURCE_DIR})
  set_tests_properties(package_deb PROPERTIES TIMEOUT 300 LABELS "packaging;slow")
endif()
