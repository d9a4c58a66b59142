#include "engine/core/CpuFeatures.h"

#include <cstring>

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#define ARM_HAVE_CPUID 1
#endif

namespace arm {

namespace {

#ifdef ARM_HAVE_CPUID
bool cpuid(unsigned leaf, unsigned subleaf, unsigned regs[4])
{
    return __get_cpuid_count(leaf, subleaf, &regs[0], &regs[1], &regs[2], &regs[3]) != 0;
}

// XGETBV: which register states the OS saves. AVX-512 needs opmask/ZMM (bits 5-7), AMX the tile
// config and data (bits 17, 18); a CPU flag without OS support cannot be used.
unsigned long long xcr0()
{
    unsigned eax = 0, edx = 0;
    __asm__ volatile("xgetbv" : "=a"(eax), "=d"(edx) : "c"(0));
    return (static_cast<unsigned long long>(edx) << 32) | eax;
}
#endif

CpuFeatures detect()
{
    CpuFeatures f;
    f.model = "unknown";
#ifdef ARM_HAVE_CPUID
    unsigned r[4] = {0, 0, 0, 0};
    if (cpuid(0x80000000u, 0, r) && r[0] >= 0x80000004u) {
        char brand[49] = {};
        for (unsigned i = 0; i < 3; ++i) {
            cpuid(0x80000002u + i, 0, r);
            std::memcpy(brand + 16 * i, r, 16);
        }
        std::string s(brand);
        const auto first = s.find_first_not_of(' ');
        const auto last = s.find_last_not_of(' ');
        if (first != std::string::npos)
            f.model = s.substr(first, last - first + 1);
    }
    if (!cpuid(1, 0, r))
        return f;
    const bool osxsave = (r[2] >> 27) & 1u;
    const unsigned long long xcr = osxsave ? xcr0() : 0;
    const bool osAvx = (xcr & 0x6) == 0x6;
    const bool osAvx512 = osAvx && (xcr & 0xe0) == 0xe0;
    const bool osAmx = (xcr & 0x60000) == 0x60000;
    if (!cpuid(0, 0, r) || r[0] < 7)
        return f;
    unsigned l7[4] = {0, 0, 0, 0};
    cpuid(7, 0, l7);
    f.avx2 = osAvx && ((l7[1] >> 5) & 1u);
    f.avx512f = osAvx512 && ((l7[1] >> 16) & 1u);
    f.amxBf16 = osAmx && ((l7[3] >> 22) & 1u);
    f.amxTile = osAmx && ((l7[3] >> 24) & 1u);
    if (l7[0] >= 1) {
        unsigned l71[4] = {0, 0, 0, 0};
        cpuid(7, 1, l71);
        f.avx512bf16 = osAvx512 && ((l71[0] >> 5) & 1u);
    }
#endif
    return f;
}

} // namespace

const CpuFeatures& CpuFeatures::host()
{
    static const CpuFeatures features = detect();
    return features;
}

std::string CpuFeatures::bf16Support() const
{
    if (amxBf16)
        return "AMX-BF16";
    if (avx512bf16)
        return "AVX-512 BF16";
    return "none";
}

std::string CpuFeatures::flags() const
{
    std::string s;
    const auto add = [&s](bool on, const char* name) {
        if (on)
            s += (s.empty() ? "" : " ") + std::string(name);
    };
    add(avx2, "avx2");
    add(avx512f, "avx512f");
    add(avx512bf16, "avx512_bf16");
    add(amxTile, "amx_tile");
    add(amxBf16, "amx_bf16");
    return s;
}

} // namespace arm
