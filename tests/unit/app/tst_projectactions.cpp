#include "app/store/ProjectActions.h"
#include "app/store/ProjectStore.h"
#include "tests/unit/StoreFixtures.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using arm::EditSource;
using arm::ProjectError;
using arm::ProjectStore;
namespace project = arm::project;

class TstProjectActions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_index = fixtures::makeRafDb(m_dir.filePath(QStringLiteral("data")), 12);
    }

    void parseLabel_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected"); // -1: must throw
        QTest::newRow("raf number 1") << "1" << 0;
        QTest::newRow("raf number 7") << " 7 " << 6;
        QTest::newRow("zero") << "0" << -1;
        QTest::newRow("eight") << "8" << -1;
        QTest::newRow("class name") << "Happiness" << 3;
        QTest::newRow("lower case") << "sadness" << 4;
        QTest::newRow("spelling") << "angry" << 5;
        QTest::newRow("unknown") << "bored" << -1;
        QTest::newRow("empty") << "" << -1;
    }
    void parseLabel()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        const QStringList classes = QStringList{QStringLiteral("Surprise"), QStringLiteral("Fear"),
                                                QStringLiteral("Disgust"), QStringLiteral("Happiness"),
                                                QStringLiteral("Sadness"), QStringLiteral("Anger"),
                                                QStringLiteral("Neutral")};
        if (expected < 0)
            QVERIFY_THROWS_EXCEPTION(ProjectError, project::parseLabel(classes, text));
        else
            QCOMPARE(project::parseLabel(classes, text), expected);
    }

    void csvAllOrNothing()
    {
        auto store = ProjectStore::create(m_dir.filePath(QStringLiteral("a.armproj")), m_index);
        const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
        fixtures::writeFile(bad, "sample,label\n"
                                 "train_00001,happy\n"
                                 "ghost_1,3\n"
                                 "\n"
                                 "train_00002,9\n"
                                 "train_00003\n"
                                 "train_00005,Neutral\n");
        try {
            project::relabelFromCsv(*store, bad, EditSource::Human);
            QFAIL("a CSV with bad lines was applied");
        } catch (const ProjectError& e) {
            const QString message = QString::fromStdString(e.what());
            QVERIFY2(message.contains(QStringLiteral("3 bad line(s)")), qPrintable(message));
            QVERIFY(message.contains(bad + QStringLiteral(":3: no sample named 'ghost_1'")));
            QVERIFY(message.contains(bad + QStringLiteral(":5: label 9 is out of range")));
            QVERIFY(message.contains(bad + QStringLiteral(":6: expected 'sample,label'")));
            QVERIFY(!message.contains(bad + QStringLiteral(":2:")));
        }
        QVERIFY(store->history().empty()); // nothing applied

        const QString good = m_dir.filePath(QStringLiteral("good.csv"));
        fixtures::writeFile(good, "train_00001,happy\r\n\"train_00002\",7\r\ntrain_00003 , 1\r\n");
        const auto ids = project::relabelFromCsv(*store, good, EditSource::Rule, QStringLiteral("from csv"));
        QCOMPARE(ids.size(), std::size_t(3));
        QCOMPARE(store->currentLabel(QStringLiteral("train_00001")), 3);
        QCOMPARE(store->currentLabel(QStringLiteral("train_00002")), 6);
        QCOMPARE(store->currentLabel(QStringLiteral("train_00003")), 0);

        const QJsonArray history = project::historyJson(*store);
        QCOMPARE(history.size(), 3);
        const QJsonObject first = history[0].toObject();
        QCOMPARE(first[QStringLiteral("sample")].toString(), QStringLiteral("train_00001"));
        QCOMPARE(first[QStringLiteral("old")].toInt(), 1);
        QCOMPARE(first[QStringLiteral("new")].toInt(), 4);
        QCOMPARE(first[QStringLiteral("new_name")].toString(), QStringLiteral("Happiness"));
        QCOMPARE(first[QStringLiteral("source")].toString(), QStringLiteral("rule"));
        QCOMPARE(first[QStringLiteral("note")].toString(), QStringLiteral("from csv"));
        QVERIFY(QDateTime::fromString(first[QStringLiteral("time")].toString(), Qt::ISODateWithMs).isValid());
        QCOMPARE(first[QStringLiteral("undone")].toBool(), false);
        store->revertEdit(ids[0]);
        QCOMPARE(project::historyJson(*store, false).size(), 2);
        QVERIFY(project::historyJson(*store)[0].toObject().contains(QStringLiteral("undone_time")));
        QVERIFY(project::historyText(*store).contains(QStringLiteral("train_00001  Surprise -> Happiness  (rule, undone)")));
    }

private:
    QTemporaryDir m_dir;
    arm::DatasetIndex m_index;
};

QTEST_GUILESS_MAIN(TstProjectActions)
#include "tst_projectactions.moc"
