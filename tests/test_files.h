// Reads a file of the source tree for a test (VNEXTRACT_SOURCE_DIR is set by
// tests/CMakeLists.txt); a missing file fails the test that asked for it.
#ifndef VNEXTRACT_TESTS_TEST_FILES_H_
#define VNEXTRACT_TESTS_TEST_FILES_H_

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace vnextract::testing {

inline std::string ReadSourceFile(const std::string& relative) {
  const std::string path = std::string(VNEXTRACT_SOURCE_DIR) + "/" + relative;
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in) << "cannot open " << path;
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace vnextract::testing

#endif  // VNEXTRACT_TESTS_TEST_FILES_H_
