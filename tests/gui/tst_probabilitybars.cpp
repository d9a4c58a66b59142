#include "widgets/ProbabilityBars.h"

#include <QtTest>

namespace {
int distance(QColor a, QColor b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}
} // namespace

class TstProbabilityBars : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void highlightsPredictedAndMarksLabel()
    {
        arm::ProbabilityBars b;
        b.setClasses({QStringLiteral("Surprise"), QStringLiteral("Fear"), QStringLiteral("Happiness"),
                      QStringLiteral("Neutral")});
        b.setProbabilities({0.2, 0.1, 0.6, 0.1}, 3);
        QCOMPARE(b.predictedClass(), 2);
        QCOMPARE(b.givenLabel(), 3);
        b.resize(420, 300);
        b.show();
        QVERIFY(QTest::qWaitForWindowExposed(&b));
        b.replot();
        const QImage img = b.grab().toImage();
        for (int i = 0; i < 3; ++i) {
            const QColor got = img.pixelColor(b.barCenter(i).toPoint());
            const QColor want =
                i == 2 ? arm::ProbabilityBars::predictedColor(0) : arm::ProbabilityBars::otherColor(0);
            QVERIFY2(distance(got, want) <= 6,
                     qPrintable(QStringLiteral("class %1: %2").arg(i).arg(got.name())));
        }
        // Bars are horizontal: a longer probability reaches further right.
        QVERIFY(b.barCenter(2).x() > b.barCenter(0).x());
        auto* ticker = dynamic_cast<QCPAxisTickerText*>(b.yAxis->ticker().data());
        QVERIFY(ticker);
        QVERIFY(ticker->ticks().value(3).contains(QStringLiteral("label")));
        QVERIFY(!ticker->ticks().value(2).contains(QStringLiteral("label")));
    }
    void secondSetSideBySide()
    {
        arm::ProbabilityBars b;
        b.setClasses({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
        b.setProbabilities({0.7, 0.2, 0.1});
        b.setSecondProbabilities({0.3, 0.6, 0.1});
        QCOMPARE(b.secondPredictedClass(), 1);
        b.resize(420, 320);
        b.show();
        QVERIFY(QTest::qWaitForWindowExposed(&b));
        b.replot();
        QVERIFY(b.legend->visible());
        const QImage img = b.grab().toImage();
        QVERIFY(distance(img.pixelColor(b.barCenter(0, 0).toPoint()),
                         arm::ProbabilityBars::predictedColor(0)) <= 6);
        QVERIFY(distance(img.pixelColor(b.barCenter(0, 1).toPoint()), arm::ProbabilityBars::otherColor(1)) <=
                6);
        QVERIFY(distance(img.pixelColor(b.barCenter(1, 1).toPoint()),
                         arm::ProbabilityBars::predictedColor(1)) <= 6);
        QVERIFY(distance(img.pixelColor(b.barCenter(1, 0).toPoint()), arm::ProbabilityBars::otherColor(0)) <=
                6);
        // Value labels: class A and B differ between the sets (two labels each), class C prints "10%" in both
        // (one label), so 5 texts; with the second set cleared, one per class.
        auto texts = [&b]() {
            QStringList out;
            for (int i = 0; i < b.itemCount(); ++i)
                if (auto* t = qobject_cast<QCPItemText*>(b.item(i));
                    t && t->text().endsWith(QLatin1Char('%')))
                    out << t->text();
            return out;
        };
        QCOMPARE(texts().size(), 5);
        QCOMPARE(texts().count(QStringLiteral("10%")), 1);
        b.clearSecondProbabilities();
        QVERIFY(!b.legend->visible());
        QCOMPARE(texts().size(), 3);
    }
    void mismatchClears()
    {
        arm::ProbabilityBars b;
        b.setClasses({QStringLiteral("A"), QStringLiteral("B")});
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("probabilities")));
        b.setProbabilities({0.5, 0.3, 0.2});
        QVERIFY(b.probabilities().isEmpty());
        QCOMPARE(b.predictedClass(), -1);
    }
};

QTEST_MAIN(TstProbabilityBars)
#include "tst_probabilitybars.moc"
