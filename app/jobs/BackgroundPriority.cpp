#include "app/jobs/BackgroundPriority.h"

#include <algorithm>

#include <QThread>
#include <QThreadPool>

#if defined(Q_OS_LINUX)
#include <cerrno>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#ifndef NOMINMAX
#define NOMINMAX // windows.h's min/max macros would break std::min/std::max
#endif
#include <windows.h>
#endif

namespace arm {

bool BackgroundPriority::lowerCurrentThread()
{
    thread_local bool lowered = false;
    if (lowered)
        return true;
#if defined(Q_OS_LINUX)
    // On Linux nice is a per-thread attribute when addressed by thread id (see setpriority(2), BUGS).
    const auto tid = static_cast<id_t>(::syscall(SYS_gettid));
    errno = 0;
    const int current = ::getpriority(PRIO_PROCESS, tid);
    if (errno != 0)
        return false;
    if (::setpriority(PRIO_PROCESS, tid, std::min(19, current + kNiceDelta)) != 0)
        return false;
#elif defined(Q_OS_WIN)
    if (!::SetThreadPriority(::GetCurrentThread(), THREAD_PRIORITY_BELOW_NORMAL))
        return false;
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
    lowered = true;
    return true;
}

QThreadPool* BackgroundPriority::backgroundPool()
{
    static QThreadPool pool;
    static const bool sized = [] {
        pool.setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
        return true;
    }();
    Q_UNUSED(sized);
    return &pool;
}

} // namespace arm
