// `arm-cli faces` and `arm-cli predict --detect` as a user runs them, on the committed face photo and a
// video made here: the dataset they write opens as unlabelled samples, per-face results carry the
// source, frame, track and box, and bad options or files are named errors. Runs the built binary.
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include "CliRun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using Run = fixtures::CliRun;

Run cli(const QStringList& args, int timeoutMs = 240000)
{
    return fixtures::cli(args, timeoutMs);
}

const char* text(const Run& r)
{
    return fixtures::describe(r);
}

QString photo()
{
    return QStringLiteral(ARM_SOURCE_DIR "/tests/unit/faces/data/astronaut_face.jpg");
}

// 10 frames at 10 fps of the photo sliding right on a 320x240 canvas.
QString writeVideo(const QString& dir)
{
    const QString path = dir + QStringLiteral("/clip.avi");
    const cv::Mat face = cv::imread(photo().toStdString());
    cv::VideoWriter out(path.toStdString(), cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), 10.0, cv::Size(320, 240));
    for (int i = 0; i < 10; ++i) {
        cv::Mat frame(240, 320, CV_8UC3, cv::Scalar(90, 100, 110));
        face(cv::Rect(0, 0, 224, 224)).copyTo(frame(cv::Rect(4 + 8 * i, 8, 224, 224)));
        out.write(frame);
    }
    return path;
}

QJsonObject json(const Run& r)
{
    return QJsonDocument::fromJson(r.out).object();
}

} // namespace

