// HeapPolicy against glibc's own accounting (mallinfo2): a large block comes from the kernel by mmap
// under glibc's defaults and from the heap once the policy is applied; freeing it keeps the memory;
// releaseFreedMemory() gives it back; a user's malloc tunables are left alone.
#include "engine/core/HeapPolicy.h"

#include <QtTest>

#include <cstdlib>
#include <cstring>

namespace {
constexpr long long kBlock = 64LL << 20; // above glibc's largest dynamic mmap threshold (32 MiB)

// Writes every page so the block is really used; volatile so the allocation cannot be optimised out.
void touch(void* p)
{
    volatile char* c = static_cast<volatile char*>(p);
    for (long long i = 0; i < kBlock; i += 4096)
        c[i] = 1;
}
} // namespace

class TstHeapPolicy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (arm::HeapPolicy::mappedBlockBytes() < 0)
            QSKIP("not glibc, or a sanitizer owns the heap: the policy does nothing here by design");
        if (qEnvironmentVariableIsSet("GLIBC_TUNABLES") || qEnvironmentVariableIsSet("MALLOC_TRIM_THRESHOLD_") ||
            qEnvironmentVariableIsSet("MALLOC_MMAP_THRESHOLD_"))
            QSKIP("malloc is tuned by this environment: the defaults cannot be observed");
    }

    // The premise: without the policy glibc maps a 64 MiB block and unmaps it on free, so the next
    // allocation of the same size faults its pages in again.
    void defaultsMapLargeBlocks()
    {
        QCOMPARE(QString::fromStdString(arm::HeapPolicy::describe()), QStringLiteral("glibc defaults"));
        const long long before = arm::HeapPolicy::mappedBlockBytes();
        void* p = std::malloc(kBlock);
        QVERIFY(p);
        touch(p);
        QVERIFY(arm::HeapPolicy::mappedBlockBytes() >= before + kBlock);
        std::free(p);
        QCOMPARE(arm::HeapPolicy::mappedBlockBytes(), before);
    }

    void keptBlocksComeFromTheHeapAndStay()
    {
        QCOMPARE(arm::HeapPolicy::keepFreedMemory(), arm::HeapPolicy::Outcome::Kept);
        QVERIFY(QString::fromStdString(arm::HeapPolicy::describe()).startsWith(QStringLiteral("freed memory kept")));
        const long long mappedBefore = arm::HeapPolicy::mappedBlockBytes();
        void* p = std::malloc(kBlock);
        QVERIFY(p);
        touch(p);
        QCOMPARE(arm::HeapPolicy::mappedBlockBytes(), mappedBefore);
        const long long heapWithBlock = arm::HeapPolicy::heapBytes();
        QVERIFY(heapWithBlock >= kBlock);
        std::free(p);
        // Not trimmed on free: the next step reuses these pages without faulting them in.
        QCOMPARE(arm::HeapPolicy::heapBytes(), heapWithBlock);

        arm::HeapPolicy::releaseFreedMemory();
        QVERIFY2(arm::HeapPolicy::heapBytes() <= heapWithBlock - kBlock / 2,
                 qPrintable(QStringLiteral("heap %1 bytes after release, %2 before")
                                .arg(arm::HeapPolicy::heapBytes())
                                .arg(heapWithBlock)));
    }

    void userTunablesWin_data()
    {
        QTest::addColumn<QByteArray>("variable");
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("GLIBC_TUNABLES") << QByteArray("GLIBC_TUNABLES")
                                        << QByteArray("glibc.malloc.trim_threshold=131072");
        QTest::newRow("MALLOC_TRIM_THRESHOLD_") << QByteArray("MALLOC_TRIM_THRESHOLD_") << QByteArray("131072");
        QTest::newRow("MALLOC_MMAP_THRESHOLD_") << QByteArray("MALLOC_MMAP_THRESHOLD_") << QByteArray("131072");
    }
    void userTunablesWin()
    {
        QFETCH(QByteArray, variable);
        QFETCH(QByteArray, value);
        qputenv(variable.constData(), value);
        const arm::HeapPolicy::Outcome outcome = arm::HeapPolicy::keepFreedMemory();
        qunsetenv(variable.constData());
        QCOMPARE(outcome, arm::HeapPolicy::Outcome::UserChoice);
        QCOMPARE(QString::fromStdString(arm::HeapPolicy::describe()),
                 QStringLiteral("glibc malloc as tuned by the environment"));
    }

    // Other glibc tunables (not malloc's) are not a reason to stand back.
    void unrelatedTunablesDoNotCount()
    {
        qputenv("GLIBC_TUNABLES", "glibc.cpu.hwcaps=-AVX512F");
        const arm::HeapPolicy::Outcome outcome = arm::HeapPolicy::keepFreedMemory();
        qunsetenv("GLIBC_TUNABLES");
        QCOMPARE(outcome, arm::HeapPolicy::Outcome::Kept);
    }
};

QTEST_GUILESS_MAIN(TstHeapPolicy)
#include "tst_heappolicy.moc"
