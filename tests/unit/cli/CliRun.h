#pragma once
// Runs the built arm-cli (ARM_CLI_PATH) as a user would, for the tests that drive the binary.

#include <QByteArray>
#include <QProcess>
#include <QStringList>

namespace fixtures {

struct CliRun {
    int code = -1; // -2: crashed; -1: timed out
    QByteArray out, err;
};

inline CliRun cli(const QStringList& args, int timeoutMs = 120000)
{
    QProcess p;
    p.start(QStringLiteral(ARM_CLI_PATH), args);
    CliRun r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out";
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// "exit N; stderr: ..." for failure messages (the tail, where the error is).
inline const char* describe(const CliRun& r, int tail = 800)
{
    static QByteArray s;
    s = "exit " + QByteArray::number(r.code) + "; stderr: " + r.err.right(tail);
    return s.constData();
}

} // namespace fixtures
