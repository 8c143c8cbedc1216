// SPDX-License-Identifier: GPL-3.0-or-later
#include "BinarySniff.h"

#include <algorithm>
#include <array>

namespace stagecraft::common {

namespace {

struct Magic
{
    std::size_t offset;
    std::string_view bytes;
};

using namespace std::string_view_literals;

// Magic numbers of binary formats someone could open by mistake. Each is long or odd enough
// that no Dockerfile starts with it ("MZ" alone would reject a file starting with "MZ").
constexpr std::array kMagics = {
    Magic{0,
          "\x7f"
          "ELF"sv},
    Magic{0, "MZ\x90\x00"sv},       // PE/COFF (Windows .exe/.dll)
    Magic{0, "\xfe\xed\xfa\xce"sv}, // Mach-O 32-bit
    Magic{0, "\xfe\xed\xfa\xcf"sv}, // Mach-O 64-bit
    Magic{0, "\xce\xfa\xed\xfe"sv}, // Mach-O 32-bit, little endian
    Magic{0, "\xcf\xfa\xed\xfe"sv}, // Mach-O 64-bit, little endian
    Magic{0, "\xca\xfe\xba\xbe"sv}, // Mach-O universal / Java class
    Magic{0, "\x89PNG\r\n\x1a\n"sv},
    Magic{0, "\xff\xd8\xff"sv}, // JPEG
    Magic{0, "GIF87a"sv},
    Magic{0, "GIF89a"sv},
    Magic{0, "\x1f\x8b"sv}, // gzip
    Magic{0, "BZh"sv},      // bzip2 (followed by a digit, checked below)
    Magic{0,
          "\xfd"
          "7zXZ\x00"sv},            // xz
    Magic{0, "\x28\xb5\x2f\xfd"sv}, // zstd
    Magic{0, "PK\x03\x04"sv},       // zip, jar, docx
    Magic{0, "PK\x05\x06"sv},       // empty zip
    Magic{0, "7z\xbc\xaf\x27\x1c"sv},
    Magic{0, "%PDF-"sv},
    Magic{0,
          "\x00"
          "asm"sv},        // WebAssembly
    Magic{257, "ustar"sv}, // tar
};

bool hasMagic(std::string_view head)
{
    for (const Magic &magic : kMagics) {
        if (head.size() < magic.offset + magic.bytes.size()
            || head.substr(magic.offset, magic.bytes.size()) != magic.bytes)
            continue;
        if (magic.bytes == "BZh"sv) {
            // "BZh1".."BZh9" then the block magic 0x31 0x41 0x59: "BZh" alone is plain text.
            if (head.size() < 5 || head.at(3) < '1' || head.at(3) > '9' || head.at(4) != '\x31')
                continue;
        }
        return true;
    }
    return false;
}

bool isControlByte(unsigned char byte)
{
    return (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\v' && byte != '\f'
            && byte != '\r')
        || byte == 0x7f;
}

} // namespace

bool looksBinary(std::string_view head)
{
    head = head.substr(0, std::min(head.size(), binarySniffSize));
    if (head.empty())
        return false;
    if (hasMagic(head))
        return true;
    std::size_t controls = 0;
    for (const char c : head) {
        if (isControlByte(static_cast<unsigned char>(c)))
            ++controls;
    }
    // More than 30%: integer arithmetic, controls / size > 3 / 10.
    return controls * 10 > head.size() * 3;
}

} // namespace stagecraft::common
