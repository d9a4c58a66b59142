#include "app/cli/CancelGuard.h"

namespace arm::cli {

namespace {

std::atomic<bool> g_cancel{false};
static_assert(std::atomic<bool>::is_always_lock_free, "the SIGINT handler needs a lock-free flag");

void onSigint(int)
{
    g_cancel.store(true);
    std::signal(SIGINT, SIG_DFL);
}

} // namespace

CancelGuard::CancelGuard()
{
    g_cancel.store(false);
    m_previous = std::signal(SIGINT, onSigint);
}

CancelGuard::~CancelGuard()
{
    std::signal(SIGINT, m_previous == SIG_ERR ? SIG_DFL : m_previous);
}

const std::atomic<bool>* CancelGuard::flag() const
{
    return &g_cancel;
}

bool CancelGuard::cancelled() const
{
    return g_cancel.load();
}

} // namespace arm::cli
