#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace arm {

// 64-bit FNV-1a: the project's one non-cryptographic hash (checkpoint section checksums, model
// fingerprints, cross-validation fold keys). Values are stored in files and caches, so the constants
// and byte order must never change. Note: the offset basis is 1469598103934665603, the published
// 14695981039346656037 with its last digit lost in the original code; it is kept because every stored
// hash depends on it (FNV's mixing does not depend on the basis being the published one).
class Fnv1a {
public:
    static constexpr std::uint64_t kOffsetBasis = 1469598103934665603ULL;
    static constexpr std::uint64_t kPrime = 1099511628211ULL;

    void update(const void* data, std::size_t size);
    void update(std::string_view bytes) { update(bytes.data(), bytes.size()); }
    void updateByte(unsigned char byte);
    std::uint64_t value() const { return m_hash; }
    std::string hex() const { return toHex(m_hash); }

    static std::uint64_t hash(const void* data, std::size_t size);
    static std::uint64_t hash(std::string_view bytes) { return hash(bytes.data(), bytes.size()); }
    // 16 lower-case hex digits, zero-padded ("%016llx").
    static std::string toHex(std::uint64_t value);
    static std::string hexOf(std::string_view bytes) { return toHex(hash(bytes)); }

private:
    std::uint64_t m_hash = kOffsetBasis;
};

} // namespace arm
