#include "engine/core/HeapPolicy.h"

#include <atomic>
#include <cstdlib>
#include <cstring>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

// The sanitizers replace malloc: mallopt would be a no-op or an error there, and their heap is theirs.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define ARM_HEAP_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
#define ARM_HEAP_SANITIZED 1
#endif
#endif

namespace arm {

namespace {

std::atomic<int> g_outcome{-1};
std::atomic<long long> g_threshold{0};

enum class HeapStatistic { Mapped, Heap };

// glibc's own accounting (mallinfo2, glibc 2.33 and later); -1 where there is none to read.
long long heapStatistic(HeapStatistic which)
{
#if defined(__GLIBC__) && !defined(ARM_HEAP_SANITIZED) && (__GLIBC__ > 2 || __GLIBC_MINOR__ >= 33)
    const struct mallinfo2 info = mallinfo2();
    return static_cast<long long>(which == HeapStatistic::Mapped ? info.hblkhd : info.arena);
#else
    (void)which;
    return -1;
#endif
}

#if defined(__GLIBC__) && !defined(ARM_HEAP_SANITIZED)
// A user who tuned glibc's malloc knows their machine; their settings win over ours.
bool userTunedMalloc()
{
    const char* tunables = std::getenv("GLIBC_TUNABLES");
    if (tunables && std::strstr(tunables, "glibc.malloc."))
        return true;
    for (const char* name : {"MALLOC_MMAP_THRESHOLD_", "MALLOC_TRIM_THRESHOLD_", "MALLOC_TOP_PAD_"}) {
        if (std::getenv(name))
            return true;
    }
    return false;
}
#endif

} // namespace

HeapPolicy::Outcome HeapPolicy::keepFreedMemory()
{
    Outcome outcome = Outcome::Unsupported;
#if defined(__GLIBC__) && !defined(ARM_HEAP_SANITIZED)
    if (userTunedMalloc()) {
        outcome = Outcome::UserChoice;
    } else {
        // glibc before 2.35 refuses thresholds above 32 MiB (HEAP_MAX_SIZE / 2); take the largest it
        // accepts. Setting the threshold also stops glibc from moving it (and the trim threshold) itself.
        long long threshold = 1LL << 30;
        if (mallopt(M_MMAP_THRESHOLD, static_cast<int>(threshold)) == 0) {
            threshold = 32LL << 20;
            if (mallopt(M_MMAP_THRESHOLD, static_cast<int>(threshold)) == 0)
                threshold = 0;
        }
        // The trim threshold is an int for mallopt; INT_MAX bytes of free heap top is "never" in practice.
        if (threshold > 0 && mallopt(M_TRIM_THRESHOLD, 0x7fffffff) != 0) {
            g_threshold = threshold;
            outcome = Outcome::Kept;
        }
    }
#endif
    g_outcome = static_cast<int>(outcome);
    return outcome;
}

void HeapPolicy::releaseFreedMemory()
{
#if defined(__GLIBC__) && !defined(ARM_HEAP_SANITIZED)
    malloc_trim(0);
#endif
}

std::string HeapPolicy::describe()
{
    switch (g_outcome.load()) {
    case static_cast<int>(Outcome::Kept):
        return g_threshold.load() >= (1LL << 30) ? "freed memory kept for reuse (blocks up to 1 GiB)"
                                                  : "freed memory kept for reuse (blocks up to 32 MiB)";
    case static_cast<int>(Outcome::UserChoice):
        return "glibc malloc as tuned by the environment";
    case static_cast<int>(Outcome::Unsupported):
        return "system allocator";
    default:
        return "glibc defaults";
    }
}

long long HeapPolicy::mappedBlockBytes()
{
    return heapStatistic(HeapStatistic::Mapped);
}

long long HeapPolicy::heapBytes()
{
    return heapStatistic(HeapStatistic::Heap);
}

} // namespace arm
