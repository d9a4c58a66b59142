#pragma once

#include <QFuture>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>

namespace arm {

// Base of every long-running piece of work the GUI starts (evaluate, train, inspect, audit, demo).
// A job takes its parameters as a plain struct before start(), runs on the global thread pool, never
// touches widgets, reports progress through signals (delivered on the job's thread, i.e. the GUI
// thread) and checks an atomic cancel flag. Subclasses store their result struct and then emit
// succeeded(); readers fetch it with the subclass's result() accessor.
class Job : public QObject {
    Q_OBJECT
public:
    // Background work (training, demo, full evaluations) runs below the GUI's priority on its own pool
    // (BackgroundPriority); Interactive work (inspection, affinity) at normal priority on the global pool.
    enum class Priority { Interactive, Background };

    explicit Job(QObject* parent = nullptr);
    // Requests cancellation and waits for the worker: no dangling work. By then a subclass's own members
    // are destroyed, so a worker must capture what it reads by value (the jobs here do: params in, a
    // shared result out) or the subclass's destructor must cancel() and waitForFinished() itself (UBSan
    // found a test job reading its members after its destructor had run).
    ~Job() override;

    bool isRunning() const { return m_running; }
    void cancel() { m_cancel = true; }
    bool isCancelRequested() const { return m_cancel.load(); }
    // Blocks until the worker returns (for tests and shutdown). Events are NOT processed.
    void waitForFinished();

Q_SIGNALS:
    void started();
    void progress(int done, int total, const QString& text);
    void succeeded();
    void failed(const QString& message);
    void cancelled();
    void finished(); // after exactly one of succeeded / failed / cancelled

protected:
    // Runs `work` on the thread pool. An exception from it becomes failed(what()). `work` returns true
    // when it completed, false when it stopped because cancel was requested. `deliver` then runs on the
    // job's thread before succeeded() is emitted: move the result into the job there.
    void runAsync(std::function<bool()> work, std::function<void()> deliver = {},
                  Priority priority = Priority::Interactive);
    const std::atomic<bool>& cancelFlag() const { return m_cancel; }
    // Thread-safe: queued to the job's thread.
    void reportProgress(int done, int total, const QString& text = {});

private:
    void complete(bool ok, bool wasCancelled, const QString& error, const std::function<void()>& deliver);

    std::atomic<bool> m_cancel{false};
    bool m_running = false;
    QFuture<void> m_future;
};

} // namespace arm
