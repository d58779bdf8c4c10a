// Reading the tab-separated corpora of the source tree (src/*/corpus/*.tsv)
// for the tests that run them line by line: a line is its tab-separated
// fields; empty lines and lines starting with '#' are comments.
#ifndef VNEXTRACT_TESTS_TEST_CORPUS_H_
#define VNEXTRACT_TESTS_TEST_CORPUS_H_

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

namespace vnextract::testing {

inline std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> out;
  std::stringstream ss(line);
  std::string field;
  while (std::getline(ss, field, '\t')) out.push_back(field);
  return out;
}

struct CorpusLine {
  std::string file;  // its file name ("units.tsv")
  int number = 0;    // its line number in the file
  std::vector<std::string> fields;
};

// The lines of `path` (relative to the source tree) that are not comments;
// a missing file fails the test that asked for it.
inline std::vector<CorpusLine> ReadCorpusFile(const std::filesystem::path& path) {
  const std::filesystem::path p = std::filesystem::path(VNEXTRACT_SOURCE_DIR) / path;
  std::ifstream in(p);
  EXPECT_TRUE(in) << "cannot open " << p;
  std::vector<CorpusLine> out;
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty() || line[0] == '#') continue;
    out.push_back({p.filename().string(), n, SplitTabs(line)});
  }
  return out;
}

// How gtest shows a line: "units.tsv:20: <its first field>".
inline void PrintTo(const CorpusLine& c, std::ostream* os) {
  *os << c.file << ":" << c.number << ": " << (c.fields.empty() ? "" : c.fields[0]);
}

// Test names "units_tsv_20" for units.tsv line 20.
inline std::string CorpusCaseName(const ::testing::TestParamInfo<CorpusLine>& param_info) {
  std::string name = param_info.param.file + "_" + std::to_string(param_info.param.number);
  for (char& ch : name) {
    if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9'))) {
      ch = '_';
    }
  }
  return name;
}

}  // namespace vnextract::testing

#endif  // VNEXTRACT_TESTS_TEST_CORPUS_H_
