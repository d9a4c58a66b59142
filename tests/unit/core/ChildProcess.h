#pragma once

// Runs a function in a forked child process, for tests that must survive what they provoke: a
// SIGKILL in the middle of a write, a read that would hang forever (a FIFO) or a run-away allocation.
// Only for code that needs no threads of the parent (the child has just the forking thread).

#include <chrono>
#include <cstdio>
#include <functional>
#include <thread>

#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace armtest {

struct ChildResult {
    bool exited = false; // normal exit; code is valid
    int code = -1;
    int signal = 0;      // the signal that ended it (SIGKILL after a timeout)
    bool timedOut = false;
};

// fn's return value is the exit code; an escaping exception exits with 98. After timeoutMs the child
// is killed and timedOut set. addressSpaceLimit (bytes, 0 = none) makes a huge allocation fail fast.
inline ChildResult runInChild(const std::function<int()>& fn, int timeoutMs, rlim_t addressSpaceLimit = 0)
{
    const pid_t pid = ::fork();
    if (pid == 0) {
        if (addressSpaceLimit) {
            const rlimit lim{addressSpaceLimit, addressSpaceLimit};
            ::setrlimit(RLIMIT_AS, &lim);
        }
        int code = 98;
        try {
            code = fn();
        } catch (...) {
        }
        ::_exit(code);
    }
    ChildResult r;
    if (pid < 0)
        return r;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    int status = 0;
    while (::waitpid(pid, &status, WNOHANG) == 0) {
        if (std::chrono::steady_clock::now() > deadline) {
            ::kill(pid, SIGKILL);
            ::waitpid(pid, &status, 0);
            r.timedOut = true;
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    r.exited = WIFEXITED(status);
    r.code = r.exited ? WEXITSTATUS(status) : -1;
    r.signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    return r;
}

// Current virtual size of this process (from /proc/self/statm), to set a limit "now + N bytes".
inline rlim_t currentAddressSpace()
{
    long pages = 0;
    if (FILE* f = std::fopen("/proc/self/statm", "r")) {
        if (std::fscanf(f, "%ld", &pages) != 1)
            pages = 0;
        std::fclose(f);
    }
    return static_cast<rlim_t>(pages) * static_cast<rlim_t>(::sysconf(_SC_PAGESIZE));
}

} // namespace armtest
