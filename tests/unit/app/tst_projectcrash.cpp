// kill -9 during a burst of edits: every edit the child acknowledged must be in the reopened project,
// and the file must pass PRAGMA integrity_check. The test binary re-invokes itself as the child
// (`tst_projectcrash --burst FILE COUNT`), which prints "ack I ID" after each applyEdit returns.
#include "app/store/ProjectStore.h"
#include "tests/unit/StoreFixtures.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <map>

using arm::EditSource;
using arm::ProjectStore;

namespace {

constexpr int kSamples = 50;
constexpr int kBurst = 1000;

QString sampleOf(int i, const arm::DatasetIndex& index)
{
    return QString::fromStdString(index.samples[static_cast<std::size_t>(i % kSamples)].name);
}

int labelOf(int i)
{
    return (i * 3 + 1) % 7;
}

int runBurst(const QString& project, int count)
{
    try {
        auto store = ProjectStore::open(project);
        if (store->isReadOnly()) {
            std::fprintf(stderr, "child: %s\n", qPrintable(store->readOnlyReason()));
            return 3;
        }
        const auto samples = store->samples();
        for (int i = 0; i < count; ++i) {
            const qint64 id = store->applyEdit(samples[static_cast<std::size_t>(i % kSamples)].name, labelOf(i),
                                               EditSource::Human, QStringLiteral("burst %1").arg(i));
            std::printf("ack %d %lld\n", i, static_cast<long long>(id));
            std::fflush(stdout); // the ack must reach the parent only after the commit returned
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "child: %s\n", e.what());
        return 2;
    }
    return 0;
}

} // namespace

class TstProjectCrash : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void killDuringBurstKeepsAcknowledgedEdits()
    {
        // A real disk (the build tree), not /tmp, when the test runner provides one.
        const QString base = qEnvironmentVariable("ARM_TEST_TMP", QDir::tempPath());
        QVERIFY(QDir().mkpath(base));
        QTemporaryDir dir(base + QStringLiteral("/projectcrash-XXXXXX"));
        QVERIFY(dir.isValid());
        const arm::DatasetIndex index = fixtures::makeRafDb(dir.filePath(QStringLiteral("data")), kSamples);
        const QString project = dir.filePath(QStringLiteral("crash.armproj"));
        ProjectStore::create(project, index).reset();

        const int killAt = QRandomGenerator::global()->bounded(200, 801);
        QElapsedTimer clock;
        clock.start();
        QProcess child;
        child.setProgram(QCoreApplication::applicationFilePath());
        child.setArguments({QStringLiteral("--burst"), project, QString::number(kBurst)});
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start();
        QVERIFY(child.waitForStarted(10000));

        std::map<int, qint64> acked; // burst index -> edit id
        QByteArray pending;
        auto consume = [&] {
            pending += child.readAllStandardOutput();
            qsizetype nl;
            while ((nl = pending.indexOf('\n')) >= 0) {
                const QList<QByteArray> parts = pending.left(nl).split(' ');
                pending.remove(0, nl + 1);
                if (parts.size() == 3 && parts[0] == "ack")
                    acked[parts[1].toInt()] = parts[2].toLongLong();
            }
        };
        bool killed = false;
        while (child.state() == QProcess::Running && clock.elapsed() < 60000) {
            if (!child.waitForReadyRead(10000))
                break;
            consume();
            if (static_cast<int>(acked.size()) >= killAt) {
                child.kill(); // SIGKILL on Unix: no destructors, no checkpoint, no lock cleanup
                killed = true;
                break;
            }
        }
        QVERIFY(child.waitForFinished(10000));
        consume(); // acks already in the pipe were printed after their commit returned: they count too
        QVERIFY2(killed, qPrintable(QStringLiteral("child ended before the kill: %1 acks, stderr: %2")
                                        .arg(acked.size())
                                        .arg(QString::fromLocal8Bit(child.readAllStandardError()))));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QVERIFY2(static_cast<int>(acked.size()) < kBurst, "the kill did not land mid-burst");
        qInfo("killed after %d acks (target %d), %lld ms", int(acked.size()), killAt, clock.elapsed());

        // The dead child's lock is stale: the reopened project is writable again.
        auto store = ProjectStore::open(project);
        QVERIFY2(!store->isReadOnly(), qPrintable(store->readOnlyReason()));
        QCOMPARE(store->integrityCheck(), QStringLiteral("ok"));
        std::map<QString, int> byNote;
        const auto history = store->history();
        for (const auto& e : history)
            byNote[e.note] = e.newLabel;
        QVERIFY(history.size() >= acked.size());
        for (const auto& [i, id] : acked) {
            const auto edit = store->edit(id);
            QVERIFY2(edit.has_value(), qPrintable(QStringLiteral("acknowledged edit %1 (id %2) is lost").arg(i).arg(id)));
            QCOMPARE(edit->note, QStringLiteral("burst %1").arg(i));
            QCOMPARE(edit->sample, sampleOf(i, index));
            QCOMPARE(edit->newLabel, labelOf(i));
        }
        // Edits are contiguous: nothing after a lost one survived (the log is a prefix of the burst).
        for (std::size_t k = 0; k < history.size(); ++k)
            QCOMPARE(history[k].note, QStringLiteral("burst %1").arg(k));
        // The last acknowledged edit decides the label of its sample.
        const int last = acked.rbegin()->first;
        if (static_cast<int>(history.size()) == last + 1)
            QCOMPARE(store->currentLabel(sampleOf(last, index)), labelOf(last));
        // And the project keeps working.
        store->applyEdit(sampleOf(0, index), 6, EditSource::Human);
        QCOMPARE(store->currentLabel(sampleOf(0, index)), 6);
    }
};

int main(int argc, char** argv)
{
    if (argc == 4 && qstrcmp(argv[1], "--burst") == 0) {
        QCoreApplication app(argc, argv);
        return runBurst(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toInt());
    }
    QCoreApplication app(argc, argv);
    TstProjectCrash test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_projectcrash.moc"
