// Checks the shared-mime-info definition of ARM Inspector projects (packaging/linux/arm-inspector-mime.xml)
// the way a desktop reads it: Qt's QMimeDatabase loads it from an XDG data dir (mime/packages/*.xml,
// no mime.cache there, so the XML itself is parsed) next to the system database.
#include <QFile>
#include <QMimeDatabase>
#include <QTemporaryDir>
#include <QtTest>

namespace {
QTemporaryDir* xdgDir()
{
    static QTemporaryDir dir;
    return &dir;
}
} // namespace

class TstMimeType : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(xdgDir()->isValid());
        const QString packages = xdgDir()->filePath(QStringLiteral("mime/packages"));
        QVERIFY(QDir().mkpath(packages));
        QVERIFY(QFile::copy(QStringLiteral(ARM_SOURCE_DIR "/packaging/linux/arm-inspector-mime.xml"),
                            packages + QStringLiteral("/io.github.arminspector.ArmInspector.xml")));
        // Must happen before the first QMimeDatabase use in the process: the database is built once.
        qputenv("XDG_DATA_HOME", xdgDir()->path().toLocal8Bit());
        qputenv("XDG_DATA_DIRS", (xdgDir()->path() + QStringLiteral(":/usr/local/share:/usr/share")).toLocal8Bit());
    }

    void typeIsDefined()
    {
        const QMimeType type = QMimeDatabase().mimeTypeForName(QStringLiteral("application/x-armproj"));
        QVERIFY2(type.isValid(), "application/x-armproj is not defined");
        QCOMPARE(type.globPatterns(), QStringList{QStringLiteral("*.armproj")});
        QVERIFY(!type.comment().isEmpty());
        QCOMPARE(type.preferredSuffix(), QStringLiteral("armproj"));
    }

    void fileNameMatches_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("isProject");
        QTest::newRow("project") << "demo.armproj" << true;
        QTest::newRow("upper case") << "DEMO.ARMPROJ" << true;
        QTest::newRow("other") << "demo.txt" << false;
        QTest::newRow("suffix inside name") << "demo.armproj.bak" << false;
    }
    void fileNameMatches()
    {
        QFETCH(QString, name);
        QFETCH(bool, isProject);
        const QString type = QMimeDatabase().mimeTypeForFile(name, QMimeDatabase::MatchExtension).name();
        QCOMPARE(type == QStringLiteral("application/x-armproj"), isProject);
    }

    // A real project file (SQLite header) named *.armproj is a project; the same bytes under a
    // different name are not claimed by us.
    void contentAndNameAgree()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QByteArray header("SQLite format 3", 15);
        header.append('\0');
        header.append(QByteArray(84, '\1'));
        for (const QString& name : {QStringLiteral("p.armproj"), QStringLiteral("p.data")}) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(header), header.size());
        }
        QMimeDatabase db;
        const QMimeType project = db.mimeTypeForFile(dir.filePath(QStringLiteral("p.armproj")));
        QCOMPARE(project.name(), QStringLiteral("application/x-armproj"));
        QVERIFY(project.inherits(QStringLiteral("application/vnd.sqlite3")));
        QVERIFY(db.mimeTypeForFile(dir.filePath(QStringLiteral("p.data"))).name() !=
                QStringLiteral("application/x-armproj"));
    }
};

QTEST_GUILESS_MAIN(TstMimeType)
#include "tst_mimetype.moc"
