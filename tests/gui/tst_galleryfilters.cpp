// The gallery's filter controls as an annotator uses them: typing into the confidence boxes, bounds
// that cannot cross, Reset that restores dataset order, and a message instead of a blank pane.
#include "GalleryPanelFixture.h"
#include "app/gui/DatasetGalleryPanel.h"
#include "app/models/GalleryFilterModel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QToolButton>
#include <QtTest>

#include <memory>

class TstGalleryFilters : public QObject {
    Q_OBJECT

    QTemporaryDir m_settings;
    // Per test: 40 samples with records, no project, and the gallery panel over them, shown.
    guifixtures::GalleryPanelFixture m_fx;

    template <typename T>
    static T* child(const QWidget& w, const char* name)
    {
        T* c = w.findChild<T*>(QString::fromLatin1(name));
        if (!c)
            qFatal("no widget %s", name);
        return c;
    }

    // Selects the box's text and types `text` key by key, then Enter, as a user does without pausing.
    static void typeInto(QDoubleSpinBox* box, const QString& text)
    {
        box->setFocus();
        QLineEdit* edit = box->findChild<QLineEdit*>();
        edit->selectAll();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }

private Q_SLOTS:
    void initTestCase() { guifixtures::GalleryPanelFixture::isolateSettings(m_settings, "tst_galleryfilters"); }

    void init() { QVERIFY(m_fx.build(40, false)); }
    void cleanup() { m_fx.reset(); }

    // Typing "0.5" used to apply "0" at the first key; the refresh rewrote the box to 0.00 under the
    // cursor, and Enter confirmed 0.00: an empty gallery.
    void typedMaximumIsWhatIsApplied_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<double>("expected");
        QTest::newRow("0.5") << "0.5" << 0.5;
        QTest::newRow("0.75") << "0.75" << 0.75;
        QTest::newRow(".6") << ".6" << 0.6;
    }
    void typedMaximumIsWhatIsApplied()
    {
        QFETCH(QString, typed);
        QFETCH(double, expected);
        arm::DatasetGalleryPanel& panel = *m_fx.panel;
        auto* max = child<QDoubleSpinBox>(panel, "galleryMaxConfidence");
        typeInto(max, typed);
        QCOMPARE(max->value(), expected);
        QCOMPARE(panel.filterModel()->filter().maxConfidence, expected);
        QVERIFY(panel.filterModel()->rowCount() > 0);
    }

    void minimumCannotExceedMaximum()
    {
        arm::DatasetGalleryPanel& panel = *m_fx.panel;
        auto* min = child<QDoubleSpinBox>(panel, "galleryMinConfidence");
        auto* max = child<QDoubleSpinBox>(panel, "galleryMaxConfidence");
        typeInto(max, QStringLiteral("0.6"));
        typeInto(min, QStringLiteral("0.9"));
        QVERIFY2(min->value() <= max->value(), qPrintable(QStringLiteral("%1 > %2").arg(min->value()).arg(max->value())));
        const arm::GalleryFilter& f = panel.filterModel()->filter();
        QVERIFY(f.minConfidence <= f.maxConfidence);
    }

    void resetRestoresFilterAndOrder()
    {
        arm::DatasetGalleryPanel& panel = *m_fx.panel;
        auto* sort = child<QComboBox>(panel, "gallerySort");
        sort->setCurrentIndex(2); // highest loss first
        child<QComboBox>(panel, "galleryGiven")->setCurrentIndex(3);
        QVERIFY(panel.filterModel()->rowCount() < 40);
        QTest::mouseClick(child<QToolButton>(panel, "galleryReset"), Qt::LeftButton);
        QCOMPARE(sort->currentIndex(), 0);
        QCOMPARE(panel.filterModel()->rowCount(), 40);
        for (int r = 0; r < 40; ++r) // dataset order again
            QCOMPARE(panel.filterModel()->mapToSource(panel.filterModel()->index(r, 0)).row(), r);
    }

    void emptyResultIsSaid()
    {
        arm::DatasetGalleryPanel& panel = *m_fx.panel;
        auto* empty = child<QLabel>(panel, "galleryEmptyText");
        QVERIFY(!empty->isVisible());
        auto* search = child<QLineEdit>(panel, "gallerySearch");
        QTest::keyClicks(search, QStringLiteral("no such name"));
        QCOMPARE(panel.filterModel()->rowCount(), 0);
        QVERIFY(empty->isVisible());
        QVERIFY2(empty->text().contains(QStringLiteral("Reset")) && empty->text().contains(QStringLiteral("40")),
                 qPrintable(empty->text()));
        QTest::mouseClick(child<QToolButton>(panel, "galleryReset"), Qt::LeftButton);
        QVERIFY(!empty->isVisible());
    }

    void legendIsOneClickAway()
    {
        auto* legend = child<QLabel>(*m_fx.panel, "galleryLegend");
        QVERIFY(!legend->isVisible());
        QTest::mouseClick(child<QToolButton>(*m_fx.panel, "galleryLegendButton"), Qt::LeftButton);
        QVERIFY(legend->isVisible());
        QVERIFY(legend->text().contains(QStringLiteral("flagged")));
        QTest::mouseClick(child<QToolButton>(*m_fx.panel, "galleryLegendButton"), Qt::LeftButton);
        QVERIFY(!legend->isVisible());
    }
};

QTEST_MAIN(TstGalleryFilters)
#include "tst_galleryfilters.moc"
