#pragma once

class QThreadPool;

namespace arm {

// Long CPU-bound jobs (training, the demo, full evaluations) run below the GUI thread's priority so the
// window keeps answering while they use every core: on Linux the calling thread's nice value is raised by
// 10 (threads it creates afterwards, LibTorch's OpenMP team and the batch loader's decoders, inherit it),
// on Windows THREAD_PRIORITY_BELOW_NORMAL, elsewhere QThread::LowPriority. It cannot be undone without
// privileges, so such jobs get their own pool (backgroundPool) and never lower a thread that later serves
// interactive work (inspection, thumbnails).
class BackgroundPriority {
public:
    // Lowers the calling thread once (later calls on the same thread do nothing). Returns false when the
    // system refused.
    static bool lowerCurrentThread();
    // Niceness delta applied on Linux.
    static constexpr int kNiceDelta = 10;
    // The pool background jobs run on (as many threads as cores; threads expire after 30 s idle).
    static QThreadPool* backgroundPool();
};

} // namespace arm
