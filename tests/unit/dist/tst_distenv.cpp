// torchrun's environment read into DistEnv: what starts a distributed run, what is refused and how
// the refusal names the variable.
#include "engine/dist/DistEnv.h"

#include <QtTest>

#include <map>
#include <string>

namespace {

using Table = std::map<std::string, std::string>;

arm::DistEnv::Getenv lookup(const Table& t)
{
    return [t](const char* name) -> const char* {
        const auto it = t.find(name);
        return it == t.end() ? nullptr : it->second.c_str();
    };
}

Table parse(const QString& text)
{
    Table t;
    for (const QString& kv : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const auto eq = kv.indexOf(QLatin1Char('='));
        t[kv.left(eq).toStdString()] = kv.mid(eq + 1).toStdString();
    }
    return t;
}

} // namespace

class TstDistEnv : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void accepted_data()
    {
        QTest::addColumn<QString>("vars");
        QTest::addColumn<int>("rank");
        QTest::addColumn<int>("world");
        QTest::addColumn<bool>("agent");
        QTest::addColumn<int>("localWorld");
        QTest::newRow("unset: one process") << QString() << 0 << 1 << false << 1;
        QTest::newRow("world 1 ignores the rest") << QStringLiteral("WORLD_SIZE=1 RANK=junk") << 0 << 1 << false << 1;
        QTest::newRow("plain env://") << QStringLiteral("WORLD_SIZE=2 RANK=1 MASTER_ADDR=127.0.0.1 MASTER_PORT=29500")
                                      << 1 << 2 << false << 1;
        QTest::newRow("torchrun agent store")
            << QStringLiteral("WORLD_SIZE=4 RANK=3 LOCAL_RANK=1 LOCAL_WORLD_SIZE=2 MASTER_ADDR=node0 MASTER_PORT=1234 "
                              "TORCHELASTIC_USE_AGENT_STORE=True TORCHELASTIC_RESTART_COUNT=2")
            << 3 << 4 << true << 2;
    }
    void accepted()
    {
        QFETCH(QString, vars);
        QFETCH(int, rank);
        QFETCH(int, world);
        QFETCH(bool, agent);
        QFETCH(int, localWorld);
        const arm::DistEnv e = arm::DistEnv::read(lookup(parse(vars)));
        QCOMPARE(e.rank, rank);
        QCOMPARE(e.worldSize, world);
        QCOMPARE(e.agentStore, agent);
        QCOMPARE(e.localWorldSize, localWorld);
        QCOMPARE(e.distributed(), world > 1);
        if (agent)
            QCOMPARE(e.restartCount, std::string("2"));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("vars");
        QTest::addColumn<QString>("named");
        QTest::newRow("world not a number") << QStringLiteral("WORLD_SIZE=two") << QStringLiteral("WORLD_SIZE=two");
        QTest::newRow("rank missing") << QStringLiteral("WORLD_SIZE=2 MASTER_ADDR=a MASTER_PORT=1")
                                      << QStringLiteral("RANK is not set");
        QTest::newRow("rank too big") << QStringLiteral("WORLD_SIZE=2 RANK=2 MASTER_ADDR=a MASTER_PORT=1")
                                      << QStringLiteral("RANK=2 is not below WORLD_SIZE=2");
        QTest::newRow("port out of range") << QStringLiteral("WORLD_SIZE=2 RANK=0 MASTER_ADDR=a MASTER_PORT=70000")
                                           << QStringLiteral("MASTER_PORT=70000");
        QTest::newRow("address missing") << QStringLiteral("WORLD_SIZE=2 RANK=0 MASTER_PORT=1")
                                         << QStringLiteral("MASTER_ADDR is not set");
        QTest::newRow("trailing junk") << QStringLiteral("WORLD_SIZE=2 RANK=0x1 MASTER_ADDR=a MASTER_PORT=1")
                                       << QStringLiteral("RANK=0x1");
    }
    void refused()
    {
        QFETCH(QString, vars);
        QFETCH(QString, named);
        try {
            arm::DistEnv::read(lookup(parse(vars)));
            QFAIL("accepted");
        } catch (const std::invalid_argument& e) {
            QVERIFY2(QString::fromStdString(e.what()).contains(named), e.what());
        }
    }

    void threadsShareTheMachine()
    {
        arm::DistEnv e;
        e.worldSize = 4;
        e.localWorldSize = 2;
        QCOMPARE(e.defaultThreads(8, lookup({})), 4);
        QCOMPARE(e.defaultThreads(1, lookup({})), 1);
        QCOMPARE(e.defaultThreads(8, lookup({{"OMP_NUM_THREADS", "3"}})), 3);
    }

    void backends()
    {
        QCOMPARE(arm::resolveDistBackend("auto", "cpu", false), std::string("gloo"));
        QCOMPARE(arm::resolveDistBackend("auto", "cuda:0", true), std::string("nccl"));
        QCOMPARE(arm::resolveDistBackend("auto", "cuda:0", false), std::string("gloo"));
        QCOMPARE(arm::resolveDistBackend("gloo", "cuda", true), std::string("gloo"));
        try {
            arm::resolveDistBackend("nccl", "cpu", false);
            QFAIL("nccl accepted without NCCL");
        } catch (const std::invalid_argument& e) {
            QVERIFY2(std::string(e.what()).find("no NCCL") != std::string::npos, e.what());
        }
    }
};

QTEST_APPLESS_MAIN(TstDistEnv)
#include "tst_distenv.moc"