class TstCliFaces : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_video, m_model;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_video = writeVideo(m_dir.path());
        // A tiny trained model (48 px) to classify with: what a user's checkpoint is, only smaller.
        const QString data = m_dir.filePath(QStringLiteral("synth"));
        Run r = cli({QStringLiteral("--quiet"), QStringLiteral("synth"), QStringLiteral("--out"), data,
                     QStringLiteral("--count"), QStringLiteral("28"), QStringLiteral("--size"), QStringLiteral("48")});
        QVERIFY2(r.code == 0, text(r));
        const QString train = m_dir.filePath(QStringLiteral("train"));
        r = cli({QStringLiteral("--quiet"), QStringLiteral("train"), QStringLiteral("--data"), data, QStringLiteral("--out"),
                 train, QStringLiteral("--epochs"), QStringLiteral("1"), QStringLiteral("--batch-size"), QStringLiteral("8"),
                 QStringLiteral("--input-size"), QStringLiteral("48")});
        QVERIFY2(r.code == 0, text(r));
        m_model = train + QStringLiteral("/best.ckpt");
        QVERIFY2(QFile::exists(m_model), qPrintable(QDir(train).entryList().join(QLatin1Char(' '))));
    }

    void facesWritesAnUnlabelledDataset()
    {
        const QString out = m_dir.filePath(QStringLiteral("faces"));
        const Run r = cli({QStringLiteral("--quiet"), QStringLiteral("faces"), QStringLiteral("--out"), out,
                           QStringLiteral("--every"), QStringLiteral("3"), QStringLiteral("--min-size"),
                           QStringLiteral("60"), QStringLiteral("--json"), photo(), m_video});
        QVERIFY2(r.code == 0, text(r));
        const QJsonObject j = json(r);
        QCOMPARE(j.value(QStringLiteral("faces")).toInt(), 5); // the photo + frames 0, 3, 6, 9
        QCOMPARE(j.value(QStringLiteral("tracks")).toInt(), 1);
        QFile list(out + QStringLiteral("/EmoLabel/list_patition_label.txt"));
        QVERIFY(list.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = list.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 5);
        for (const QByteArray& line : lines)
            QVERIFY2(line.startsWith("train_") && line.endsWith(".jpg 0"), line.constData());
        QVERIFY(QFile::exists(out + QStringLiteral("/faces.json")));

        // The dataset command sees five samples waiting for a label and no problems.
        const Run d = cli({QStringLiteral("--quiet"), QStringLiteral("dataset"), QStringLiteral("--data"), out,
                           QStringLiteral("--json")});
        QVERIFY2(d.code == 0, text(d));
        QCOMPARE(json(d).value(QStringLiteral("unlabelled")).toInt(), 5);

        // Never into a folder that already holds a dataset.
        const Run again = cli({QStringLiteral("--quiet"), QStringLiteral("faces"), QStringLiteral("--out"), out, photo()});
        QVERIFY2(again.code != 0 && again.err.contains("already holds a dataset"), text(again));
    }

    void predictDetectClassifiesEveryFace()
    {
        const QString out = m_dir.filePath(QStringLiteral("predicted"));
        const Run r = cli({QStringLiteral("--quiet"), QStringLiteral("predict"), QStringLiteral("--weights"), m_model,
                           QStringLiteral("--detect"), QStringLiteral("--min-size"), QStringLiteral("60"),
                           QStringLiteral("--every"), QStringLiteral("2"), QStringLiteral("--json"),
                           QStringLiteral("--out"), out, photo(), m_video});
        QVERIFY2(r.code == 0, text(r));
        const QJsonArray faces = json(r).value(QStringLiteral("faces")).toArray();
        QCOMPARE(faces.size(), 6); // the photo + frames 0, 2, 4, 6, 8
        const QJsonObject first = faces.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("source")).toString(), photo());
        QVERIFY(first.value(QStringLiteral("frame")).isNull());
        QCOMPARE(first.value(QStringLiteral("box")).toArray().size(), 4);
        double sum = 0;
        for (const QJsonValue& p : first.value(QStringLiteral("probabilities")).toArray())
            sum += p.toDouble();
        QVERIFY(std::abs(sum - 1.0) < 1e-4);
        QVERIFY(!first.value(QStringLiteral("label_name")).toString().isEmpty());
        QCOMPARE(faces.at(5).toObject().value(QStringLiteral("frame")).toInt(), 8);
        // The drawn photo and the video's timeline, one row per sampled frame after the header.
        QVERIFY(!cv::imread((out + QStringLiteral("/astronaut_face_faces.jpg")).toStdString()).empty());
        QFile csv(out + QStringLiteral("/clip_track0.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = csv.readAll().trimmed().split('\n');
        QCOMPARE(rows.size(), 6);
        QVERIFY2(rows.at(0).startsWith("frame,time,x,y,w,h,"), rows.at(0).constData());
    }

    void badInputsAndOptionsAreNamed_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expect");
        QTest::addColumn<int>("code");
        QTest::newRow("every and fps") << QStringList{QStringLiteral("faces"), QStringLiteral("--out"), QStringLiteral("{D}/o1"),
                                                      QStringLiteral("--every"), QStringLiteral("2"), QStringLiteral("--fps"),
                                                      QStringLiteral("3"), QStringLiteral("{P}")}
                                       << QStringLiteral("--fps") << -1;
        QTest::newRow("min-size") << QStringList{QStringLiteral("faces"), QStringLiteral("--out"), QStringLiteral("{D}/o2"),
                                                 QStringLiteral("--min-size"), QStringLiteral("5"), QStringLiteral("{P}")}
                                  << QStringLiteral("--min-size") << -1;
        QTest::newRow("garbage landmarks") << QStringList{QStringLiteral("faces"), QStringLiteral("--out"), QStringLiteral("{D}/o3"),
                                                          QStringLiteral("--landmarks"), QStringLiteral("{D}/junk.dat"), QStringLiteral("{P}")}
                                           << QStringLiteral("junk.dat: not a dlib 68-point landmark model") << -1;
        QTest::newRow("no face anywhere") << QStringList{QStringLiteral("faces"), QStringLiteral("--out"), QStringLiteral("{D}/o4"),
                                                         QStringLiteral("{D}/wall.png")}
                                          << QStringLiteral("wall.png: no face found") << 1;
        QTest::newRow("--out holds the inputs")
            << QStringList{QStringLiteral("predict"), QStringLiteral("--weights"), QStringLiteral("{M}"), QStringLiteral("--detect"),
                           QStringLiteral("--out"), QStringLiteral("{D}"), QStringLiteral("{D}/wall.png")}
            << QStringLiteral("holds inputs") << -1;
        QTest::newRow("detect options need --detect")
            << QStringList{QStringLiteral("predict"), QStringLiteral("--weights"), QStringLiteral("{M}"),
                           QStringLiteral("--min-size"), QStringLiteral("60"), QStringLiteral("{P}")}
            << QStringLiteral("--detect") << -1;
    }
    void badInputsAndOptionsAreNamed()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expect);
        QFETCH(int, code);
        {
            QFile junk(m_dir.filePath(QStringLiteral("junk.dat")));
            QVERIFY(junk.open(QIODevice::WriteOnly));
            junk.write(QByteArray(300, 'j'));
        }
        cv::imwrite(m_dir.filePath(QStringLiteral("wall.png")).toStdString(), cv::Mat(90, 120, CV_8UC3, cv::Scalar(200, 190, 180)));
        for (QString& a : args)
            a.replace(QStringLiteral("{D}"), m_dir.path()).replace(QStringLiteral("{P}"), photo()).replace(QStringLiteral("{M}"), m_model);
        const Run r = cli(args);
        QVERIFY2(code < 0 ? r.code != 0 : r.code == code, text(r));
        QVERIFY2(r.err.contains(expect.toUtf8()), text(r));
        QVERIFY2(!r.err.contains("dlib") || r.err.contains("libdlib-data") || r.err.contains("dlib 68-point"), text(r));
    }
};

QTEST_GUILESS_MAIN(TstCliFaces)
#include "tst_clifaces.moc"
