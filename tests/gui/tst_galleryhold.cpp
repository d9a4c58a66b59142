// A relabel does not move the ground under a J/K pass: the sample just edited stays at its row in a
// sorted or filtered gallery until the annotator moves on, and only then takes its new place.
#include "GuiFixtures.h"
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
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<arm::Workspace> m_ws;
    std::unique_ptr<arm::DatasetGalleryPanel> m_panel;

    QVector<int> order() const
    {
        QVector<int> out;
        const arm::GalleryFilterModel* p = m_panel->filterModel();
        for (int r = 0; r < p->rowCount(); ++r)
            out.append(p->sampleAt(r));
        return out;
    }

    int predictedOf(int sample) const
    {
        return m_panel->filterModel()->sourceModel()->index(sample, 0).data(arm::GalleryModel::PredictedIndexRole).toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
        QCoreApplication::setApplicationName(QStringLiteral("tst_galleryhold"));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_ws = std::make_unique<arm::Workspace>();
        guifixtures::populate(*m_ws, *m_dir, 42); // with a project: relabels are stored
        m_panel = std::make_unique<arm::DatasetGalleryPanel>(m_ws.get());
        m_panel->resize(640, 600);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }

    void cleanup()
    {
        m_panel.reset();
        m_ws.reset();
        m_dir.reset();
    }

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
        m_panel->findChild<QComboBox*>(QStringLiteral("gallerySort"))->setCurrentIndex(sortIndex);
        m_panel->findChild<QComboBox*>(QStringLiteral("galleryGiven"))->setCurrentIndex(givenIndex);
        QListView* view = m_panel->listView();
        view->setFocus();
        view->setCurrentIndex(m_panel->filterModel()->index(row, 0));
        const QVector<int> before = order();
        const int sample = before[row];
        QCOMPARE(m_ws->currentSample(), sample);
        const int target = predictedOf(sample);
        QVERIFY(target != m_ws->labelOf(sample)); // a wrong prediction: the relabel changes loss and filter

        QTest::keyClick(view, static_cast<Qt::Key>(Qt::Key_1 + target));
        QCOMPARE(m_ws->labelOf(sample), target);
        QCOMPARE(order(), before); // nothing moved, nothing vanished
        QCOMPARE(view->currentIndex().row(), row);

        QTest::keyClick(view, Qt::Key_J); // moving on: the next sample as it was shown
        QCOMPARE(m_ws->currentSample(), before[row + 1]);
        QTRY_COMPARE(m_panel->filterModel()->heldSample(), before[row + 1]);
        if (givenIndex > 0) {
            QCOMPARE(m_panel->filterModel()->rowOfSample(sample), -1);
            QCOMPARE(order().size(), before.size() - 1);
        } else {
            QVERIFY(m_panel->filterModel()->rowOfSample(sample) > row + 1); // low loss now: further down
        }
        QCOMPARE(m_panel->listView()->currentIndex().data(arm::GalleryRoles::SampleIndexRole).toInt(), before[row + 1]);
        if (sortIndex == 2) { // the order is by loss again, the edited sample included
            const QAbstractItemModel* p = m_panel->filterModel();
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
        m_panel->findChild<QComboBox*>(QStringLiteral("galleryGiven"))->setCurrentIndex(3); // class 2
        const int hidden = 0;                                                               // class 0
        QCOMPARE(m_panel->filterModel()->rowOfSample(hidden), -1);
        m_ws->setCurrentSample(hidden);
        QCoreApplication::processEvents();
        QCOMPARE(m_panel->filterModel()->heldSample(), -1);
        QCOMPARE(m_panel->filterModel()->rowOfSample(hidden), -1);
    }
};

QTEST_MAIN(TstGalleryHold)
#include "tst_galleryhold.moc"
