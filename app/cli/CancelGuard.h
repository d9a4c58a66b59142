#pragma once

#include <atomic>
#include <csignal>

namespace arm::cli {

// Ctrl+C -> cancel: while a guard lives, the first SIGINT sets flag() (the engine polls it between
// steps and stops cleanly, keeping what is written); the handler then steps aside, so a second Ctrl+C
// kills the process as usual. The previous handler is restored when the guard goes out of scope, also
// when the work throws. One guard at a time (the flag is process-wide, as signals are).
class CancelGuard {
public:
    CancelGuard();
    ~CancelGuard();
    CancelGuard(const CancelGuard&) = delete;
    CancelGuard& operator=(const CancelGuard&) = delete;

    const std::atomic<bool>* flag() const;
    bool cancelled() const;

    // The exit code for "stopped by SIGINT", as shells report it.
    static constexpr int kExitCode = 130;

private:
    using Handler = void (*)(int);
    Handler m_previous;
};

} // namespace arm::cli
