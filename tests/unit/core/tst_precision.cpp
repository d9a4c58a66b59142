// Precision names, what auto resolves to, and CPU feature detection against the kernel's own view.
#include "engine/core/CpuFeatures.h"
#include "engine/core/Precision.h"

#include <QFile>
#include <QtTest>

#include <stdexcept>

class TstPrecision : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void namesRoundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("auto") << "auto";
        QTest::newRow("fp32") << "fp32";
        QTest::newRow("bf16") << "bf16";
    }
    void namesRoundTrip()
    {
        QFETCH(QString, name);
        QCOMPARE(QString::fromStdString(arm::toString(arm::precisionFromString(name.toStdString()))), name);
    }

    void unknownNameIsRefusedWithTheChoices()
    {
        try {
            arm::precisionFromString("fp16");
            QFAIL("fp16 accepted");
        } catch (const std::invalid_argument& e) {
            const QString m = QString::fromUtf8(e.what());
            QVERIFY2(m.contains(QStringLiteral("'fp16'")) && m.contains(QStringLiteral("bf16")), qPrintable(m));
        }
    }

    void explicitChoicesAreKeptAndAutoFollowsTheHardware()
    {
        using arm::Precision;
        QVERIFY(arm::resolvePrecision(Precision::Fp32) == (Precision::Fp32));
        QVERIFY(arm::resolvePrecision(Precision::Bf16) == (Precision::Bf16));
        QVERIFY(arm::resolvePrecision(Precision::Bf16, "cuda:0") == (Precision::Bf16));
        QVERIFY(arm::resolvePrecision(Precision::Auto, "cuda:0") == (Precision::Fp32));
        const bool native = arm::CpuFeatures::host().nativeBf16();
        QVERIFY(arm::resolvePrecision(Precision::Auto, "cpu") == (native ? Precision::Bf16 : Precision::Fp32));
        const QString said = QString::fromStdString(arm::describePrecision(Precision::Auto));
        QVERIFY2(said.startsWith(native ? QStringLiteral("bf16 (") : QStringLiteral("fp32 (")), qPrintable(said));
        if (native)
            QVERIFY(said.contains(QString::fromStdString(arm::CpuFeatures::host().bf16Support())));
    }

    // CPUID read by hand must agree with the flags Linux derived from the same CPUID (and the OS state).
    void detectionAgreesWithProcCpuinfo()
    {
        QFile f(QStringLiteral("/proc/cpuinfo"));
        if (!f.open(QIODevice::ReadOnly))
            QSKIP("no /proc/cpuinfo on this system");
        QStringList flags;
        QString model;
        for (const QByteArray& line : f.readAll().split('\n')) {
            if (flags.isEmpty() && line.startsWith("flags"))
                flags = QString::fromLatin1(line.mid(line.indexOf(':') + 1)).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (model.isEmpty() && line.startsWith("model name"))
                model = QString::fromLatin1(line.mid(line.indexOf(':') + 1)).trimmed();
        }
        if (flags.isEmpty())
            QSKIP("/proc/cpuinfo lists no flags (not x86?)");
        const arm::CpuFeatures& c = arm::CpuFeatures::host();
        QCOMPARE(c.avx2, flags.contains(QStringLiteral("avx2")));
        QCOMPARE(c.avx512f, flags.contains(QStringLiteral("avx512f")));
        QCOMPARE(c.avx512bf16, flags.contains(QStringLiteral("avx512_bf16")));
        QCOMPARE(c.amxBf16, flags.contains(QStringLiteral("amx_bf16")));
        QCOMPARE(c.amxTile, flags.contains(QStringLiteral("amx_tile")));
        QCOMPARE(QString::fromStdString(c.model), model);
        for (const QString& flag : QString::fromStdString(c.flags()).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            QVERIFY2(flags.contains(flag), qPrintable(flag));
    }
};

QTEST_APPLESS_MAIN(TstPrecision)
#include "tst_precision.moc"
