// A project file can come from anywhere: these tests alter one the way an attacker or a damaged disk
// would and check that export never writes outside its folder, never drops an edit it reports, and
// that the store refuses what it cannot trust.
#include "app/store/LabelExporter.h"
#include "app/store/ProjectActions.h"
#include "app/store/ProjectStore.h"
#include "tests/unit/StoreFixtures.h"

#include <QDirIterator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sys/stat.h>

using arm::EditSource;
using arm::LabelExporter;
using arm::ProjectError;
using arm::ProjectStore;

namespace {

// Runs SQL on a closed project file, as a hand-edited or hostile file would arrive.
void tamper(const QString& path, const QString& sql)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        // Any SQLite writer can switch the schema's CHECKs off: the store must not rely on them.
        QVERIFY(q.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON")));
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(name);
}

QStringList filesUnder(const QString& root)
{
    QStringList out;
    QDirIterator it(root, QDir::Files | QDir::System | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    return out;
}

QString messageOf(const std::function<void()>& f)
{
    try {
        f();
    } catch (const ProjectError& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

} // namespace

class TstExportSafety : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void storedPathClimbingOutIsRefused_data()
    {
        QTest::addColumn<QString>("relPath");
        QTest::newRow("parent of the dataset") << QStringLiteral("../victim/happy/face3.png");
        QTest::newRow("deep inside") << QStringLiteral("train/../../../victim/happy/face3.png");
    }
    void storedPathClimbingOutIsRefused()
    {
        QFETCH(QString, relPath);
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("faces"));
        const QString project = dir.filePath(QStringLiteral("p.armproj"));
        const QString victim = dir.filePath(QStringLiteral("victim/happy/face3.png"));
        fixtures::writeFile(victim, "precious");
        {
            auto store = ProjectStore::create(project, fixtures::makeFolder(data, 7));
            store->applyEdit(QStringLiteral("train/happy/face3.png"), 4, EditSource::Human);
        }
        tamper(project, QStringLiteral("UPDATE samples SET rel_path = '%1' WHERE name = 'train/happy/face3.png'").arg(relPath));
        const QString message = messageOf([&] { ProjectStore::open(project); });
        QVERIFY2(message.contains(QStringLiteral("leaves the dataset folder")), qPrintable(message));
        QCOMPARE(fixtures::readAll(victim), QByteArray("precious"));
        QVERIFY(!QFileInfo(victim).isSymLink());
    }

    void exportFolderLinkedOutsideIsRefused()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("faces"));
        auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.armproj")), fixtures::makeFolder(data, 7));
        const QString out = dir.filePath(QStringLiteral("out"));
        const QString elsewhere = dir.filePath(QStringLiteral("elsewhere"));
        QVERIFY(QDir().mkpath(out) && QDir().mkpath(elsewhere));
        // OUT/train is a link to a folder outside OUT, left there before the export.
        QVERIFY(QFile::link(elsewhere, out + QStringLiteral("/train")));
        const QString message = messageOf([&] { LabelExporter(*store).exportTo(out); });
        QVERIFY2(message.contains(QStringLiteral("outside the export directory")), qPrintable(message));
        QVERIFY2(filesUnder(elsewhere).isEmpty(), qPrintable(filesUnder(elsewhere).join(QLatin1Char(' '))));
    }

    void labelFileLostLinesIsAnError()
    {
        QTemporaryDir dir;
        const arm::DatasetIndex index = fixtures::makeRafDb(dir.filePath(QStringLiteral("data")), 10);
        auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.armproj")), index);
        store->applyEdit(QStringLiteral("train_00009"), 0, EditSource::Human); // line 9
        // The list file was cut to 5 lines since the project was made: the edit has nowhere to go.
        const QString list = QString::fromStdString(index.labelFile);
        QList<QByteArray> lines = fixtures::readAll(list).split('\n').mid(0, 5);
        fixtures::writeFile(list, lines.join('\n') + '\n');
        const QString out = dir.filePath(QStringLiteral("out"));
        const QString message = messageOf([&] { LabelExporter(*store).exportTo(out); });
        QVERIFY2(message.contains(QStringLiteral("train_00009")), qPrintable(message));
        QVERIFY(!QFileInfo::exists(out + QStringLiteral("/list_patition_label.txt")));
    }

    void invalidRowsAreRefusedOnOpen_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected");
        const QString outside = QStringLiteral("outside the project's 7 classes");
        QTest::newRow("edit -3") << QStringLiteral("UPDATE edits SET new_label = -4") << outside;
        QTest::newRow("edit 99") << QStringLiteral("UPDATE edits SET new_label = 98") << outside;
        QTest::newRow("snapshot 99") << QStringLiteral("UPDATE samples SET label = 98 WHERE id = 1") << outside;
        // Found by fuzz_project: the project opened and history() later threw without naming the file.
        // SQLite's own check (the column's CHECK constraint) refuses it now, before the row checks.
        QTest::newRow("unknown edit source") << QStringLiteral("UPDATE edits SET source = 'huma/'")
                                             << QStringLiteral("is damaged (SQLite's check says: CHECK constraint failed in edits)");
    }
    void invalidRowsAreRefusedOnOpen()
    {
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p.armproj"));
        {
            auto store = ProjectStore::create(project, fixtures::makeFolder(dir.filePath(QStringLiteral("f")), 7));
            store->applyEdit(QStringLiteral("train/happy/face3.png"), 4, EditSource::Human);
        }
        tamper(project, sql);
        const QString message = messageOf([&] { ProjectStore::open(project); });
        QVERIFY2(message.startsWith(project) && message.contains(expected), qPrintable(message));
    }

    // Found by fuzz_project: a file whose page bookkeeping is damaged opened, and the label of an edit
    // read through the index was 109. A damaged file is refused before any of its rows is believed.
    void damagedFileIsRefusedOnOpen()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p.armproj"));
        {
            auto store = ProjectStore::create(project, fixtures::makeFolder(dir.filePath(QStringLiteral("f")), 7));
            store->applyEdit(QStringLiteral("train/happy/face3.png"), 4, EditSource::Human);
        }
        QFile f(project);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const QByteArray header = f.read(100);
        QVERIFY(header.startsWith("SQLite format 3"));
        const int pageSize = (quint8(header[16]) << 8) | quint8(header[17]);
        // Page 2's b-tree header, byte 7: its count of fragmented free bytes, now wrong.
        QVERIFY(f.seek(qint64(pageSize) + 7));
        QVERIFY(f.write(QByteArray(1, char(11))) == 1);
        f.close();
        const QString message = messageOf([&] { ProjectStore::open(project); });
        QVERIFY2(message.startsWith(project) && message.contains(QStringLiteral("is damaged")), qPrintable(message));
    }

    void missingOriginalIsNotExportedAsDanglingLink()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("faces"));
        auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.armproj")), fixtures::makeFolder(data, 7));
        store->applyEdit(QStringLiteral("train/happy/face3.png"), 4, EditSource::Human);
        QVERIFY(QFile::remove(data + QStringLiteral("/train/happy/face3.png")));
        const QString message = messageOf([&] { LabelExporter(*store).exportTo(dir.filePath(QStringLiteral("out"))); });
        QVERIFY2(message.contains(QStringLiteral("train/happy/face3.png")), qPrintable(message));
    }

    void nonUtf8NameIsRefusedAtCreate()
    {
        QTemporaryDir dir;
        arm::DatasetIndex index = fixtures::makeFolder(dir.filePath(QStringLiteral("f")), 7);
        index.samples[2].name = "train/happy/caf\xe9.png"; // Latin-1, not UTF-8
        index.samples[2].path = dir.filePath(QStringLiteral("f/")).toStdString() + index.samples[2].name;
        const QString project = dir.filePath(QStringLiteral("p.armproj"));
        const QString message = messageOf([&] { ProjectStore::create(project, index); });
        QVERIFY2(message.contains(QStringLiteral("not valid UTF-8")), qPrintable(message));
        QVERIFY(!QFileInfo::exists(project));
    }

    void fifoIsNotOpenedAsProject()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("pipe.armproj"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const QString message = messageOf([&] { ProjectStore::open(fifo); }); // would block on open()
        QVERIFY2(message.contains(QStringLiteral("not a regular file")), qPrintable(message));
    }

    // Found by the campaign: export read a label file swapped for a FIFO (blocked forever in open())
    // or linked to /dev/zero (read until memory ran out). Both are named refusals now.
    void labelFileThatIsNotAFileIsRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("fifo") << "fifo" << "named pipe";
        QTest::newRow("/dev/zero") << "devzero" << "device";
    }
    void labelFileThatIsNotAFileIsRefused()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const arm::DatasetIndex index = fixtures::makeRafDb(dir.filePath(QStringLiteral("raf")), 10);
        auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.armproj")), index);
        store->applyEdit(QStringLiteral("train_00002"), 3, EditSource::Human);
        const QString labels = QString::fromStdString(index.labelFile);
        QVERIFY(QFile::remove(labels));
        if (kind == QStringLiteral("fifo"))
            QCOMPARE(::mkfifo(QFile::encodeName(labels).constData(), 0600), 0);
        else
            QVERIFY(QFile::link(QStringLiteral("/dev/zero"), labels));
        const QString out = dir.filePath(QStringLiteral("out"));
        const QString message = messageOf([&] { LabelExporter(*store).exportTo(out); });
        QVERIFY2(message.contains(labels) && message.contains(expected), qPrintable(message));
    }

    void relabelCsvThatIsNotAFileIsRefused()
    {
        QTemporaryDir dir;
        auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.armproj")),
                                          fixtures::makeRafDb(dir.filePath(QStringLiteral("raf")), 10));
        const QString fifo = dir.filePath(QStringLiteral("fixes.csv"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const QString message = messageOf([&] { arm::project::readRelabelCsv(*store, fifo); }); // blocked before
        QVERIFY2(message.startsWith(fifo) && message.contains(QStringLiteral("named pipe")), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TstExportSafety)
#include "tst_exportsafety.moc"
