#include "engine/core/Fnv1a.h"

namespace arm {

void Fnv1a::update(const void* data, std::size_t size)
{
    const auto* p = static_cast<const unsigned char*>(data);
    std::uint64_t h = m_hash;
    for (std::size_t i = 0; i < size; ++i) {
        h ^= p[i];
        h *= kPrime;
    }
    m_hash = h;
}

void Fnv1a::updateByte(unsigned char byte)
{
    m_hash ^= byte;
    m_hash *= kPrime;
}

std::uint64_t Fnv1a::hash(const void* data, std::size_t size)
{
    Fnv1a f;
    f.update(data, size);
    return f.value();
}

std::string Fnv1a::toHex(std::uint64_t value)
{
    static const char* digits = "0123456789abcdef";
    std::string s(16, '0');
    for (int i = 15; i >= 0; --i, value >>= 4)
        s[static_cast<std::size_t>(i)] = digits[value & 15];
    return s;
}

} // namespace arm
