#include "app/store/ProjectSchema.h"
#include "app/store/ProjectStore.h"
#include "tests/unit/StoreFixtures.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using arm::EditSource;
using arm::ProjectError;
using arm::ProjectStore;

namespace {

// Runs one statement on a file through a private connection (used to fake newer schemas).
void rawExec(const QString& path, const QString& sql)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(sql), qPrintable(sql));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

ProjectError::Kind openError(const QString& path, QString* message = nullptr)
{
    try {
        ProjectStore::open(path);
    } catch (const ProjectError& e) {
        if (message)
            *message = QString::fromStdString(e.what());
        return e.kind();
    }
    return ProjectError::Kind::Io; // callers compare against the expected kind; never Io in these tests
}

} // namespace

class TstProjectStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_data = m_dir.filePath(QStringLiteral("data%1").arg(++m_counter));
        m_index = fixtures::makeRafDb(m_data, 20);
        m_project = m_dir.filePath(QStringLiteral("p%1.armproj").arg(m_counter));
    }

    void createStoresSnapshot()
    {
        auto store = ProjectStore::create(m_project, m_index);
        QVERIFY(!store->isReadOnly());
        QCOMPARE(store->schemaVersion(), ProjectStore::kSchemaVersion);
        QCOMPARE(arm::ProjectSchema::latestVersion(), ProjectStore::kSchemaVersion);
        QCOMPARE(store->sampleCount(), 20);
        QCOMPARE(store->datasetPath(), QFileInfo(m_data).absoluteFilePath());
        QCOMPARE(store->datasetFormat(), QStringLiteral("rafdb"));
        QCOMPARE(store->labelFile(), QString::fromStdString(m_index.labelFile));
        QCOMPARE(store->datasetFingerprint(), ProjectStore::fingerprint(m_index));
        QCOMPARE(store->classNames().size(), 7);
        QVERIFY(store->created().secsTo(QDateTime::currentDateTimeUtc()) < 60);
        QCOMPARE(store->currentLabel(QStringLiteral("train_00005")), 4);
        QCOMPARE(store->originalLabel(QStringLiteral("train_00005")), 4);
        const auto samples = store->samples();
        QCOMPARE(samples.size(), std::size_t(20));
        QCOMPARE(samples[3].split, QStringLiteral("test"));
        QCOMPARE(samples[3].sourceLine, 4);
        QCOMPARE(store->absolutePath(samples[3]), QString::fromStdString(m_index.samples[3].path));
        QCOMPARE(store->integrityCheck(), QStringLiteral("ok"));
    }

    void relativeReaderPathsAreResolved()
    {
        // A reader given a relative path returns relative paths (relative to the working directory).
        const QString cwd = QDir::currentPath();
        QVERIFY(QDir::setCurrent(m_dir.path()));
        arm::DatasetIndex relative = m_index;
        const QString prefix = m_dir.path() + QLatin1Char('/');
        auto strip = [&](const std::string& p) { return QString::fromStdString(p).remove(prefix).toStdString(); };
        relative.root = strip(relative.root);
        relative.labelFile = strip(relative.labelFile);
        for (auto& sample : relative.samples)
            sample.path = strip(sample.path);
        QVERIFY(!QFileInfo(QString::fromStdString(relative.labelFile)).isAbsolute());
        auto store = ProjectStore::create(m_project, relative);
        QDir::setCurrent(cwd);
        QCOMPARE(store->labelFile(), QString::fromStdString(m_index.labelFile));
        QCOMPARE(store->absolutePath(store->samples()[2]), QString::fromStdString(m_index.samples[2].path));
    }

    void createRefusesExistingFile()
    {
        fixtures::writeFile(m_project, "precious");
        try {
            ProjectStore::create(m_project, m_index);
            QFAIL("create overwrote an existing file");
        } catch (const ProjectError& e) {
            QCOMPARE(e.kind(), ProjectError::Kind::AlreadyExists);
            QVERIFY(QString::fromStdString(e.what()).contains(m_project));
        }
        QCOMPARE(fixtures::readAll(m_project), QByteArray("precious"));
    }

    void fingerprintTracksLabelsAndSizes()
    {
        const QString fp = ProjectStore::fingerprint(m_index);
        arm::DatasetIndex shuffled = m_index;
        std::reverse(shuffled.samples.begin(), shuffled.samples.end());
        QCOMPARE(ProjectStore::fingerprint(shuffled), fp); // order-independent
        arm::DatasetIndex relabelled = m_index;
        relabelled.samples[0].label = 6;
        QVERIFY(ProjectStore::fingerprint(relabelled) != fp);
        fixtures::writeFile(QString::fromStdString(m_index.samples[1].path), "shorter");
        QVERIFY(ProjectStore::fingerprint(m_index) != fp);
    }

    void editsPersistAndUndoFallsBack()
    {
        qint64 first = 0;
        qint64 second = 0;
        {
            auto store = ProjectStore::create(m_project, m_index);
            QSignalSpy changed(store.get(), &ProjectStore::labelChanged);
            first = store->applyEdit(QStringLiteral("train_00002"), 5, EditSource::Human, QStringLiteral("looks angry"));
            second = store->applyEdit(QStringLiteral("train_00002"), 6, EditSource::Suggestion);
            store->applyEdit(QStringLiteral("train_00003"), 0, EditSource::Rule);
            QCOMPARE(changed.count(), 3);
            QCOMPARE(store->currentLabel(QStringLiteral("train_00002")), 6);
            store->revertEdit(second);
            QCOMPARE(store->currentLabel(QStringLiteral("train_00002")), 5);
            QCOMPARE(changed.last().at(1).toInt(), 5);
        }
        auto store = ProjectStore::open(m_project);
        QCOMPARE(store->currentLabel(QStringLiteral("train_00002")), 5);
        QCOMPARE(store->currentLabel(QStringLiteral("train_00003")), 0);
        QCOMPARE(store->currentLabels().value(QStringLiteral("train_00002")), 5);
        const auto all = store->history();
        QCOMPARE(all.size(), std::size_t(3));
        QCOMPARE(all[0].id, first);
        QCOMPARE(all[0].oldLabel, 1);
        QCOMPARE(all[0].newLabel, 5);
        QCOMPARE(all[0].note, QStringLiteral("looks angry"));
        QVERIFY(all[0].source == EditSource::Human);
        QCOMPARE(all[1].oldLabel, 5);
        QVERIFY(all[1].undone);
        QVERIFY(all[1].undoneTime.isValid());
        QVERIFY(all[2].source == EditSource::Rule);
        QCOMPARE(store->history(false).size(), std::size_t(2));
        QVERIFY(store->edit(second).has_value());
        QVERIFY(!store->edit(999).has_value());
        store->revertEdit(first);
        QCOMPARE(store->currentLabel(QStringLiteral("train_00002")), 1); // back to the original
    }

    void invalidEditsChangeNothing()
    {
        auto store = ProjectStore::create(m_project, m_index);
        QVERIFY_THROWS_EXCEPTION(ProjectError, store->applyEdit(QStringLiteral("nope"), 1, EditSource::Human));
        QVERIFY_THROWS_EXCEPTION(ProjectError, store->applyEdit(QStringLiteral("train_00001"), 7, EditSource::Human));
        // A batch with one bad entry is refused as a whole.
        QVERIFY_THROWS_EXCEPTION(ProjectError,
                                 store->applyEdits({{QStringLiteral("train_00001"), 3}, {QStringLiteral("x"), 3}},
                                                   EditSource::Suggestion));
        QVERIFY(store->history().empty());
        QVERIFY(arm::editSourceFromString(QStringLiteral("Suggestion")) == EditSource::Suggestion);
        QVERIFY_THROWS_EXCEPTION(ProjectError, arm::editSourceFromString(QStringLiteral("robot")));
    }

    void flagsPredictionsRuns()
    {
        {
            auto store = ProjectStore::create(m_project, m_index);
            store->setFlag(QStringLiteral("train_00001"), QStringLiteral("flag"), true, QStringLiteral("blurry"));
            store->setFlag(QStringLiteral("train_00003"), QStringLiteral("bookmark"), true);
            store->setFlag(QStringLiteral("train_00002"), QStringLiteral("flag"), true);
            store->setFlag(QStringLiteral("train_00002"), QStringLiteral("flag"), false);
            QHash<QString, arm::CachedPrediction> preds;
            preds.insert(QStringLiteral("train_00001"), {{0.1f, 0.2f, 0.3f, 0.05f, 0.05f, 0.2f, 0.1f}, 1.25});
            preds.insert(QStringLiteral("test_00004"), {{0.7f, 0.f, 0.f, 0.f, 0.f, 0.f, 0.3f}, 0.5});
            store->putPredictions(QStringLiteral("modelA"), preds);
            store->putPredictions(QStringLiteral("modelB"), {{QStringLiteral("train_00001"), {{1.f}, 9.0}}});
            const qint64 run = store->addRun(QStringLiteral("{\"epochs\":2}"), QStringLiteral("[]"),
                                             QStringLiteral("/tmp/last.ckpt"));
            store->updateRunMetrics(run, QStringLiteral("[{\"epoch\":1}]"));
            QVERIFY_THROWS_EXCEPTION(ProjectError, store->updateRunMetrics(run + 10, QStringLiteral("[]")));
        }
        auto store = ProjectStore::open(m_project);
        QCOMPARE(store->flagged(QStringLiteral("flag")), QStringList{QStringLiteral("train_00001")});
        QCOMPARE(store->flagged(QStringLiteral("bookmark")), QStringList{QStringLiteral("train_00003")});
        QVERIFY(store->hasFlag(QStringLiteral("train_00001"), QStringLiteral("flag")));
        QVERIFY(!store->hasFlag(QStringLiteral("train_00002"), QStringLiteral("flag")));
        const auto a = store->prediction(QStringLiteral("train_00001"), QStringLiteral("modelA"));
        QVERIFY(a.has_value());
        QCOMPARE(a->probabilities.size(), std::size_t(7));
        QCOMPARE(a->probabilities[2], 0.3f);
        QCOMPARE(a->loss, 1.25);
        QCOMPARE(store->prediction(QStringLiteral("train_00001"), QStringLiteral("modelB"))->loss, 9.0);
        QVERIFY(!store->prediction(QStringLiteral("train_00005"), QStringLiteral("modelA")).has_value());
        QCOMPARE(store->predictions(QStringLiteral("modelA")).size(), 2);
        store->clearPredictions(QStringLiteral("modelA"));
        QVERIFY(store->predictions(QStringLiteral("modelA")).isEmpty());
        QCOMPARE(store->predictions(QStringLiteral("modelB")).size(), 1);
        const auto runs = store->runs();
        QCOMPARE(runs.size(), std::size_t(1));
        QCOMPARE(runs[0].settingsJson, QStringLiteral("{\"epochs\":2}"));
        QCOMPARE(runs[0].metricsJson, QStringLiteral("[{\"epoch\":1}]"));
        QCOMPARE(runs[0].checkpointPath, QStringLiteral("/tmp/last.ckpt"));
    }

    void newerSchemaRefusedUntouched()
    {
        ProjectStore::create(m_project, m_index).reset();
        rawExec(m_project, QStringLiteral("PRAGMA user_version = 99"));
        const QByteArray before = fixtures::sha(m_project);
        QString message;
        QCOMPARE(openError(m_project, &message), ProjectError::Kind::NewerSchema);
        QVERIFY2(message.contains(QStringLiteral("v99")) && message.contains(m_project), qPrintable(message));
        QCOMPARE(fixtures::sha(m_project), before);
    }

    void badFilesUntouched_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("expected");
        QTest::newRow("empty") << "empty" << int(ProjectError::Kind::NotAProject);
        QTest::newRow("text") << "text" << int(ProjectError::Kind::NotAProject);
        QTest::newRow("random bytes") << "random" << int(ProjectError::Kind::NotAProject);
        QTest::newRow("foreign sqlite") << "foreign" << int(ProjectError::Kind::NotAProject);
        QTest::newRow("truncated project") << "truncated" << int(ProjectError::Kind::Corrupt);
        QTest::newRow("project with garbage pages") << "garbage" << int(ProjectError::Kind::Corrupt);
    }
    void badFilesUntouched()
    {
        QFETCH(QString, kind);
        QFETCH(int, expected);
        if (kind == QStringLiteral("empty")) {
            fixtures::writeFile(m_project, QByteArray());
        } else if (kind == QStringLiteral("text")) {
            fixtures::writeFile(m_project, QByteArray("name,label\nx,1\n").repeated(50));
        } else if (kind == QStringLiteral("random")) {
            QByteArray bytes(8192, 0);
            for (int i = 0; i < bytes.size(); ++i)
                bytes[i] = char((i * 7919 + 13) % 251);
            fixtures::writeFile(m_project, bytes);
        } else if (kind == QStringLiteral("foreign")) {
            rawExec(m_project, QStringLiteral("CREATE TABLE contacts (name TEXT, phone TEXT)"));
            rawExec(m_project, QStringLiteral("INSERT INTO contacts VALUES ('a', '1')"));
        } else {
            const QString good = m_project + QStringLiteral(".good");
            ProjectStore::create(good, m_index).reset();
            QByteArray bytes = fixtures::readAll(good);
            QVERIFY(bytes.size() >= 3 * 4096);
            if (kind == QStringLiteral("truncated"))
                bytes.truncate(4096); // page 1 only: header + schema, every table page is gone
            else
                for (int i = 4096; i < bytes.size(); ++i)
                    bytes[i] = char(0xA5 ^ (i & 0xFF));
            fixtures::writeFile(m_project, bytes);
        }
        const QByteArray before = fixtures::readAll(m_project);
        QString message;
        QCOMPARE(int(openError(m_project, &message)), expected);
        QVERIFY2(message.contains(m_project), qPrintable(message));
        QCOMPARE(fixtures::readAll(m_project), before);
        QVERIFY(!QFileInfo::exists(m_project + QStringLiteral(".lock")));
    }

    void secondInstanceIsReadOnly()
    {
        auto first = ProjectStore::create(m_project, m_index);
        QVERIFY(!first->isReadOnly());
        auto second = ProjectStore::open(m_project);
        QVERIFY(second->isReadOnly());
        const QString reason = second->readOnlyReason();
        QVERIFY2(reason.contains(QStringLiteral("pid %1").arg(QCoreApplication::applicationPid())), qPrintable(reason));
        QVERIFY(reason.startsWith(QStringLiteral("opened read-only: another ARM Inspector")));
        try {
            second->applyEdit(QStringLiteral("train_00001"), 2, EditSource::Human);
            QFAIL("a read-only store accepted an edit");
        } catch (const ProjectError& e) {
            QCOMPARE(e.kind(), ProjectError::Kind::ReadOnly);
        }
        QVERIFY_THROWS_EXCEPTION(ProjectError, second->setFlag(QStringLiteral("train_00001"), QStringLiteral("flag"), true));
        // The reader sees what the writer commits.
        first->applyEdit(QStringLiteral("train_00001"), 2, EditSource::Human);
        QCOMPARE(second->currentLabel(QStringLiteral("train_00001")), 2);
        second.reset();
        first.reset();
        auto third = ProjectStore::open(m_project); // the lock went with the first instance
        QVERIFY(!third->isReadOnly());
        QCOMPARE(third->history().size(), std::size_t(1));
    }

    void relocateKeepsEdits()
    {
        {
            auto store = ProjectStore::create(m_project, m_index);
            store->applyEdit(QStringLiteral("train_00001"), 3, EditSource::Human);
        }
        const QString moved = m_dir.filePath(QStringLiteral("moved%1").arg(m_counter));
        QVERIFY(QDir().rename(m_data, moved));
        auto store = ProjectStore::open(m_project);
        QVERIFY(!store->datasetAvailable());

        // Another dataset (different samples) is refused and changes nothing.
        const arm::DatasetIndex other = fixtures::makeRafDb(m_dir.filePath(QStringLiteral("other%1").arg(m_counter)), 5);
        try {
            store->relocate(other);
            QFAIL("relocated onto a different dataset");
        } catch (const ProjectError& e) {
            QCOMPARE(e.kind(), ProjectError::Kind::DatasetMismatch);
        }
        QVERIFY(!store->datasetAvailable());

        arm::DatasetIndex movedIndex = m_index;
        movedIndex.root = moved.toStdString();
        movedIndex.labelFile = (moved + QStringLiteral("/EmoLabel/list_patition_label.txt")).toStdString();
        for (auto& s : movedIndex.samples)
            s.path = QString::fromStdString(s.path).replace(m_data, moved).toStdString();
        // Same names but changed content: refused unless the caller confirms.
        arm::DatasetIndex changed = movedIndex;
        changed.samples[4].label = 0;
        QVERIFY_THROWS_EXCEPTION(ProjectError, store->relocate(changed));
        store->relocate(movedIndex);
        QVERIFY(store->datasetAvailable());
        QCOMPARE(store->datasetPath(), QFileInfo(moved).absoluteFilePath());
        QCOMPARE(store->labelFile(), QString::fromStdString(movedIndex.labelFile));
        QCOMPARE(store->currentLabel(QStringLiteral("train_00001")), 3);
        QCOMPARE(store->history().size(), std::size_t(1));
        QVERIFY(QFileInfo::exists(store->absolutePath(store->samples().front())));
    }

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_data;
    QString m_project;
    arm::DatasetIndex m_index;
};

QTEST_GUILESS_MAIN(TstProjectStore)
#include "tst_projectstore.moc"
