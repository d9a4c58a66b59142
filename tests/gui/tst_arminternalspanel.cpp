#include "PanelFixtures.h"

#include "app/gui/Workspace.h"
#include "app/gui/panels/ArmInternalsPanel.h"
#include "engine/model/ModelHandle.h"
#include "widgets/HeatmapView.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QScrollArea>
#include <QtTest>

using arm::ArmInternalsPanel;
using Map = arm::ArmInternalsPanel::Map;

class TstArmInternalsPanel : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_settingsDir;

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void everyMapShowsItsGrid_data()
    {
        QTest::addColumn<int>("inputSize");
        QTest::newRow("224") << 224;
        QTest::newRow("112") << 112;
    }
    void everyMapShowsItsGrid()
    {
        QFETCH(int, inputSize);
        arm::Workspace ws;
        ArmInternalsPanel panel(&ws);
        QVERIFY(panel.isShowingPlaceholder());
        const arm::ImageAnalysis a = fixtures::analysis(inputSize);
        panel.setAnalysis(a);
        QVERIFY(!panel.isShowingPlaceholder());
        const int o = inputSize == 224 ? 11 : 5;
        const int side = inputSize == 224 ? 112 : 64;
        const struct {
            Map map;
            const arm::Grid* grid;
            int size;
        } expected[] = {
            {Map::Kernel, &a.kernel, 32},
            {Map::Arranged0, &a.arranged[0], side},
            {Map::Arranged1, &a.arranged[1], side},
            {Map::DealbinoRaw0, &a.dealbinoRaw[0], o},
            {Map::DealbinoRaw1, &a.dealbinoRaw[1], o},
            {Map::DealbinoBn0, &a.dealbinoBn[0], o},
            {Map::DealbinoBn1, &a.dealbinoBn[1], o},
            {Map::FUnique, &a.fUnique, o},
            {Map::FGenericScaled, &a.fGenericScaled, o},
            {Map::FExpression, &a.fExpression, o},
        };
        for (const auto& e : expected) {
            arm::HeatmapView* v = panel.view(e.map);
            QVERIFY(v);
            QCOMPARE(v->rows(), e.size);
            QCOMPARE(v->cols(), e.size);
            for (int r = 0; r < e.size; r += 3)
                for (int c = 0; c < e.size; c += 4)
                    QCOMPARE(float(v->value(r, c)), e.grid->at(r, c));
            QVERIFY(v->baseImage().isNull());
        }
        // Small grids print their values, the big ones do not.
        QVERIFY(panel.view(Map::FExpression)->showValues());
        QVERIFY(!panel.view(Map::Arranged0)->showValues());
        QVERIFY(panel.view(Map::FExpression)->title().contains(QStringLiteral("F_expression")));
        QVERIFY(panel.view(Map::Kernel)->title().contains(QStringLiteral("32×32")));
    }

    void featuresShareOneSymmetricRange()
    {
        arm::Workspace ws;
        ArmInternalsPanel panel(&ws);
        const arm::ImageAnalysis a = fixtures::analysis(224);
        panel.setAnalysis(a);
        float m = 0;
        for (const arm::Grid* g : {&a.fUnique, &a.fGenericScaled, &a.fExpression})
            for (float v : g->values)
                m = std::max(m, std::abs(v));
        for (Map map : {Map::FUnique, Map::FGenericScaled, Map::FExpression}) {
            QCOMPARE(float(panel.view(map)->displayMaximum()), m);
            QCOMPARE(float(panel.view(map)->displayMinimum()), -m);
            QCOMPARE(panel.view(map)->colorMapKind(), arm::ColorMap::Kind::Diverging);
        }
        // Activations are magnitudes: viridis, their own range.
        QCOMPARE(panel.view(Map::Arranged0)->colorMapKind(), arm::ColorMap::Kind::Viridis);
        QVERIFY2(panel.alphaText().contains(QStringLiteral("0.2500")), qPrintable(panel.alphaText()));
    }

    void hoverReadsAValue()
    {
        arm::Workspace ws;
        ArmInternalsPanel panel(&ws);
        panel.resize(900, 900);
        const arm::ImageAnalysis a = fixtures::analysis(224);
        panel.setAnalysis(a);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        arm::HeatmapView* v = panel.view(Map::FExpression);
        // The features are the last row: scroll them into view first, as a user would.
        auto* scroll = panel.findChild<QScrollArea*>();
        QVERIFY(scroll);
        scroll->ensureWidgetVisible(v, 0, 0);
        QApplication::processEvents();
        const QRectF cell = v->cellRect(3, 7);
        QTest::mouseMove(v, v->imageToWidget(cell.center()).toPoint());
        QTRY_COMPARE(v->hoveredCell(), QPoint(7, 3));
        QVERIFY2(v->hoverText().contains(QString::number(a.fExpression.at(3, 7), 'f', 2)), qPrintable(v->hoverText()));
    }

    void baselineModelGetsANote()
    {
        arm::Workspace ws;
        ArmInternalsPanel panel(&ws);
        panel.setAnalysis(fixtures::analysis(224, /*arm=*/false));
        QVERIFY(panel.isShowingPlaceholder());
        QVERIFY2(panel.placeholderText().contains(QStringLiteral("baseline")), qPrintable(panel.placeholderText()));
        // The model itself says so too, before any analysis.
        ArmInternalsPanel second(&ws);
        arm::ModelConfig config;
        config.arch = arm::Arch::ResNet18;
        config.inputSize = 112;
        ws.setModel(arm::ModelHandle::create(config));
        QVERIFY(second.placeholderText().contains(QStringLiteral("resnet18")));
        // An ARM analysis after a baseline one shows the maps again.
        ws.setModel(nullptr);
        panel.setAnalysis(fixtures::analysis(112));
        QVERIFY(!panel.isShowingPlaceholder());
    }
};

QTEST_MAIN(TstArmInternalsPanel)
#include "tst_arminternalspanel.moc"
