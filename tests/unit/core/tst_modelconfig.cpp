// ModelConfig::validate is the one gate every reader (.ckpt header, .pth inference, the GUI's training
// form) passes a model description through before a network is built from it.
#include "engine/core/ModelConfig.h"

#include <nlohmann/json.hpp>

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

    // A key of the wrong type in a checkpoint's model config is named in plain words: no
    // "[json.exception.type_error.302]" reaches the user (engine/core/JsonValue).
    void wrongTypesAreNamedPlainly_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("input_size string") << R"({"input_size": "big"})"
                                           << "model config key 'input_size': expected an integer, found a string";
        QTest::newRow("class_names numbers") << R"({"class_names": [1, 2]})"
                                             << "model config key 'class_names': expected a list of strings, found a list";
        QTest::newRow("arch number") << R"({"arch": 3})" << "model config key 'arch': expected a string, found an integer";
        QTest::newRow("std string") << R"({"normalization": {"std": "x"}})"
                                    << "model config key 'normalization', entry 'std': expected a list of 3 numbers, "
                                       "found a string";
    }
    void wrongTypesAreNamedPlainly()
    {
        QFETCH(QString, json);
        QFETCH(QString, message);
        try {
            (void)ModelConfig::fromJson(nlohmann::json::parse(json.toStdString()));
            QFAIL("accepted");
        } catch (const std::invalid_argument& e) {
            QCOMPARE(QString::fromStdString(e.what()), message);
        }
    }
};

QTEST_APPLESS_MAIN(TstModelConfig)
#include "tst_modelconfig.moc"
