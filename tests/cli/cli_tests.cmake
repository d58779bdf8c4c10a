# End-to-end tests of the extract CLI (examples/extract/): tests/cli/test_cli.py,
# run with Debian's pytest. Included from tests/CMakeLists.txt.
#
# The progress-bar test drives extract in a tmux pane and is skipped when tmux
# is not installed (scripts/install-deps.sh installs it).
if(VNEXTRACT_BUILD_EXAMPLES)
  add_test(NAME cli_pytest
           COMMAND /usr/bin/python3 -m pytest -q -p no:cacheprovider tests/cli
           WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}")
  set_tests_properties(cli_pytest PROPERTIES
    ENVIRONMENT
      "VNEXTRACT_EXTRACT=$<TARGET_FILE:extract>;VNEXTRACT_SOURCE_DIR=${PROJECT_SOURCE_DIR};PYTHONDONTWRITEBYTECODE=1"
    LABELS cli
    TIMEOUT 300)
endif()
