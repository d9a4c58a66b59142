#include "app/gui/MainWindow.h"

#include <QtTest>

class TstMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void opensOffscreen()
    {
        arm::MainWindow w;
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.windowTitle(), QStringLiteral("ARM Inspector"));
        QVERIFY(!w.grab().isNull());
    }
};

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
