#pragma once

#include <string>

namespace arm {

// How the process heap treats freed memory. LibTorch frees every activation and gradient after use and
// allocates them again on the next step. glibc's defaults hand large freed blocks back to the kernel (blocks
// above the mmap threshold, at most 32 MiB, are unmapped; a heap top larger than the trim threshold is
// cut), so every step faults its tensors in again, page by page, zero-filled. Measured with perf on a
// 64 px ResNet-18 train step (batch 16, the label audit's fold models): 20 % of the CPU in the kernel
// (clear_page, brk, unmap) and 14 % in OpenMP waiting behind it. Keeping freed memory for reuse made that
// step 1.23x (fp32) to 1.38x (bf16) faster (medians of five interleaved rounds, docs/PERFORMANCE.md).
//
// The price is that the process keeps its peak: releaseFreedMemory() gives back what a finished long job
// left behind (the GUI calls it after background jobs; the CLI exits instead).
class HeapPolicy {
public:
    enum class Outcome {
        Kept,        // freed memory is now kept for reuse
        UserChoice,  // the user set glibc's malloc tunables (GLIBC_TUNABLES, MALLOC_*_): theirs stand
        Unsupported, // not glibc, or a sanitizer owns the heap: nothing changed
    };

    // Call once at start-up, before threads are created. Blocks up to 1 GiB are taken from the heap
    // and not unmapped; larger ones are still mapped (reusing them from the heap could leave
    // gigabytes stranded behind a small live block), and the heap is never trimmed on free.
    static Outcome keepFreedMemory();
    // Returns free heap memory to the kernel (malloc_trim). Safe at any time from any thread.
    static void releaseFreedMemory();
    // What keepFreedMemory() did, for bench and logs: "freed memory kept for reuse (blocks up to 1 GiB)",
    // "glibc malloc as tuned by the environment", "system allocator"; "glibc defaults" before the call.
    static std::string describe();
    // Bytes in heap blocks currently mapped separately (glibc's mallinfo2 hblkhd); -1 where unknown.
    static long long mappedBlockBytes();
    // Bytes the heap holds from the kernel (mallinfo2 arena); -1 where unknown.
    static long long heapBytes();
};

} // namespace arm
