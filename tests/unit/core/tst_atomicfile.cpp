// AtomicFile: content, permissions, refusals, and the durability promise: a writer killed at any
// moment leaves the old file or the complete new one, never a torn one.
#include "engine/core/AtomicFile.h"
#include "tests/unit/core/ChildProcess.h"

#include <QtTest>

#include <fstream>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using arm::AtomicFile;

namespace {

std::string readAll(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

constexpr std::size_t kWords = (std::size_t(24) << 20) / 8; // 24 MiB files: long enough to be killed mid-write

// Version v of the big file: word i holds (v << 40) | i, so any mix of versions or a cut shows.
std::vector<std::uint64_t> bigContent(std::uint64_t v)
{
    std::vector<std::uint64_t> words(kWords);
    for (std::size_t i = 0; i < kWords; ++i)
        words[i] = (v << 40) | i;
    return words;
}

// 0 = absent, v = complete version v, -1 = torn (wrong size or mixed content).
long long versionOf(const std::string& path)
{
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0)
        return 0;
    const std::string data = readAll(path);
    if (data.size() != kWords * 8)
        return -1;
    const auto* words = reinterpret_cast<const std::uint64_t*>(data.data());
    const std::uint64_t v = words[0] >> 40;
    for (std::size_t i = 0; i < kWords; ++i)
        if (words[i] != ((v << 40) | i))
            return -1;
    return static_cast<long long>(v);
}

// Child: writes version v (atomically, or with a plain truncating write as the control), tells the
// parent through `ready` when it has started, then writes in 256 KiB pieces.
int writeVersion(const std::string& path, std::uint64_t v, int ready, bool atomic)
{
    const std::vector<std::uint64_t> words = bigContent(v);
    const char* bytes = reinterpret_cast<const char*>(words.data());
    const std::size_t total = words.size() * 8, piece = 256 * 1024;
    const char one = 1;
    if (atomic) {
        AtomicFile out(path);
        if (::write(ready, &one, 1) != 1)
            return 3;
        for (std::size_t at = 0; at < total; at += piece)
            out.append(bytes + at, std::min(piece, total - at));
        out.commit();
        return 0;
    }
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0 || ::write(ready, &one, 1) != 1)
        return 3;
    for (std::size_t at = 0; at < total; at += piece)
        if (::write(fd, bytes + at, std::min(piece, total - at)) < 0)
            return 4;
    ::close(fd);
    return 0;
}

struct KillOutcome {
    int unchanged = 0; // killed before the rename: the old file
    int replaced = 0;  // the complete new file
    int torn = 0;
};

// Kills a writer `delaysMs` after it started, once per delay, and classifies what is on disk.
KillOutcome killWriters(const std::string& path, bool atomic, const std::vector<int>& delaysMs)
{
    KillOutcome out;
    long long current = versionOf(path);
    std::uint64_t next = static_cast<std::uint64_t>(std::max(current, 0LL)) + 1;
    for (int delay : delaysMs) {
        int fds[2];
        if (::pipe(fds) != 0)
            qFatal("pipe");
        const pid_t pid = ::fork();
        if (pid == 0) {
            ::close(fds[0]);
            ::_exit(writeVersion(path, next, fds[1], atomic));
        }
        ::close(fds[1]);
        char c = 0;
        const bool started = ::read(fds[0], &c, 1) == 1;
        ::close(fds[0]);
        if (started && delay > 0)
            ::usleep(static_cast<useconds_t>(delay) * 1000);
        ::kill(pid, SIGKILL);
        int status = 0;
        ::waitpid(pid, &status, 0);
        const long long found = versionOf(path);
        if (found == current)
            ++out.unchanged;
        else if (found == static_cast<long long>(next)) {
            ++out.replaced;
            current = found;
        } else {
            ++out.torn;
            current = found;
        }
        ++next;
    }
    return out;
}

} // namespace

