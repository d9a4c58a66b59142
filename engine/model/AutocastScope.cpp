#include "engine/model/AutocastScope.h"

#include <ATen/autocast_mode.h>

namespace arm {

AutocastScope::AutocastScope(bool on, const c10::Device& device) : m_on(on), m_cuda(device.is_cuda())
{
    if (!m_on)
        return;
    if (m_cuda) {
        m_wasEnabled = at::autocast::is_enabled();
        m_oldType = at::autocast::get_autocast_gpu_dtype();
        at::autocast::set_autocast_gpu_dtype(at::kBFloat16);
        at::autocast::set_enabled(true);
    } else {
        m_wasEnabled = at::autocast::is_cpu_enabled();
        m_oldType = at::autocast::get_autocast_cpu_dtype();
        at::autocast::set_autocast_cpu_dtype(at::kBFloat16);
        at::autocast::set_cpu_enabled(true);
    }
    at::autocast::increment_nesting();
}

AutocastScope::~AutocastScope()
{
    if (!m_on)
        return;
    // The outermost scope drops the cached bf16 copies of the weights (they are stale after a step).
    if (at::autocast::decrement_nesting() == 0)
        at::autocast::clear_cache();
    if (m_cuda) {
        at::autocast::set_enabled(m_wasEnabled);
        at::autocast::set_autocast_gpu_dtype(m_oldType);
    } else {
        at::autocast::set_cpu_enabled(m_wasEnabled);
        at::autocast::set_autocast_cpu_dtype(m_oldType);
    }
}

} // namespace arm
