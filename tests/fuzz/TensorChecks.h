#pragma once
// LibTorch is not built with ASan, so a tensor view reaching past its storage is invisible to the
// sanitizer until something reads it; the fuzz targets check the bound the readers promise directly.

#include "tests/fuzz/FuzzSupport.h"

#include <torch/types.h>

#include <string>

namespace fuzz {

inline void checkView(const torch::Tensor& t, const std::string& name)
{
    if (!t.defined() || t.numel() == 0)
        return;
    int64_t last = t.storage_offset();
    for (int64_t d = 0; d < t.dim(); ++d) {
        int64_t reach = 0;
        if (__builtin_mul_overflow(t.size(d) - 1, t.stride(d), &reach) || __builtin_add_overflow(last, reach, &last))
            finding("tensor view overflows int64", name);
    }
    const int64_t available = static_cast<int64_t>(t.storage().nbytes() / t.element_size());
    if (t.storage_offset() < 0 || last >= available)
        finding("tensor view past the end of its storage", name);
}

} // namespace fuzz
