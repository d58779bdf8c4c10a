// The README's C++ quick start, compiled and run by the test suite so the
// README never shows code that does not work.
#include <iostream>

#include "vnextract/vnextract.h"

int main() {
  auto extractor = vnextract::Extractor::Create();  // once; share it between threads
  if (!extractor.ok()) return 1;
  auto doc = extractor->ExtractText(
      "Tin kinh tế\nTrong 6 tháng đầu năm, tổng doanh thu hơn 664 tỷ đồng.\n", "note.txt",
      vnextract::Date{2022, 8, 2});
  if (!doc.ok()) {  // invalid UTF-8, input too large: never an exception
    std::cerr << doc.status().ToString() << "\n";
    return 1;
  }
  for (const vnextract::Indicator& i : doc->indicators) {
    std::cout << i.label << " = " << *i.value << " " << i.unit << " (" << *i.period << ")\n";
  }
  std::cout << vnextract::ToJson(*doc) << "\n";
}
