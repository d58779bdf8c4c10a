#include "text/binary.h"

#include <algorithm>
#include <array>

namespace vnextract::text {
namespace {

struct Magic {
  std::string_view bytes;
  std::string_view what;
};

constexpr std::array<Magic, 10> kMagic = {{
    {std::string_view("\x89PNG\r\n\x1a\n", 8), "a PNG image"},
    {"%PDF-", "a PDF document"},
    {"\x1f\x8b", "gzip-compressed data"},
    {"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx file)"},
    {"\xFF\xD8\xFF", "a JPEG image"},
    {"GIF87a", "a GIF image"},
    {"GIF89a", "a GIF image"},
    {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "an OLE document (.doc/.xls)"},
    {std::string_view("\xFD"
                      "7zXZ\x00",
                      6),
     "xz-compressed data"},
    {"BZh91AY&SY", "bzip2-compressed data"},
}};

}  // namespace

std::optional<std::string> SniffBinary(std::string_view bytes) {
  for (const Magic& m : kMagic) {
    if (bytes.starts_with(m.bytes)) return std::string(m.what);
  }
  // A UTF-16 page starts with its byte-order mark; its NULs are not binary.
  if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) return std::nullopt;
  const std::string_view head = bytes.substr(0, kBinarySniffBytes);
  const auto controls =
      static_cast<std::size_t>(std::count_if(head.begin(), head.end(), [](char c) {
        const auto b = static_cast<unsigned char>(c);
        return b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r';
      }));
  if (controls > 0 && controls * 20 > head.size()) {
    return "binary data (" + std::to_string(controls) + " control bytes in the first " +
           std::to_string(head.size()) + ")";
  }
  return std::nullopt;
}

}  // namespace vnextract::text