class TstAtomicFile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // A real disk (the build tree) when the test runner provides one: fsync is then not free.
        const QString base = qEnvironmentVariable("ARM_TEST_TMP", QDir::tempPath());
        QDir().mkpath(base);
        m_dir = std::make_unique<QTemporaryDir>(base + QStringLiteral("/atomicfile-XXXXXX"));
        QVERIFY(m_dir->isValid());
    }

    void writesAndReplaces()
    {
        const std::string p = path("a.txt");
        AtomicFile::write(p, "first");
        QCOMPARE(readAll(p), std::string("first"));
        AtomicFile::write(p, "second, longer");
        QCOMPARE(readAll(p), std::string("second, longer"));
        AtomicFile::write(p, "");
        QCOMPARE(readAll(p), std::string());
        QVERIFY(leftovers().isEmpty());
    }

    void streamsSmallAndLargePieces()
    {
        const std::string p = path("big.bin");
        std::string expected;
        {
            AtomicFile out(p);
            for (int i = 0; i < 300; ++i) {
                const std::string piece(i % 7 == 0 ? std::size_t(3) << 20 : std::size_t(i) * 97, char('a' + i % 26));
                out.append(piece);
                expected += piece;
            }
            struct stat st {};
            QVERIFY(::stat(p.c_str(), &st) != 0); // nothing visible before commit
            out.commit();
        }
        QCOMPARE(readAll(p).size(), expected.size());
        QVERIFY(readAll(p) == expected);
        QVERIFY(leftovers().isEmpty());
    }

    void keepsPermissionsOfReplacedFile()
    {
        const std::string p = path("mode.txt");
        AtomicFile::write(p, "x");
        QCOMPARE(::chmod(p.c_str(), 0640), 0);
        AtomicFile::write(p, "y");
        struct stat st {};
        QCOMPARE(::stat(p.c_str(), &st), 0);
        QCOMPARE(int(st.st_mode & 07777), 0640);
    }

    void withoutCommitNothingChanges()
    {
        const std::string p = path("keep.txt");
        AtomicFile::write(p, "old");
        {
            AtomicFile out(p);
            out.append("new content that is never committed");
        }
        QCOMPARE(readAll(p), std::string("old"));
        QVERIFY(leftovers().isEmpty());
    }

    void refusesTargetsThatAreNotRegularFiles()
    {
        const std::string dir = path("adir"), fifo = path("afifo"), link = path("alink"), target = path("target");
        QVERIFY(QDir().mkpath(QString::fromStdString(dir)));
        QCOMPARE(::mkfifo(fifo.c_str(), 0644), 0);
        AtomicFile::write(target, "target content");
        QCOMPARE(::symlink(target.c_str(), link.c_str()), 0);
        for (const std::string& p : {dir, fifo, link}) {
            try {
                AtomicFile::write(p, "data");
                QFAIL(qPrintable(QString::fromStdString(p + " was replaced")));
            } catch (const std::runtime_error& e) {
                const std::string msg = e.what();
                QVERIFY2(msg.rfind(p + ": ", 0) == 0 && msg.find("refusing") != std::string::npos, e.what());
            }
        }
        struct stat st {};
        QVERIFY(::lstat(fifo.c_str(), &st) == 0 && S_ISFIFO(st.st_mode));
        QVERIFY(::lstat(link.c_str(), &st) == 0 && S_ISLNK(st.st_mode));
        QCOMPARE(readAll(target), std::string("target content"));
        QVERIFY(leftovers().isEmpty());
    }

    void errorsNameTheFile()
    {
        const std::string p = path("no/such/dir/x.bin");
        try {
            AtomicFile::write(p, "data");
            QFAIL("wrote into a missing directory");
        } catch (const std::runtime_error& e) {
            QVERIFY2(std::string(e.what()).rfind(p + ": cannot write", 0) == 0, e.what());
        }
        if (::geteuid() == 0)
            return; // root writes into read-only directories
        const std::string ro = path("readonly");
        QVERIFY(QDir().mkpath(QString::fromStdString(ro)));
        QCOMPARE(::chmod(ro.c_str(), 0555), 0);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, AtomicFile::write(ro + "/x", "data"));
        ::chmod(ro.c_str(), 0755);
    }

    // The harness itself: a plain truncating write killed mid-way must be seen as torn, otherwise the
    // durability test below could pass without proving anything.
    void killedPlainWriterIsTorn()
    {
        const std::string p = path("plain.bin");
        const KillOutcome o = killWriters(p, false, {0, 1, 3});
        QVERIFY2(o.torn > 0, "the harness did not detect a torn plain write");
    }

    void killedWriterLeavesOldOrNewFile()
    {
        const std::string p = path("durable.bin");
        // No old file yet: a kill must leave nothing at all.
        KillOutcome first = killWriters(p, true, {0});
        QCOMPARE(first.torn, 0);
        QCOMPARE(versionOf(p), first.replaced ? 1LL : 0LL);
        const KillOutcome o = killWriters(p, true, {0, 1, 2, 5, 10, 20, 40, 80, 160, 320, 640, 1500});
        qInfo("kills: %d before the rename, %d after it, %d torn", o.unchanged + first.unchanged,
              o.replaced + first.replaced, o.torn);
        QCOMPARE(o.torn, 0);
        QVERIFY2(o.unchanged + first.unchanged > 0, "no writer was killed mid-write; the test proved nothing");
        QVERIFY(versionOf(p) >= 0);
    }

private:
    std::string path(const std::string& name) const
    {
        return m_dir->filePath(QString::fromStdString(name)).toStdString();
    }
    // Temporary files a successful or discarded write must not leave (killed writers may).
    QStringList leftovers() const
    {
        return QDir(m_dir->path()).entryList({QStringLiteral("*.tmp-*")}, QDir::Files | QDir::Hidden);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TstAtomicFile)
#include "tst_atomicfile.moc"
