#include "engine/data/ImageDecode.h"

#include "engine/data/FileLimits.h"

#include <opencv2/imgcodecs.hpp>

#include <cctype>
#include <climits>
#include <cstring>
#include <new>
#include <stdexcept>

namespace arm {

namespace {

using Bytes = const unsigned char*;

std::uint32_t be16(Bytes p) { return (std::uint32_t(p[0]) << 8) | p[1]; }
std::uint32_t le16(Bytes p) { return (std::uint32_t(p[1]) << 8) | p[0]; }
std::uint32_t be32(Bytes p) { return (be16(p) << 16) | be16(p + 2); }
std::uint32_t le32(Bytes p) { return (le16(p + 2) << 16) | le16(p); }
std::uint32_t le24(Bytes p) { return (std::uint32_t(p[2]) << 16) | (std::uint32_t(p[1]) << 8) | p[0]; }

[[noreturn]] void fail(const std::string& where, const std::string& reason)
{
    throw std::runtime_error(where + ": " + reason);
}

bool startsWith(Bytes d, std::size_t n, const char* magic, std::size_t m)
{
    return n >= m && std::memcmp(d, magic, m) == 0;
}

// Walks the marker segments from SOI to the first frame header (SOFn), as libjpeg does, and reads its
// dimensions. Segment lengths are checked against the file, so a cut-off or garbled header is named.
ImageHeader jpegHeader(Bytes d, std::size_t n, const std::string& where)
{
    std::size_t pos = 2;
    while (true) {
        if (pos >= n)
            fail(where, "truncated JPEG (the file ends inside its header)");
        if (d[pos] != 0xFF)
            fail(where, "corrupt JPEG header (no marker at byte " + std::to_string(pos) + ")");
        while (pos < n && d[pos] == 0xFF) // fill bytes
            ++pos;
        if (pos >= n)
            fail(where, "truncated JPEG (the file ends inside its header)");
        const unsigned m = d[pos++];
        if (m == 0xD8 || m == 0x01 || (m >= 0xD0 && m <= 0xD7)) // stand-alone markers
            continue;
        if (m == 0xD9 || m == 0xDA)
            fail(where, "corrupt JPEG header (image data before the frame header)");
        if (m < 0xC0)
            fail(where, "corrupt JPEG header (unknown marker at byte " + std::to_string(pos - 1) + ")");
        if (pos + 2 > n)
            fail(where, "truncated JPEG (the file ends inside its header)");
        const std::size_t len = be16(d + pos);
        if (len < 2)
            fail(where, "corrupt JPEG header (bad segment length at byte " + std::to_string(pos) + ")");
        if (pos + len > n)
            fail(where, "truncated JPEG (the file ends inside its header)");
        const bool frame = m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC;
        if (frame) {
            if (len < 8)
                fail(where, "corrupt JPEG header (frame header too short)");
            ImageHeader h{"JPEG", be16(d + pos + 5), be16(d + pos + 3)};
            if (h.height == 0)
                fail(where, "unsupported JPEG (height defined after the image data)");
            return h;
        }
        pos += len;
    }
}

ImageHeader pngHeader(Bytes d, std::size_t n, const std::string& where)
{
    if (n < 24)
        fail(where, "truncated PNG (the file ends inside its header)");
    if (std::memcmp(d + 12, "IHDR", 4) != 0)
        fail(where, "corrupt PNG header (the first chunk is not IHDR)");
    return {"PNG", be32(d + 16), be32(d + 20)};
}

ImageHeader bmpHeader(Bytes d, std::size_t n, const std::string& where)
{
    if (n < 26)
        fail(where, "truncated BMP (the file ends inside its header)");
    const std::uint32_t dib = le32(d + 14);
    if (dib == 12) // OS/2 BITMAPCOREHEADER: 16-bit sizes
        return {"BMP", le16(d + 18), le16(d + 20)};
    if (dib < 16)
        fail(where, "corrupt BMP header (info header of " + std::to_string(dib) + " bytes)");
    const auto w = static_cast<std::int32_t>(le32(d + 18));
    const auto h = static_cast<std::int32_t>(le32(d + 22)); // negative: rows stored top-down
    const std::int64_t absH = h < 0 ? -static_cast<std::int64_t>(h) : h;
    if (w <= 0)
        fail(where, "corrupt BMP header (width " + std::to_string(w) + ")");
    return {"BMP", static_cast<std::uint64_t>(w), static_cast<std::uint64_t>(absH)};
}

ImageHeader tiffHeader(Bytes d, std::size_t n, const std::string& where)
{
    const bool little = d[0] == 'I';
    auto u16 = [&](std::size_t at) { return little ? le16(d + at) : be16(d + at); };
    auto u32 = [&](std::size_t at) { return little ? le32(d + at) : be32(d + at); };
    if (n < 8)
        fail(where, "truncated TIFF (the file ends inside its header)");
    if (u16(2) == 43)
        fail(where, "unsupported image format (BigTIFF)");
    const std::uint64_t ifd = u32(4);
    if (ifd < 8 || ifd + 2 > n)
        fail(where, "corrupt TIFF header (directory offset " + std::to_string(ifd) + " outside the file)");
    const std::uint64_t count = u16(static_cast<std::size_t>(ifd));
    if (ifd + 2 + count * 12 > n)
        fail(where, "truncated TIFF (the file ends inside its first directory)");
    std::uint64_t w = 0, h = 0;
    for (std::uint64_t k = 0; k < count; ++k) {
        const auto e = static_cast<std::size_t>(ifd + 2 + k * 12);
        const std::uint32_t tag = u16(e), type = u16(e + 2), values = u32(e + 4);
        if (tag != 256 && tag != 257)
            continue;
        // libtiff keeps the first of two entries, a naive reader the last: the size checked here and
        // the size decoded would differ, so a directory naming a dimension twice is refused.
        std::uint64_t& field = tag == 256 ? w : h;
        if (field != 0)
            fail(where, "corrupt TIFF header (image width or length given twice)");
        if (values != 1)
            fail(where, "corrupt TIFF header (image width or length is not a single value)");
        field = type == 3 ? u16(e + 8) : type == 4 ? u32(e + 8) : 0;
        if (field == 0)
            fail(where, "corrupt TIFF header (image width or length is zero or of the wrong type)");
    }
    if (w == 0 || h == 0)
        fail(where, "corrupt TIFF header (no image width or length)");
    return {"TIFF", w, h};
}

ImageHeader webpHeader(Bytes d, std::size_t n, const std::string& where)
{
    if (n < 30)
        fail(where, "truncated WebP (the file ends inside its header)");
    if (std::memcmp(d + 12, "VP8 ", 4) == 0) {
        if (d[23] != 0x9D || d[24] != 0x01 || d[25] != 0x2A)
            fail(where, "corrupt WebP header (no VP8 start code)");
        return {"WebP", le16(d + 26) & 0x3FFF, le16(d + 28) & 0x3FFF};
    }
    if (std::memcmp(d + 12, "VP8L", 4) == 0) {
        if (d[20] != 0x2F)
            fail(where, "corrupt WebP header (no VP8L signature)");
        const std::uint32_t bits = le32(d + 21);
        return {"WebP", (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1};
    }
    if (std::memcmp(d + 12, "VP8X", 4) == 0)
        return {"WebP", std::uint64_t(le24(d + 24)) + 1, std::uint64_t(le24(d + 27)) + 1};
    fail(where, "corrupt WebP header (unknown chunk)");
}

// P1-P6: "P6 <w> <h> ..." with whitespace and '#' comments between the fields.
ImageHeader pnmHeader(Bytes d, std::size_t n, const std::string& where)
{
    std::size_t pos = 2;
    auto number = [&]() -> std::uint64_t {
        while (pos < n && (std::isspace(d[pos]) || d[pos] == '#')) {
            if (d[pos] == '#')
                while (pos < n && d[pos] != '\n' && d[pos] != '\r')
                    ++pos;
            else
                ++pos;
        }
        std::uint64_t v = 0;
        int digits = 0;
        while (pos < n && d[pos] >= '0' && d[pos] <= '9' && digits < 12) {
            v = v * 10 + (d[pos++] - '0');
            ++digits;
        }
        if (digits == 0)
            fail(where, pos >= n ? "truncated PNM (the file ends inside its header)"
                                 : "corrupt PNM header (width or height is not a number)");
        if (digits == 12)
            fail(where, "corrupt PNM header (absurd width or height)");
        // OpenCV's reader consumes the character after a number without looking at it, so in
        // "4010#266117" it reads 266117 where a comment-aware reader skips it: only whitespace may
        // end a number, or the size checked would not be the size decoded.
        if (pos < n && !std::isspace(d[pos]))
            fail(where, "corrupt PNM header (width or height not followed by white space)");
        return v;
    };
    const std::uint64_t w = number();
    const std::uint64_t h = number();
    return {"PNM", w, h};
}

std::string withCommas(std::uint64_t v)
{
    std::string s = std::to_string(v);
    for (int i = static_cast<int>(s.size()) - 3; i > 0; i -= 3)
        s.insert(static_cast<std::size_t>(i), ",");
    return s;
}

} // namespace

bool ImageDecode::jpegTruncated(const unsigned char* b, std::size_t size)
{
    if (size < 4 || b[0] != 0xFF || b[1] != 0xD8)
        return false; // not a JPEG
    std::size_t end = size;
    std::size_t scanned = 0;
    while (end >= 2 && scanned < 4096) {
        if (b[end - 2] == 0xFF && b[end - 1] == 0xD9)
            return false;
        --end;
        ++scanned;
    }
    return true;
}

ImageHeader ImageDecode::probe(const unsigned char* d, std::size_t n, const std::string& where)
{
    if (n == 0)
        fail(where, "empty image file");
    ImageHeader h;
    if (startsWith(d, n, "\xFF\xD8", 2))
        h = jpegHeader(d, n, where);
    else if (startsWith(d, n, "\x89PNG\r\n\x1A\n", 8))
        h = pngHeader(d, n, where);
    else if (startsWith(d, n, "BM", 2))
        h = bmpHeader(d, n, where);
    else if (startsWith(d, n, "II*\0", 4) || startsWith(d, n, "MM\0*", 4) || startsWith(d, n, "II+\0", 4) ||
             startsWith(d, n, "MM\0+", 4))
        h = tiffHeader(d, n, where);
    else if (n >= 12 && startsWith(d, n, "RIFF", 4) && std::memcmp(d + 8, "WEBP", 4) == 0)
        h = webpHeader(d, n, where);
    else if (n >= 2 && d[0] == 'P' && d[1] >= '1' && d[1] <= '6')
        h = pnmHeader(d, n, where);
    else
        fail(where, "undecodable: not a JPEG, PNG, BMP, TIFF, WebP or PNM image");
    if (h.width == 0 || h.height == 0)
        fail(where, "corrupt " + h.format + " header (the image is " + std::to_string(h.width) + " x " +
                        std::to_string(h.height) + " pixels)");
    if (h.width > kMaxSide || h.height > kMaxSide || h.width * h.height > kMaxPixels)
        fail(where, "image too large: its header says " + withCommas(h.width) + " x " + withCommas(h.height) +
                        " pixels; at most " + withCommas(kMaxSide) + " per side and " +
                        withCommas(kMaxPixels / 1'000'000) + " megapixels are accepted (a decompression bomb?)");
    return h;
}

std::string ImageDecode::plainReason(const cv::Exception& e)
{
    if (e.code == cv::Error::StsNoMem)
        return "not enough memory";
    return "the decoder rejected it as corrupt or unsupported";
}

cv::Mat ImageDecode::decode(const std::vector<unsigned char>& bytes, const std::string& where)
{
    if (bytes.size() > FileLimits::kMaxImageBytes)
        fail(where, "image file is " + FileLimits::sizeText(bytes.size()) + ", larger than the " +
                        FileLimits::sizeText(FileLimits::kMaxImageBytes) + " accepted");
    const ImageHeader h = probe(bytes.data(), bytes.size(), where);
    if (h.format == "JPEG" && jpegTruncated(bytes.data(), bytes.size()))
        fail(where, "truncated JPEG (no end-of-image marker)");
    cv::Mat img;
    const std::string what = h.format + " image (" + std::to_string(h.width) + " x " + std::to_string(h.height) + ")";
    try {
        const cv::Mat buffer(1, static_cast<int>(bytes.size()), CV_8UC1, const_cast<unsigned char*>(bytes.data()));
        img = cv::imdecode(buffer, cv::IMREAD_COLOR);
    } catch (const cv::Exception& e) {
        fail(where, "cannot decode the " + what + ": " + plainReason(e));
    } catch (const std::bad_alloc&) {
        fail(where, "cannot decode the " + what + ": not enough memory");
    }
    if (img.empty())
        fail(where, "corrupt or undecodable " + what);
    return img;
}

cv::Mat ImageDecode::readImage(const std::string& path, const std::string& where)
{
    const std::string at = where.empty() ? path : where;
    std::vector<unsigned char> bytes;
    try {
        bytes = FileLimits::readAll(path, FileLimits::kMaxImageBytes, "image file");
    } catch (const std::runtime_error& e) {
        std::string m = e.what();
        if (at != path && m.rfind(path + ": ", 0) == 0)
            m = at + ": " + m.substr(path.size() + 2);
        throw std::runtime_error(m);
    }
    return decode(bytes, at);
}

} // namespace arm
