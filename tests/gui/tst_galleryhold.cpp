// A relabel does not move the ground under a J/K pass: the sample just edited stays at its row in a
// sorted or filtered gallery until the annotator moves on, and only then takes its new place.
#include "GalleryPanelFixture.h"
#include "app/gui/DatasetGalleryPanel.h"
#include "app/models/GalleryFilterModel.h"
#include "app/models/GalleryModel.h"
#include "widgets/GalleryRoles.h"

#include <QComboBox>
#include <QListView>
#include <QSettings>
#include <QtTest>

#include <memory>

class TstGalleryHold : public QObject {
    Q_OBJECT

    QTemporaryDir m_settings;
    guifixtures::GalleryPanelFixture m_fx;

    QVector<int> order() const
    {
        QVector<int> out;
        const arm::GalleryFilterModel* p = m_fx.panel->filterModel();
        for (int r = 0; r < p->rowCount(); ++r)
            out.append(p->sampleAt(r));
        return out;
    }

    int predictedOf(int sample) const
    {
        return m_fx.panel->filterModel()->sourceModel()->index(sample, 0).data(arm::GalleryModel::PredictedIndexRole).toInt();
    }

private Q_SLOTS:
    void initTestCase() { guifixtures::GalleryPanelFixture::isolateSettings(m_settings, "tst_galleryhold"); }

    void init() { QVERIFY(m_fx.build(42, true)); }
    void cleanup() { m_fx.reset(); }

    // "sort": highest loss first; relabelling the top (wrong) sample to its prediction makes its loss
    // the lowest. "filter": given label = class 2; relabelling takes the sample out of the filter.
    void relabelledSampleStaysUntilMovingOn_data()
    {
        QTest::addColumn<int>("sortIndex");
        QTest::addColumn<int>("givenIndex");
        QTest::addColumn<int>("row");
        QTest::newRow("highest loss first") << 2 << 0 << 0;
        QTest::newRow("given label filter") << 0 << 3 << 1;
        QTest::newRow("both") << 2 << 3 << 0;
    }
    void relabelledSampleStaysUntilMovingOn()
    {
        QFETCH(int, sortIndex);
        QFETCH(int, givenIndex);
        QFETCH(int, row);
        m_fx.panel->findChild<QComboBox*>(QStringLiteral("gallerySort"))->setCurrentIndex(sortIndex);
        m_fx.panel->findChild<QComboBox*>(QStringLiteral("galleryGiven"))->setCurrentIndex(givenIndex);
        QListView* view = m_fx.panel->listView();
        view->setFocus();
        view->setCurrentIndex(m_fx.panel->filterModel()->index(row, 0));
        const QVector<int> before = order();
        const int sample = before[row];
        QCOMPARE(m_fx.ws->currentSample(), sample);
        const int target = predictedOf(sample);
        QVERIFY(target != m_fx.ws->labelOf(sample)); // a wrong prediction: the relabel changes loss and filter

        QTest::keyClick(view, static_cast<Qt::Key>(Qt::Key_1 + target));
        QCOMPARE(m_fx.ws->labelOf(sample), target);
        QCOMPARE(order(), before); // nothing moved, nothing vanished
        QCOMPARE(view->currentIndex().row(), row);

        QTest::keyClick(view, Qt::Key_J); // moving on: the next sample as it was shown
        QCOMPARE(m_fx.ws->currentSample(), before[row + 1]);
        QTRY_COMPARE(m_fx.panel->filterModel()->heldSample(), before[row + 1]);
        if (givenIndex > 0) {
            QCOMPARE(m_fx.panel->filterModel()->rowOfSample(sample), -1);
            QCOMPARE(order().size(), before.size() - 1);
        } else {
            QVERIFY(m_fx.panel->filterModel()->rowOfSample(sample) > row + 1); // low loss now: further down
        }
        QCOMPARE(m_fx.panel->listView()->currentIndex().data(arm::GalleryRoles::SampleIndexRole).toInt(), before[row + 1]);
        if (sortIndex == 2) { // the order is by loss again, the edited sample included
            const QAbstractItemModel* p = m_fx.panel->filterModel();
            for (int r = 1; r < p->rowCount(); ++r) {
                const QVariant a = p->index(r - 1, 0).data(arm::GalleryRoles::LossRole);
                const QVariant b = p->index(r, 0).data(arm::GalleryRoles::LossRole);
                if (a.isValid() && b.isValid())
                    QVERIFY(a.toDouble() >= b.toDouble());
            }
        }
    }

    // A sample the filter hides is not pulled into the gallery by being chosen elsewhere.
    void hiddenSampleIsNotHeld()
    {
        m_fx.panel->findChild<QComboBox*>(QStringLiteral("galleryGiven"))->setCurrentIndex(3); // class 2
        const int hidden = 0;                                                               // class 0
        QCOMPARE(m_fx.panel->filterModel()->rowOfSample(hidden), -1);
        m_fx.ws->setCurrentSample(hidden);
        QCoreApplication::processEvents();
        QCOMPARE(m_fx.panel->filterModel()->heldSample(), -1);
        QCOMPARE(m_fx.panel->filterModel()->rowOfSample(hidden), -1);
    }
};

QTEST_MAIN(TstGalleryHold)
#include "tst_galleryhold.moc"
