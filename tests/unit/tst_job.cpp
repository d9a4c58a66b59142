#include "app/jobs/Job.h"

#include <QSignalSpy>
#include <QtTest>

#include <stdexcept>

namespace {
// A job that counts to n, reporting progress, honouring cancel, optionally failing at `failAt`.
class CountingJob : public arm::Job {
public:
    int n = 10;
    int failAt = -1;
    std::atomic<bool>* gate = nullptr; // when set, work waits until it is true (lets a test cancel mid-run)
    int result = 0;

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
