#pragma once

#include <ATen/core/ATen_fwd.h>
#include <c10/core/Device.h>
#include <c10/core/ScalarType.h>

namespace arm {

// bf16 autocast for the lifetime of the scope, on this thread (LibTorch keeps the state per thread),
// for the device's kind: matrix products and convolutions run in bf16, reductions, losses and the
// weights themselves stay fp32 (LibTorch's autocast lists). Off: does nothing. Restores the previous
// state and clears the cast cache on exit, also when the body throws.
class AutocastScope {
public:
    AutocastScope(bool on, const c10::Device& device);
    ~AutocastScope();
    AutocastScope(const AutocastScope&) = delete;
    AutocastScope& operator=(const AutocastScope&) = delete;

private:
    bool m_on;
    bool m_cuda;
    bool m_wasEnabled = false;
    c10::ScalarType m_oldType = c10::ScalarType::Undefined;
};

} // namespace arm
