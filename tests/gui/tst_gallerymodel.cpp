#include "GuiFixtures.h"
#include "app/gui/DatasetGalleryPanel.h"
#include "app/models/GalleryFilterModel.h"
#include "app/models/GalleryModel.h"
#include "app/models/ThumbnailCache.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QListView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

#include <functional>
#include <set>

using arm::GalleryFilter;
using arm::GalleryFilterModel;
using arm::GalleryModel;
namespace Roles = arm::GalleryRoles;

namespace {
std::set<int> shownSamples(const GalleryFilterModel& proxy)
{
    std::set<int> out;
    for (int r = 0; r < proxy.rowCount(); ++r)
        out.insert(proxy.sampleAt(r));
    return out;
}
} // namespace

class TstGalleryModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void modelsPassTheTester()
    {
        QTemporaryDir dir;
        arm::Workspace ws;
        GalleryModel model(&ws);
        model.setThumbnailsEnabled(false);
        GalleryFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        guifixtures::populate(ws, dir, 30);
        QCOMPARE(model.rowCount(), 30);
        proxy.setConfusionCell(0, 0);
        QVERIFY(ws.relabel(0, 5));
        ws.setFlagged(3, true);
        proxy.setSortKey(GalleryFilterModel::SortKey::Loss, Qt::DescendingOrder);
        proxy.clearFilter();
        ws.undoStack()->undo();
        ws.setRecords({});
        QCOMPARE(proxy.rowCount(), 30);
    }

    void rolesFollowTheWorkspace()
    {
        QTemporaryDir dir;
        arm::Workspace ws;
        GalleryModel model(&ws);
        model.setThumbnailsEnabled(false);
        guifixtures::populate(ws, dir, 14);
        const QModelIndex i = model.index(1);
        QCOMPARE(i.data(Roles::GivenLabelRole).toString(), ws.classNames()[1]);
        QCOMPARE(i.data(Roles::PredictedLabelRole).toString(), ws.classNames()[3]); // (1*3)%7
        QCOMPARE(i.data(Roles::CorrectRole).toBool(), false);
        QVERIFY(!model.index(4).data(Roles::PredictedLabelRole).isValid()); // no record
        QVERIFY(!model.index(4).data(Roles::CorrectRole).isValid());
        QCOMPARE(i.data(Roles::SplitRole).toString(), QStringLiteral("train"));
        QCOMPARE(model.index(3).data(Roles::SplitRole).toString(), QStringLiteral("test"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(ws.relabel(1, 3));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.last().at(0).toModelIndex().row(), 1);
        QCOMPARE(i.data(Roles::CorrectRole).toBool(), true);
        QCOMPARE(i.data(Roles::EditedRole).toBool(), true);
        // Loss follows the label in force: -log p(3) now.
        QCOMPARE(i.data(Roles::LossRole).toDouble(), -std::log(static_cast<double>(0.4f + 0.04f)));
        ws.setFlagged(1, true);
        QCOMPARE(i.data(Roles::FlaggedRole).toBool(), true);
    }

    void filters_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("split test") << 0;
        QTest::newRow("given label 2") << 1;
        QTest::newRow("predicted 6") << 2;
        QTest::newRow("correct") << 3;
        QTest::newRow("wrong") << 4;
        QTest::newRow("no prediction") << 5;
        QTest::newRow("confidence 0.5-0.7") << 6;
        QTest::newRow("edited") << 7;
        QTest::newRow("flagged") << 8;
        QTest::newRow("confusion cell 3->2") << 9;
        QTest::newRow("name") << 10;
    }
    void filters()
    {
        QFETCH(int, kind);
        QTemporaryDir dir;
        arm::Workspace ws;
        GalleryModel model(&ws);
        model.setThumbnailsEnabled(false);
        GalleryFilterModel proxy;
        proxy.setSourceModel(&model);
        guifixtures::populate(ws, dir, 40);
        QVERIFY(ws.relabel(10, 2)); // edited; sample 10 predicted (30 % 7) = 2 -> now correct
        ws.setFlagged(7, true);
        ws.setFlagged(12, true);

        GalleryFilter f;
        std::function<bool(int)> expected;
        const auto rec = [&](int s) { return ws.recordFor(s); };
        switch (kind) {
        case 0:
            f.split = QStringLiteral("test");
            expected = [&](int s) { return s % 4 == 3; };
            break;
        case 1:
            f.givenLabel = 2;
            expected = [&](int s) { return ws.labelOf(s) == 2; };
            break;
        case 2:
            f.predictedLabel = 6;
            expected = [&](int s) { return rec(s) && rec(s)->predicted == 6; };
            break;
        case 3:
            f.correctness = GalleryFilter::Correctness::Correct;
            expected = [&](int s) { return rec(s) && rec(s)->predicted == ws.labelOf(s); };
            break;
        case 4:
            f.correctness = GalleryFilter::Correctness::Wrong;
            expected = [&](int s) { return rec(s) && rec(s)->predicted != ws.labelOf(s); };
            break;
        case 5:
            f.correctness = GalleryFilter::Correctness::NoPrediction;
            expected = [&](int s) { return rec(s) == nullptr; };
            break;
        case 6:
            f.minConfidence = 0.5;
            f.maxConfidence = 0.7;
            expected = [&](int s) { return !rec(s) || (rec(s)->confidence >= 0.5f && rec(s)->confidence <= 0.7f); };
            break;
        case 7:
            f.editedOnly = true;
            expected = [&](int s) { return s == 10; };
            break;
        case 8:
            f.flaggedOnly = true;
            expected = [&](int s) { return s == 7 || s == 12; };
            break;
        case 9:
            f.cellTrue = 3;
            f.cellPredicted = 2;
            expected = [&](int s) { return rec(s) && ws.labelOf(s) == 3 && rec(s)->predicted == 2; };
            break;
        case 10:
            f.nameContains = QStringLiteral("TRAIN_0001");
            expected = [&](int s) {
                return QString::fromStdString(ws.dataset().samples[static_cast<std::size_t>(s)].name)
                    .contains(QStringLiteral("train_0001"));
            };
            break;
        }
        proxy.setFilter(f);
        std::set<int> want;
        for (int s = 0; s < ws.sampleCount(); ++s)
            if (expected(s))
                want.insert(s);
        QVERIFY2(!want.empty(), "fixture gives the filter nothing to show");
        QVERIFY2(static_cast<int>(want.size()) < ws.sampleCount(), "fixture gives the filter nothing to hide");
        QCOMPARE(shownSamples(proxy), want);
    }

    void cellFilterFollowsRelabelling()
    {
        QTemporaryDir dir;
        arm::Workspace ws;
        GalleryModel model(&ws);
        model.setThumbnailsEnabled(false);
        GalleryFilterModel proxy;
        proxy.setSourceModel(&model);
        guifixtures::populate(ws, dir, 40);
        proxy.setConfusionCell(1, 3); // samples 1, 8?, ... labelled 1 predicted 3
        const std::set<int> before = shownSamples(proxy);
        QVERIFY(before.count(1));
        QVERIFY(ws.relabel(1, 3)); // now correct: leaves the cell
        QVERIFY(!shownSamples(proxy).count(1));
        QCOMPARE(shownSamples(proxy).size(), before.size() - 1);
    }

    void sorting_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("order");
        QTest::addColumn<int>("role");
        QTest::newRow("loss desc") << int(GalleryFilterModel::SortKey::Loss) << int(Qt::DescendingOrder) << int(Roles::LossRole);
        QTest::newRow("confidence asc") << int(GalleryFilterModel::SortKey::Confidence) << int(Qt::AscendingOrder) << int(Roles::ConfidenceRole);
        QTest::newRow("margin asc") << int(GalleryFilterModel::SortKey::Margin) << int(Qt::AscendingOrder) << int(Roles::MarginRole);
        QTest::newRow("name desc") << int(GalleryFilterModel::SortKey::Name) << int(Qt::DescendingOrder) << int(Qt::DisplayRole);
    }
    void sorting()
    {
        QFETCH(int, key);
        QFETCH(int, order);
        QFETCH(int, role);
        QTemporaryDir dir;
        arm::Workspace ws;
        GalleryModel model(&ws);
        model.setThumbnailsEnabled(false);
        GalleryFilterModel proxy;
        proxy.setSourceModel(&model);
        guifixtures::populate(ws, dir, 40);
        proxy.setSortKey(static_cast<GalleryFilterModel::SortKey>(key), static_cast<Qt::SortOrder>(order));
        QCOMPARE(proxy.rowCount(), 40);
        bool seenMissing = false;
        for (int r = 1; r < proxy.rowCount(); ++r) {
            const QVariant a = proxy.index(r - 1, 0).data(role);
            const QVariant b = proxy.index(r, 0).data(role);
            if (!b.isValid()) {
                seenMissing = true;
                continue;
            }
            QVERIFY2(!seenMissing && a.isValid(), "samples without a value must come last");
            if (role == Qt::DisplayRole) {
                QVERIFY(order == Qt::AscendingOrder ? a.toString() <= b.toString() : a.toString() >= b.toString());
            } else {
                QVERIFY(order == Qt::AscendingOrder ? a.toDouble() <= b.toDouble() : a.toDouble() >= b.toDouble());
            }
        }
    }

    // RAF-DB size (15k rows): the gallery must be ready (model, proxy, view laid out and painted)
    // well under a second. Prints the measured time.
    void opens15kQuickly()
    {
        auto index = std::make_shared<arm::DatasetIndex>();
        index->classNames = arm::ExpressionClasses::basicNameList();
        index->root = "/nonexistent";
        for (int i = 0; i < 15000; ++i) {
            arm::Sample s;
            s.name = "train_" + std::to_string(i + 1) + ".jpg";
            s.path = "/nonexistent/" + s.name;
            s.label = i % 7;
            s.split = i % 5 == 0 ? arm::Split::Test : arm::Split::Train;
            index->samples.push_back(s);
        }
        arm::Workspace ws;
        arm::DatasetGalleryPanel panel(&ws);
        panel.resize(900, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QElapsedTimer timer;
        timer.start();
        ws.setDataset(index);
        (void)panel.grab(); // lays out and paints the first screen of tiles
        const qint64 openMs = timer.elapsed();
        QCOMPARE(panel.filterModel()->rowCount(), 15000);
        timer.restart();
        ws.setRecords(guifixtures::makeRecords(ws));
        panel.filterModel()->setSortKey(GalleryFilterModel::SortKey::Loss, Qt::DescendingOrder);
        (void)panel.grab();
        const qint64 sortMs = timer.elapsed();
        timer.restart();
        // Scroll through: paint 20 pages.
        QListView* view = panel.listView();
        for (int page = 0; page < 20; ++page) {
            view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() * page / 20);
            (void)view->viewport()->grab();
        }
        const qint64 scrollMs = timer.elapsed();
        qInfo("15k samples: open+first paint %lld ms, records+sort by loss %lld ms, 20 page paints %lld ms "
              "(%.1f ms/page)",
              openMs, sortMs, scrollMs, scrollMs / 20.0);
        QVERIFY2(openMs < 1000, qPrintable(QStringLiteral("opening took %1 ms").arg(openMs)));
        // Thumbnails of the missing files fail in the pool, never on this thread.
        QTRY_COMPARE(panel.galleryModel()->thumbnails()->pendingCount(), 0);
    }
};

QTEST_MAIN(TstGalleryModel)
#include "tst_gallerymodel.moc"
