#include "app/jobs/Job.h"

#include "app/jobs/BackgroundPriority.h"
#include "engine/core/HeapPolicy.h"

#include <QMetaObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace arm {

Job::Job(QObject* parent)
    : QObject(parent)
{
}

Job::~Job()
{
    m_cancel = true;
    waitForFinished();
}

void Job::waitForFinished()
{
    if (m_future.isValid())
        m_future.waitForFinished();
}

void Job::runAsync(std::function<bool()> work, std::function<void()> deliver, Priority priority)
{
    if (m_running)
        return;
    m_running = true;
    m_cancel = false;
    Q_EMIT started();
    QPointer<Job> self(this);
    const bool background = priority == Priority::Background;
    QThreadPool* pool = background ? BackgroundPriority::backgroundPool() : QThreadPool::globalInstance();
    m_future = QtConcurrent::run(pool, [this, self, background, work = std::move(work),
                                        deliver = std::move(deliver)]() {
        if (background)
            BackgroundPriority::lowerCurrentThread();
        bool ok = false;
        QString error;
        try {
            ok = work();
        } catch (const std::exception& e) {
            error = QString::fromLocal8Bit(e.what());
        } catch (...) {
            error = tr("unknown error");
        }
        // The process keeps freed memory for reuse while tensors churn (main_gui.cpp); a long job's
        // peak (training, whole-dataset evaluation) is given back once it is over, not held while idle.
        if (background)
            HeapPolicy::releaseFreedMemory();
        const bool wasCancelled = !ok && error.isEmpty();
        // The destructor waits for this lambda, so `this` is alive until it returns; the queued call
        // is dropped by Qt if the job is destroyed before the event loop gets to it.
        QMetaObject::invokeMethod(
            this, [this, ok, wasCancelled, error, deliver]() { complete(ok, wasCancelled, error, deliver); },
            Qt::QueuedConnection);
    });
}

void Job::complete(bool ok, bool wasCancelled, const QString& error, const std::function<void()>& deliver)
{
    m_running = false;
    if (!error.isEmpty()) {
        Q_EMIT failed(error);
    } else if (wasCancelled) {
        Q_EMIT cancelled();
    } else {
        if (ok && deliver)
            deliver();
        Q_EMIT succeeded();
    }
    Q_EMIT finished();
}

void Job::reportProgress(int done, int total, const QString& text)
{
    QMetaObject::invokeMethod(
        this, [this, done, total, text]() { Q_EMIT progress(done, total, text); }, Qt::QueuedConnection);
}

} // namespace arm
