// arm-cli as a user runs it: every error exits non-zero with a short message naming the option or file,
// and no library's raw text. Runs the built binary (ARM_CLI_PATH).
#include "CliRun.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <fstream>
#include <iterator>
#include <QtTest>

#include <unistd.h>

namespace {

using Run = fixtures::CliRun;

Run cli(const QStringList& args, int timeoutMs = 120000)
{
    return fixtures::cli(args, timeoutMs);
}

const char* text(const Run& r)
{
    return fixtures::describe(r);
}

bool noRawLibraryText(const QByteArray& err)
{
    return !err.contains("json.exception") && !err.contains("INTERNAL ASSERT") && !err.contains("-215") &&
           !err.contains("_M_range_check");
}

} // namespace

class TstCliExit : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void invalidLearningRatesAreErrorsNamingTheOption_data()
    {
        QTest::addColumn<QString>("lr");
        for (const char* v : {"nan", "inf", "-inf", "0", "-0.1"})
            QTest::newRow(v) << QString::fromLatin1(v);
    }
    // It used to fall back to the optimiser's default silently (NaN passed CLI11's PositiveNumber).
    void invalidLearningRatesAreErrorsNamingTheOption()
    {
        QFETCH(QString, lr);
        QTemporaryDir dir;
        // --data does not exist: were --lr accepted, the error would be about the data instead.
        const Run r = cli({QStringLiteral("--quiet"), QStringLiteral("train"), QStringLiteral("--data"),
                           dir.filePath(QStringLiteral("none")), QStringLiteral("--out"),
                           dir.filePath(QStringLiteral("o")), QStringLiteral("--lr"), lr});
        QVERIFY2(r.code != 0, text(r));
        QVERIFY2(r.err.contains("--lr"), text(r));
    }
    // --precision: refused when unknown (naming the option and the choices); otherwise what ran is said
    // in the JSON, with the CPU it ran on, and bf16 is timed against fp32 in the same run.
    void precisionIsChosenAndReported_data()
    {
        QTest::addColumn<QString>("precision");
        QTest::newRow("fp32") << "fp32";
        QTest::newRow("bf16") << "bf16";
        QTest::newRow("fp16 (refused)") << "fp16";
    }
    void precisionIsChosenAndReported()
    {
        QFETCH(QString, precision);
        const Run r = cli({QStringLiteral("--quiet"), QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("bench"),
                           QStringLiteral("--arch"), QStringLiteral("resnet18"), QStringLiteral("--input-size"),
                           QStringLiteral("64"), QStringLiteral("--batch-size"), QStringLiteral("2"),
                           QStringLiteral("--iters"), QStringLiteral("3"), QStringLiteral("--warmup"), QStringLiteral("0"),
                           QStringLiteral("--no-train"), QStringLiteral("--no-inspect"), QStringLiteral("--precision"),
                           precision, QStringLiteral("--json")});
        if (precision == QStringLiteral("fp16")) {
            QVERIFY2(r.code != 0, text(r));
            QVERIFY2(r.err.contains("--precision") && r.err.contains("bf16"), text(r));
            return;
        }
        QVERIFY2(r.code == 0, text(r));
        const QJsonObject j = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(j.value(QStringLiteral("precision")).toString(), precision);
        QVERIFY(!j.value(QStringLiteral("cpu_model")).toString().isEmpty());
        QVERIFY(j.contains(QStringLiteral("bf16_support")));
        QVERIFY(!j.value(QStringLiteral("heap_policy")).toString().isEmpty()); // it moves small-image numbers
        QVERIFY(j.value(QStringLiteral("forward_images_per_second")).toDouble() > 0.0);
        const bool bf16 = precision == QStringLiteral("bf16");
        QCOMPARE(j.value(QStringLiteral("bf16_speedup_median")).toDouble() > 0.0, bf16);
        QCOMPARE(j.value(QStringLiteral("forward_fp32_images_per_second")).toDouble() > 0.0, bf16);
        if (bf16)
            QVERIFY(j.value(QStringLiteral("bf16_speedup_min")).toDouble() <=
                    j.value(QStringLiteral("bf16_speedup_max")).toDouble());
    }

    // The audit's default arithmetic is auto; what it resolved to is said on stderr and in the JSON (bf16
    // moves the ranking, docs/AUDIT.md), and an explicit --precision is obeyed.
    void auditSaysItsArithmetic_data()
    {
        QTest::addColumn<QString>("precision");
        QTest::newRow("default") << QString();
        QTest::newRow("fp32") << "fp32";
        QTest::newRow("bf16") << "bf16";
    }
    void auditSaysItsArithmetic()
    {
        QFETCH(QString, precision);
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("d"));
        const Run synth = cli({QStringLiteral("--quiet"), QStringLiteral("synth"), QStringLiteral("--out"), data,
                               QStringLiteral("--count"), QStringLiteral("70"), QStringLiteral("--size"),
                               QStringLiteral("32"), QStringLiteral("--noise"), QStringLiteral("0.2")});
        QVERIFY2(synth.code == 0, text(synth));
        QStringList args{QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("audit"),
                         QStringLiteral("--data"), data, QStringLiteral("--folds"), QStringLiteral("2"),
                         QStringLiteral("--epochs"), QStringLiteral("1"), QStringLiteral("--input-size"),
                         QStringLiteral("32"), QStringLiteral("--batch-size"), QStringLiteral("8"),
                         QStringLiteral("--json")};
        if (!precision.isEmpty())
            args << QStringLiteral("--precision") << precision;
        const Run r = cli(args);
        QVERIFY2(r.code == 0, text(r));
        const QString arithmetic =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("arithmetic")).toString();
        if (precision.isEmpty())
            QVERIFY2(arithmetic == QStringLiteral("fp32") || arithmetic == QStringLiteral("bf16"), r.out.constData());
        else
            QCOMPARE(arithmetic, precision);
        QVERIFY2(r.err.contains("on cpu, " + arithmetic.toUtf8()), text(r));
    }

    void threadsAreBounded()
    {
        QTemporaryDir dir;
        const Run r = cli({QStringLiteral("--threads"), QStringLiteral("4096"), QStringLiteral("dataset"),
                           QStringLiteral("--data"), dir.path()});
        QVERIFY2(r.code != 0, text(r));
        QVERIFY2(r.err.contains("--threads") && r.err.contains("256"), text(r));
    }
    void hugeNumbersGiveShortMessages_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("option");
        const QString huge(300, QLatin1Char('9'));
        QTest::newRow("batch-size") << QStringList{QStringLiteral("eval"),
                                                   QStringLiteral("--weights"),
                                                   QStringLiteral("/etc/hostname"),
                                                   QStringLiteral("--data"),
                                                   QStringLiteral("x"),
                                                   QStringLiteral("--batch-size"),
                                                   huge}
                                    << QStringLiteral("--batch-size");
        // CLI11 alone wrapped this seed silently and ran (the --out below is never written: the parse fails).
        QTest::newRow("seed") << QStringList{QStringLiteral("--seed"), huge, QStringLiteral("synth"),
                                             QStringLiteral("--out"),
                                             QStringLiteral("/nonexistent/arm-cli-test")}
                              << QStringLiteral("--seed");
        QTest::newRow("synth seed") << QStringList{QStringLiteral("synth"), QStringLiteral("--out"),
                                                   QStringLiteral("/nonexistent/arm-cli-test"),
                                                   QStringLiteral("--seed"),
                                                   QStringLiteral("18446744073709551616")}
                                    << QStringLiteral("--seed");
        QTest::newRow("epochs") << QStringList{QStringLiteral("train"), QStringLiteral("--data"),
                                               QStringLiteral("x"),     QStringLiteral("--out"),
                                               QStringLiteral("y"),     QStringLiteral("--epochs"),
                                               QStringLiteral("1e300")}
                                << QStringLiteral("--epochs");
    }
    void hugeNumbersGiveShortMessages()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, option);
        const Run r = cli(args);
        QVERIFY2(r.code != 0, text(r));
        QVERIFY2(r.err.contains(option.toUtf8()), text(r));
        QVERIFY2(r.err.size() < 240, text(r));
    }
    // `export --weights X --out X` replaced its input; so did the same file under another name.
    void exportRefusesToOverwriteItsInput()
    {
        QTemporaryDir dir;
        const QString input = dir.filePath(QStringLiteral("model.ckpt"));
        const QByteArray original("not really a checkpoint, but the user's only copy");
        {
            QFile f(input);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(original);
        }
        QVERIFY(QFile::link(input, dir.filePath(QStringLiteral("link.pth"))));
        QVERIFY(::link(QFile::encodeName(input).constData(),
                       QFile::encodeName(dir.filePath(QStringLiteral("hard.pth"))).constData()) == 0);
        const QStringList outs{input, dir.path() + QStringLiteral("/./model.ckpt"),
                               dir.filePath(QStringLiteral("link.pth")),
                               dir.filePath(QStringLiteral("hard.pth"))};
        for (const QString& out : outs) {
            const Run r = cli(
                {QStringLiteral("export"), QStringLiteral("--weights"), input, QStringLiteral("--out"), out});
            QVERIFY2(r.code != 0, text(r));
            QVERIFY2(r.err.contains("is the input"), text(r));
            QFile f(input);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), original);
        }
    }
    // A file name that is not UTF-8 used to abort `dataset --json` with nlohmann's type_error.316, losing the
    // whole report.
    void nonUtf8FileNamesKeepTheJsonReport()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("d"));
        Run r = cli({QStringLiteral("--quiet"), QStringLiteral("synth"), QStringLiteral("--out"), data,
                     QStringLiteral("--count"), QStringLiteral("14"), QStringLiteral("--size"),
                     QStringLiteral("48")});
        QVERIFY2(r.code == 0, text(r));
        // Rename one image and its list entry to a name with the byte 0xFF.
        QFile list(data + QStringLiteral("/EmoLabel/list_patition_label.txt"));
        QVERIFY(list.open(QIODevice::ReadOnly));
        QByteArray lines = list.readAll();
        list.close();
        const int space = lines.indexOf(' ');
        const QByteArray first = lines.left(space); // e.g. train_00001.jpg
        const QByteArray stem = first.left(first.size() - 4);
        const QByteArray odd = stem + "\xff";
        lines.replace(0, space, odd + ".jpg");
        QVERIFY(list.open(QIODevice::WriteOnly | QIODevice::Truncate));
        list.write(lines);
        list.close();
        const QByteArray images = QFile::encodeName(data) + "/Image/aligned/";
        QVERIFY(::rename((images + stem + "_aligned.jpg").constData(),
                         (images + odd + "_aligned.jpg").constData()) == 0);

        r = cli({QStringLiteral("--quiet"), QStringLiteral("dataset"), QStringLiteral("--data"), data,
                 QStringLiteral("--json")});
        QVERIFY2(r.code == 0, text(r));
        QVERIFY2(noRawLibraryText(r.err), text(r));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(doc.object().value(QStringLiteral("good")).toInt(), 14);
    }
    // A dataset and an output folder whose names are not UTF-8 used to stop training at the first
    // metrics.json ("contains text that is not valid UTF-8").
    void trainingWithNonUtf8FolderNames()
    {
        QTemporaryDir dir;
        // Qt's argument and file name APIs would turn the byte 0xFF into U+FFFD: the shell passes it as is.
        const QString cliPath = QStringLiteral(ARM_CLI_PATH);
        const QString script =
            QStringLiteral("cd '%1' && D=$(printf 'data\\377') && O=$(printf 'run\\377') && "
                           "'%2' --quiet synth --out \"$D\" --count 12 --size 40 && "
                           "'%2' --quiet --threads 1 train --data \"$D\" --out \"$O\" --input-size 40 --epochs 1 "
                           "--batch-size 4")
                .arg(dir.path(), cliPath);
        QProcess sh;
        sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
        QVERIFY(sh.waitForFinished(240000));
        QVERIFY2(sh.exitStatus() == QProcess::NormalExit && sh.exitCode() == 0, sh.readAllStandardError().constData());
        std::ifstream in(QFile::encodeName(dir.path()).toStdString() + "/run\xff/metrics.json", std::ios::binary);
        QVERIFY(in.good());
        const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const QJsonObject m = QJsonDocument::fromJson(QByteArray::fromStdString(bytes)).object();
        QCOMPARE(m.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
        QVERIFY(m.value(QStringLiteral("dataset")).toObject().value(QStringLiteral("root")).toString().contains(QChar(0xFFFD)));
    }
    void errorsExitNonZeroWithoutLibraryText()
    {
        QTemporaryDir dir;
        const QString junk = dir.filePath(QStringLiteral("junk.ckpt"));
        {
            QFile f(junk);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(4096, '\x80'));
        }
        for (const QString& sub :
             {QStringLiteral("eval"), QStringLiteral("model-info"), QStringLiteral("export")}) {
            QStringList args{sub, QStringLiteral("--weights"), junk};
            if (sub == QStringLiteral("eval"))
                args << QStringLiteral("--data") << dir.path();
            if (sub == QStringLiteral("export"))
                args << QStringLiteral("--out") << dir.filePath(QStringLiteral("o.pth"));
            const Run r = cli(args);
            QVERIFY2(r.code != 0, text(r));
            QVERIFY2(noRawLibraryText(r.err), text(r));
            QVERIFY2(r.err.contains("junk.ckpt"), text(r));
        }
    }
};

QTEST_GUILESS_MAIN(TstCliExit)
#include "tst_cliexit.moc"
