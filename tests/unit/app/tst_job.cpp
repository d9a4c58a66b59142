#include "app/jobs/BackgroundPriority.h"
#include "app/jobs/Job.h"

#include <QSignalSpy>
#include <QThreadPool>
#include <QtTest>

#include <stdexcept>

#if defined(Q_OS_LINUX)
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace {
// A job that counts to n, reporting progress, honouring cancel, optionally failing at `failAt`.
class CountingJob : public arm::Job {
public:
    int n = 10;
    int failAt = -1;
    std::atomic<bool>* gate = nullptr; // when set, work waits until it is true (lets a test cancel mid-run)
    int result = 0;

    // The worker reads this object's members (n, gate, m_partial): stop it before they are destroyed.
    ~CountingJob() override
    {
        cancel();
        waitForFinished();
    }

    void start()
    {
        runAsync(
            [this]() {
                for (int i = 0; i < n; ++i) {
                    while (gate && !gate->load())
                        QThread::yieldCurrentThread();
                    if (cancelFlag())
                        return false;
                    if (i == failAt)
                        throw std::runtime_error("broke at " + std::to_string(i));
                    reportProgress(i + 1, n);
                    m_partial = i + 1;
                }
                return true;
            },
            [this]() { result = m_partial; });
    }

private:
    int m_partial = 0;
};

// Records the nice value of the thread its work runs on (Linux), and which thread that is.
class NiceProbeJob : public arm::Job {
public:
    int nice = 0;
    QThread* thread = nullptr;
    ~NiceProbeJob() override { waitForFinished(); } // the worker writes m_nice and m_thread
    void start(Priority priority)
    {
        runAsync(
            [this]() {
#if defined(Q_OS_LINUX)
                m_nice = ::getpriority(PRIO_PROCESS, static_cast<id_t>(::syscall(SYS_gettid)));
#endif
                m_thread = QThread::currentThread();
                return true;
            },
            [this]() {
                nice = m_nice;
                thread = m_thread;
            },
            priority);
    }

private:
    int m_nice = 0;
    QThread* m_thread = nullptr;
};
} // namespace

class TstJob : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void succeedsWithResultAndProgress()
    {
        CountingJob job;
        QSignalSpy ok(&job, &arm::Job::succeeded);
        QSignalSpy progress(&job, &arm::Job::progress);
        QSignalSpy done(&job, &arm::Job::finished);
        job.start();
        QVERIFY(job.isRunning());
        QVERIFY(done.wait(5000));
        QCOMPARE(ok.count(), 1);
        QCOMPARE(job.result, 10);
        QCOMPARE(progress.count(), 10);
        QCOMPARE(progress.last().at(0).toInt(), 10);
        QVERIFY(!job.isRunning());
    }
    // Training-like jobs run below the GUI thread (so the window answers while they use every core), on their
    // own pool, so interactive jobs never inherit a lowered thread.
    void backgroundJobsRunBelowInteractiveOnes()
    {
#if !defined(Q_OS_LINUX)
        QSKIP("thread nice values are Linux-only");
#else
        const int base = ::getpriority(PRIO_PROCESS, static_cast<id_t>(::syscall(SYS_gettid)));
        NiceProbeJob background, interactive;
        QSignalSpy bgDone(&background, &arm::Job::finished);
        background.start(arm::Job::Priority::Background);
        QVERIFY(bgDone.wait(5000));
        QCOMPARE(background.nice, std::min(19, base + arm::BackgroundPriority::kNiceDelta));
        for (int i = 0; i < 4; ++i) { // whichever pool thread runs it, it is not a lowered one
            QSignalSpy done(&interactive, &arm::Job::finished);
            interactive.start(arm::Job::Priority::Interactive);
            QVERIFY(done.wait(5000));
            QCOMPARE(interactive.nice, base);
            QVERIFY(interactive.thread != background.thread);
        }
        QVERIFY(arm::BackgroundPriority::backgroundPool() != QThreadPool::globalInstance());
#endif
    }
    void exceptionBecomesFailed()
    {
        CountingJob job;
        job.failAt = 3;
        QSignalSpy failed(&job, &arm::Job::failed);
        QSignalSpy done(&job, &arm::Job::finished);
        job.start();
        QVERIFY(done.wait(5000));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(0).toString(), QStringLiteral("broke at 3"));
        QCOMPARE(job.result, 0); // nothing delivered
    }
    void cancelStopsWork()
    {
        std::atomic<bool> gate{false};
        CountingJob job;
        job.gate = &gate;
        QSignalSpy cancelled(&job, &arm::Job::cancelled);
        QSignalSpy done(&job, &arm::Job::finished);
        job.start();
        job.cancel();
        gate = true;
        QVERIFY(done.wait(5000));
        QCOMPARE(cancelled.count(), 1);
        QCOMPARE(job.result, 0);
    }
    void destroyingARunningJobWaits()
    {
        std::atomic<bool> gate{false};
        auto* job = new CountingJob;
        job->gate = &gate;
        job->start();
        gate = true;
        delete job; // must not crash or leave the worker touching freed memory
        QCoreApplication::processEvents();
        QVERIFY(true);
    }
};

QTEST_GUILESS_MAIN(TstJob)
#include "tst_job.moc"
