// `arm-cli project relabel --wait S`: a script relabelling while the GUI holds the project's write lock
// waits for the lock instead of failing, and without --wait fails at once, saying what to do.
#include "app/store/ProjectStore.h"
#include "tests/unit/StoreFixtures.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using arm::ProjectStore;

class TstProjectWait : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project;

    static QStringList relabel(const QString& project, const QStringList& extra)
    {
        return QStringList{QStringLiteral("project"), QStringLiteral("relabel"), project, QStringLiteral("--sample"),
                           QStringLiteral("train_00001"), QStringLiteral("--label"), QStringLiteral("4")} +
               extra;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        static int counter = 0;
        const QString n = QString::number(++counter);
        m_project = m_dir.filePath(QStringLiteral("p%1.armproj").arg(n));
        ProjectStore::create(m_project, fixtures::makeRafDb(m_dir.filePath(QStringLiteral("d%1").arg(n)), 6));
    }

    void withoutWaitFailsAtOnceSayingWhy()
    {
        auto holder = ProjectStore::open(m_project); // the "GUI": holds the write lock
        QVERIFY(!holder->isReadOnly());
        QProcess p;
        QElapsedTimer t;
        t.start();
        p.start(QStringLiteral(ARM_CLI_PATH), relabel(m_project, {}));
        QVERIFY(p.waitForFinished(60000));
        QVERIFY(p.exitCode() != 0);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(m_project) && err.contains(QStringLiteral("another ARM Inspector")) &&
                     err.contains(QStringLiteral("--wait")),
                 qPrintable(err));
        QCOMPARE(holder->currentLabel(QStringLiteral("train_00001")), 0);
    }

    void waitsForTheLockAndCommits()
    {
        auto holder = ProjectStore::open(m_project);
        QVERIFY(!holder->isReadOnly());
        QProcess p;
        p.start(QStringLiteral(ARM_CLI_PATH), relabel(m_project, {QStringLiteral("--wait"), QStringLiteral("60")}));
        QVERIFY(p.waitForStarted());
        // Still waiting after a while (it neither failed nor wrote): the holder keeps the lock.
        QVERIFY(!p.waitForFinished(1500));
        holder.reset(); // the GUI closes the project
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        auto reopened = ProjectStore::open(m_project);
        QCOMPARE(reopened->currentLabel(QStringLiteral("train_00001")), 3);
    }

    void waitGivesUpNamingTheWait()
    {
        auto holder = ProjectStore::open(m_project);
        QProcess p;
        p.start(QStringLiteral(ARM_CLI_PATH), relabel(m_project, {QStringLiteral("--wait"), QStringLiteral("1")}));
        QVERIFY(p.waitForFinished(60000));
        QVERIFY(p.exitCode() != 0);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("waited 1 s")), qPrintable(err));
    }

    void waitIsRangeChecked_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("nan") << "nan";
        QTest::newRow("negative") << "-1";
        QTest::newRow("a year") << "31536000";
    }
    void waitIsRangeChecked()
    {
        QFETCH(QString, value);
        QProcess p;
        p.start(QStringLiteral(ARM_CLI_PATH), relabel(m_project, {QStringLiteral("--wait"), value}));
        QVERIFY(p.waitForFinished(60000));
        QVERIFY(p.exitCode() != 0);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("--wait")), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TstProjectWait)
#include "tst_projectwait.moc"
