// RegularFile: FIFOs, devices and directories are named errors, never a hang or an endless read.
#include "engine/core/RegularFile.h"
#include "tests/unit/core/ChildProcess.h"

#include <QtTest>

#include <fstream>

#include <sys/stat.h>

using arm::RegularFile;

class TstRegularFile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsRegularFiles()
    {
        QTemporaryDir dir;
        const std::string p = dir.filePath(QStringLiteral("f.bin")).toStdString();
        std::ofstream(p, std::ios::binary) << "hello world";
        RegularFile f(p);
        QCOMPARE(f.size(), std::uint64_t(11));
        char buf[32] = {};
        QCOMPARE(f.readAt(6, buf, 5), std::size_t(5));
        QCOMPARE(std::string(buf, 5), std::string("world"));
        QCOMPARE(f.read(buf, sizeof buf), std::size_t(11)); // fewer only at the end
        QCOMPARE(RegularFile::problem(p), std::string());
    }

    void refusesOtherKinds_data()
    {
        QTest::addColumn<QByteArray>("kind");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("missing") << QByteArray("missing") << QByteArray("cannot open file");
        QTest::newRow("directory") << QByteArray("dir") << QByteArray("is a directory");
        QTest::newRow("fifo") << QByteArray("fifo") << QByteArray("named pipe");
        QTest::newRow("device") << QByteArray("device") << QByteArray("is a device");
    }
    void refusesOtherKinds()
    {
        QFETCH(QByteArray, kind);
        QFETCH(QByteArray, expected);
        QTemporaryDir dir;
        std::string p = dir.filePath(QStringLiteral("x")).toStdString();
        if (kind == "dir")
            p = dir.path().toStdString();
        else if (kind == "fifo")
            QCOMPARE(::mkfifo(p.c_str(), 0644), 0);
        else if (kind == "device")
            p = "/dev/zero";
        // In a child: a FIFO that blocks open() would otherwise hang the whole test run.
        const armtest::ChildResult r = armtest::runInChild(
            [&] {
                try {
                    RegularFile f(p);
                    return 1;
                } catch (const std::runtime_error& e) {
                    const std::string msg = e.what();
                    return msg.rfind(p + ": ", 0) == 0 && msg.find(expected.toStdString()) != std::string::npos
                               ? 0
                               : 2;
                }
            },
            5000);
        QVERIFY2(!r.timedOut, "opening blocked");
        QVERIFY(r.exited);
        QCOMPARE(r.code, 0);
        QVERIFY(RegularFile::problem(p).find(expected.toStdString()) != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TstRegularFile)
#include "tst_regularfile.moc"
