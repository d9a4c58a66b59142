// ModelConfig::validate is the one gate every reader (.ckpt header, .pth inference, the GUI's training
// form) passes a model description through before a network is built from it.
#include "engine/core/ModelConfig.h"

#include <QtTest>

#include <cmath>
#include <limits>

using arm::ModelConfig;

class TstModelConfig : public QObject {
    Q_OBJECT

    static QString refusal(const ModelConfig& c)
    {
        try {
            c.validate();
        } catch (const std::invalid_argument& e) {
            return QString::fromStdString(e.what());
        }
        return QStringLiteral("ACCEPTED");
    }

private Q_SLOTS:
    void acceptsSaneConfigs()
    {
        ModelConfig c;
        QCOMPARE(refusal(c), QStringLiteral("ACCEPTED"));
        c.numClasses = 1000; // Checkpoint::kMaxClasses
        QCOMPARE(refusal(c), QStringLiteral("ACCEPTED"));
        c.numClasses = 8;
        c.classNames = {"a", "b", "c", "d", "e", "f", "g", "h"};
        QCOMPARE(refusal(c), QStringLiteral("ACCEPTED"));
    }

    void refusesNamingTheKey_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("key");
        QTest::newRow("no classes") << 0 << 0.0 << "num_classes";
        QTest::newRow("1001 classes") << 0 << 1001.0 << "num_classes";
        QTest::newRow("2e9 classes") << 0 << 2e9 << "num_classes";
        QTest::newRow("input 0") << 1 << 0.0 << "input_size";
        QTest::newRow("input 5000") << 1 << 5000.0 << "input_size";
        QTest::newRow("momentum 0") << 2 << 0.0 << "running_momentum";
        QTest::newRow("momentum NaN") << 2 << std::nan("") << "running_momentum";
        QTest::newRow("std 0") << 3 << 0.0 << "normalization.std";
        QTest::newRow("std NaN") << 3 << std::nan("") << "normalization.std";
        QTest::newRow("names mismatch") << 4 << 3.0 << "class_names";
    }
    void refusesNamingTheKey()
    {
        QFETCH(int, field);
        QFETCH(double, value);
        QFETCH(QString, key);
        ModelConfig c;
        switch (field) {
        case 0: c.numClasses = value > std::numeric_limits<int>::max() ? std::numeric_limits<int>::max() : int(value); break;
        case 1: c.inputSize = int(value); break;
        case 2: c.runningMomentum = value; break;
        case 3: c.norm.std[1] = float(value); break;
        case 4: c.classNames.assign(std::size_t(value), "x"); break;
        }
        const QString msg = refusal(c);
        QVERIFY2(msg.startsWith(key), qPrintable(msg));
    }
};

QTEST_APPLESS_MAIN(TstModelConfig)
#include "tst_modelconfig.moc"
