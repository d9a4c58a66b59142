#pragma once

#include <string>

namespace arm {

// What this CPU can do that matters for choosing a precision, read at run time with CPUID (x86-64);
// everything false elsewhere. Native bf16 means oneDNN runs bf16 convolutions in hardware: AVX-512 BF16
// (e.g. AMD Zen 4, Intel Cooper Lake and later) or AMX-BF16 (Intel Sapphire Rapids and later). Without
// either, bf16 is emulated and slower than fp32.
struct CpuFeatures {
    std::string model;      // the brand string, e.g. "AMD EPYC 9B14" (CPUID 0x80000002..4); "unknown"
    bool avx2 = false;
    bool avx512f = false;
    bool avx512bf16 = false;
    bool amxTile = false;
    bool amxBf16 = false;

    // This machine's, detected once.
    static const CpuFeatures& host();

    bool nativeBf16() const { return avx512bf16 || amxBf16; }
    // "AMX-BF16", "AVX-512 BF16" or "none": the best bf16 path, as said in bench and the status bar.
    std::string bf16Support() const;
    // The relevant flags as /proc/cpuinfo spells them, space-separated ("avx2 avx512f avx512_bf16").
    std::string flags() const;
};

} // namespace arm
