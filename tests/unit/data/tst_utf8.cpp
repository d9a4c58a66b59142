// engine/core/Utf8: the check and the escaping that keep non-UTF-8 file names from breaking JSON reports.
// (Kept with the data tests: file names and label files are where such bytes come from.)
#include "engine/core/Utf8.h"

#include <nlohmann/json.hpp>

#include <QtTest>

using arm::Utf8;

class TstUtf8 : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void validity_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ascii") << QByteArray("train_00001.jpg") << true;
        QTest::newRow("two-byte") << QByteArray("caf\xc3\xa9.jpg") << true;
        QTest::newRow("four-byte") << QByteArray("\xf0\x9f\x98\x80") << true;
        QTest::newRow("latin-1") << QByteArray("caf\xe9.jpg") << false;
        QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << false;
        QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << false;
        QTest::newRow("past U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << false;
        QTest::newRow("cut sequence") << QByteArray("ab\xe2\x82") << false;
        QTest::newRow("lone continuation") << QByteArray("\x80") << false;
    }
    void validity()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, valid);
        QCOMPARE(Utf8::isValid(text.toStdString()), valid);
        const std::string shown = Utf8::displayable(text.toStdString());
        QVERIFY(Utf8::isValid(shown));
        if (valid)
            QCOMPARE(shown, text.toStdString());
    }
    void displayableEscapesOnlyTheBadBytes()
    {
        QCOMPARE(Utf8::displayable("/data/caf\xe9/\xc3\xa9t\xe9.jpg"), std::string("/data/caf\\xE9/\xc3\xa9t\\xE9.jpg"));
        QCOMPARE(Utf8::displayable("ab\xe2\x82"), std::string("ab\\xE2\\x82"));
    }
    // The reason for the helper: nlohmann refuses invalid UTF-8 when dumping (type_error.316), which lost
    // the whole `dataset --json` report.
    void jsonAcceptsDisplayableText()
    {
        const std::string raw = "/data/happy/caf\xe9.jpg";
        QVERIFY_THROWS_EXCEPTION(nlohmann::json::type_error, (void)nlohmann::json{{"where", raw}}.dump());
        const std::string dumped = nlohmann::json{{"where", Utf8::displayable(raw)}}.dump();
        QCOMPARE(nlohmann::json::parse(dumped)["where"].get<std::string>(), std::string("/data/happy/caf\\xE9.jpg"));
    }
    void bomAndUtf16()
    {
        QCOMPARE(std::string(Utf8::withoutBom("\xef\xbb\xbftrain_1.jpg 4")), std::string("train_1.jpg 4"));
        QCOMPARE(std::string(Utf8::withoutBom("train_1.jpg 4")), std::string("train_1.jpg 4"));
        QVERIFY(Utf8::looksLikeUtf16(std::string("\xff\xfet\0r\0", 6)));
        QVERIFY(Utf8::looksLikeUtf16(std::string("\xfe\xff\0t\0r", 6)));
        QVERIFY(Utf8::looksLikeUtf16(std::string("t\0r\0a\0i\0n\0", 10)));
        QVERIFY(!Utf8::looksLikeUtf16("train_1.jpg 4\n"));
        QVERIFY(!Utf8::looksLikeUtf16("\xef\xbb\xbftrain_1.jpg 4\n"));
    }
};

QTEST_GUILESS_MAIN(TstUtf8)
#include "tst_utf8.moc"
