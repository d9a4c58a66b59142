#include "engine/core/ExpressionClasses.h"

#include <QtTest>

using EC = arm::ExpressionClasses;

class TstExpressionClasses : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void basicOrderIsRafDb()
    {
        const auto names = EC::basicNameList();
        QCOMPARE(int(names.size()), 7);
        QCOMPARE(QString::fromStdString(names[0]), QStringLiteral("Surprise"));
        QCOMPARE(QString::fromStdString(names[3]), QStringLiteral("Happiness"));
        QCOMPARE(QString::fromStdString(names[6]), QStringLiteral("Neutral"));
    }
    void fromName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("index");
        QTest::newRow("happy") << QStringLiteral("happy") << int(EC::Happiness);
        QTest::newRow("Happiness") << QStringLiteral("Happiness") << int(EC::Happiness);
        QTest::newRow("ANGRY") << QStringLiteral("ANGRY") << int(EC::Anger);
        QTest::newRow("anger") << QStringLiteral("anger") << int(EC::Anger);
        QTest::newRow("sad") << QStringLiteral("sad") << int(EC::Sadness);
        QTest::newRow("surprised") << QStringLiteral("surprised") << int(EC::Surprise);
        QTest::newRow("fearful") << QStringLiteral("fearful") << int(EC::Fear);
        QTest::newRow("disgusted") << QStringLiteral("disgusted") << int(EC::Disgust);
        QTest::newRow("Neutral") << QStringLiteral("Neutral") << int(EC::Neutral);
        QTest::newRow("prefixed") << QStringLiteral("3_happy") << int(EC::Happiness);
        QTest::newRow("contempt") << QStringLiteral("contempt") << -1;
        QTest::newRow("unknown") << QStringLiteral("zebra") << -1;
    }
    void fromName()
    {
        QFETCH(QString, name);
        QFETCH(int, index);
        QCOMPARE(EC::fromName(name.toStdString()), index);
    }
    void fromFer2013_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("index");
        QTest::newRow("0 angry") << 0 << int(EC::Anger);
        QTest::newRow("1 disgust") << 1 << int(EC::Disgust);
        QTest::newRow("2 fear") << 2 << int(EC::Fear);
        QTest::newRow("3 happy") << 3 << int(EC::Happiness);
        QTest::newRow("4 sad") << 4 << int(EC::Sadness);
        QTest::newRow("5 surprise") << 5 << int(EC::Surprise);
        QTest::newRow("6 neutral") << 6 << int(EC::Neutral);
        QTest::newRow("7 invalid") << 7 << -1;
        QTest::newRow("-1 invalid") << -1 << -1;
    }
    void fromFer2013()
    {
        QFETCH(int, code);
        QFETCH(int, index);
        QCOMPARE(EC::fromFer2013(code), index);
    }
    void fromAffectNet_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("index");
        QTest::newRow("0 neutral") << 0 << int(EC::Neutral);
        QTest::newRow("1 happy") << 1 << int(EC::Happiness);
        QTest::newRow("2 sad") << 2 << int(EC::Sadness);
        QTest::newRow("3 surprise") << 3 << int(EC::Surprise);
        QTest::newRow("4 fear") << 4 << int(EC::Fear);
        QTest::newRow("5 disgust") << 5 << int(EC::Disgust);
        QTest::newRow("6 anger") << 6 << int(EC::Anger);
        QTest::newRow("7 contempt") << 7 << EC::kBasicCount;
        QTest::newRow("8 none") << 8 << -1;
        QTest::newRow("10 non-face") << 10 << -1;
    }
    void fromAffectNet()
    {
        QFETCH(int, code);
        QFETCH(int, index);
        QCOMPARE(EC::fromAffectNet(code), index);
    }
};

QTEST_GUILESS_MAIN(TstExpressionClasses)
#include "tst_expressionclasses.moc"
