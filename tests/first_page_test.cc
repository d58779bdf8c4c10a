// Extractor::Create builds every table (internal::Grammar): extracting the
// first pages after it builds none. Each input is extracted by a new
// Extractor on a fresh thread, then again by another new Extractor on
// another fresh thread, counting the operator new calls each thread makes.
// Per-thread scratch buffers are new on both, and so is everything an
// Extractor owns (RE2 fills its DFA cache as it matches), so the counts
// differ only if the first extraction built something for the whole process
// (a function-local static table, a lazily filled one). Its own binary: it
// replaces the global operator new.
#include <gtest/gtest.h>

#include <cstddef>
#include <cstdlib>
#include <functional>
#include <new>
#include <string>
#include <thread>

#include "test_files.h"
#include "vnextract/vnextract.h"

namespace {
thread_local std::size_t t_allocations = 0;  // (constant-initialised: no TLS guard)

void* CountedNew(std::size_t n) {
  ++t_allocations;
  return std::malloc(n == 0 ? 1 : n);
}
void* CountedNew(std::size_t n, std::align_val_t a) {
  ++t_allocations;
  const auto align = static_cast<std::size_t>(a);
  return std::aligned_alloc(align, (n + align - 1) / align * align);
}
// (Out of line: g++ -O1 takes a free inside operator delete for a mismatch.)
[[gnu::noinline]] void Release(void* p) { std::free(p); }
void* OrThrow(void* p) {
  if (p == nullptr) throw std::bad_alloc();
  return p;
}
}  // namespace

// Every form of new and delete (ASan's own would otherwise pair with these).
void* operator new(std::size_t n) { return OrThrow(CountedNew(n)); }
void* operator new[](std::size_t n) { return OrThrow(CountedNew(n)); }
void* operator new(std::size_t n, const std::nothrow_t&) noexcept { return CountedNew(n); }
void* operator new[](std::size_t n, const std::nothrow_t&) noexcept { return CountedNew(n); }
void* operator new(std::size_t n, std::align_val_t a) { return OrThrow(CountedNew(n, a)); }
void* operator new[](std::size_t n, std::align_val_t a) { return OrThrow(CountedNew(n, a)); }
void* operator new(std::size_t n, std::align_val_t a, const std::nothrow_t&) noexcept {
  return CountedNew(n, a);
}
void* operator new[](std::size_t n, std::align_val_t a, const std::nothrow_t&) noexcept {
  return CountedNew(n, a);
}
void operator delete(void* p) noexcept { Release(p); }
void operator delete[](void* p) noexcept { Release(p); }
void operator delete(void* p, std::size_t) noexcept { Release(p); }
void operator delete[](void* p, std::size_t) noexcept { Release(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { Release(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { Release(p); }
void operator delete(void* p, std::align_val_t) noexcept { Release(p); }
void operator delete[](void* p, std::align_val_t) noexcept { Release(p); }
void operator delete(void* p, std::size_t, std::align_val_t) noexcept { Release(p); }
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept { Release(p); }
void operator delete(void* p, std::align_val_t, const std::nothrow_t&) noexcept { Release(p); }
void operator delete[](void* p, std::align_val_t, const std::nothrow_t&) noexcept { Release(p); }

namespace vnextract {
namespace {

// The allocations of `work` with a new Extractor, on a new thread.
std::size_t Allocations(const std::function<void(const Extractor&)>& work) {
  const Result<Extractor> extractor = Extractor::Create();
  EXPECT_TRUE(extractor.ok());
  if (!extractor.ok()) return 0;
  std::size_t n = 0;
  std::thread([&] {
    const std::size_t before = t_allocations;
    work(*extractor);
    n = t_allocations - before;
  }).join();
  return n;
}

TEST(FirstPage, BuildsNoTable) {
  // The quantity finder alone first (FindQuantities), then whole pages.
  const std::string phrases =
      "hai mươi mốt nghìn không trăm mười một, gần gấp đôi, từ 15 đến 20 dự án, $10, "
      "không quá 95 tỷ đồng, thứ nhất, 2,2 triệu đồng/người/tháng, Covid 19, vài trăm lao động";
  auto find = [&](const Extractor& extractor) {
    EXPECT_FALSE(extractor.FindQuantities(phrases)->empty());
  };
  const std::size_t first_find = Allocations(find);
  EXPECT_EQ(first_find, Allocations(find)) << "the first FindQuantities built something";
  struct Input {
    const char* path;
    bool html;
  };
  // BanTin, both known layouts, the generic reader, a table, a windows-1258
  // page, a text dump.
  const Input inputs[] = {
      {"data/seed/seed-page.html", true},
      {"tests/data/pages/ministry_mic.html", true},
      {"tests/data/pages/news_chinhphu.html", true},
      {"tests/data/pages/generic_wordpress.html", true},
      {"tests/data/pages/table_report.html", true},
      {"tests/data/pages/windows1258.html", true},
      {"data/seed/000_af0604fd0860093f.txt", false},
  };
  for (const Input& input : inputs) {
    const std::string bytes = testing::ReadSourceFile(input.path);
    auto extract = [&](const Extractor& extractor) {
      const Result<Document> doc =
          input.html ? extractor.ExtractHtml(bytes, input.path) : extractor.ExtractText(bytes);
      ASSERT_TRUE(doc.ok()) << input.path;
      EXPECT_FALSE(ToJson(*doc).empty());
    };
    const std::size_t first = Allocations(extract);
    const std::size_t again = Allocations(extract);
    EXPECT_EQ(first, again) << input.path << ": the first extraction built something";
    EXPECT_GT(first, 0u);  // (the count does count)
  }
}

}  // namespace
}  // namespace vnextract
