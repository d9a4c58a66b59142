// Photos and videos through FaceScanner: tracks over a synthetic video, sampling, and bad inputs
// (unreadable videos, FIFOs, photos without faces, broken landmark models) as named problems.
#include "FaceFixtures.h"

#include "engine/data/RafDbReader.h"
#include "engine/faces/FaceDatasetWriter.h"
#include "engine/faces/FaceScanner.h"
#include "engine/faces/FaceTracker.h"

#include <nlohmann/json.hpp>
#include <opencv2/videoio.hpp>

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>
#include <sys/stat.h>

using namespace arm;

namespace {

std::string writeVideo(const QString& dir, int frames)
{
    return fixtures::writeDriftVideo(dir.toStdString(), frames);
}

std::string writeBytes(const QString& dir, const QString& name, const std::string& bytes)
{
    const std::string path = (dir + QLatin1Char('/') + name).toStdString();
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
}

FaceScanOptions scanOptions(int every = 0)
{
    FaceScanOptions o;
    o.detector.minFaceSize = 60;
    o.sampling.every = every;
    return o;
}

} // namespace

class TestFaceScan : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<FaceScanner> m_scanner;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_scanner = std::make_unique<FaceScanner>(scanOptions(2));
    }

    void trackerLinksOverlappingBoxes()
    {
        FaceTracker tracker;
        QCOMPARE(tracker.next({cv::Rect(0, 0, 50, 50), cv::Rect(200, 0, 50, 50)}), (std::vector<int>{0, 1}));
        // Moved a little, listed in the other order: each keeps its id.
        QCOMPARE(tracker.next({cv::Rect(205, 3, 50, 50), cv::Rect(4, 2, 50, 50)}), (std::vector<int>{1, 0}));
        // Far away: a new track.
        QCOMPARE(tracker.next({cv::Rect(400, 300, 50, 50)}), (std::vector<int>{2}));
        QCOMPARE(FaceTracker::iou(cv::Rect(0, 0, 10, 10), cv::Rect(5, 0, 10, 10)), 50.0 / 150.0);
    }

    void videoGivesOneTrackOverEverySampledFrame()
    {
        const std::string video = writeVideo(m_dir.path(), 30);
        const FaceInputs inputs = FaceScanner::collect({video}, scanOptions(2).sampling);
        QCOMPARE(inputs.videos.size(), std::size_t(1));
        QCOMPARE(inputs.workEstimate, 15LL);
        std::vector<int> frames, tracks;
        const FaceScanResult r = m_scanner->scan(inputs, [&](ScannedFrame& f) {
            QVERIFY(f.video);
            frames.push_back(f.frame);
            for (const ScannedFace& face : f.faces)
                tracks.push_back(face.track);
        });
        QCOMPARE(r.frames, 15);
        QCOMPARE(frames.front(), 0);
        QCOMPARE(frames.back(), 28);
        QCOMPARE(r.faces, 15);        // the face in every sampled frame
        QCOMPARE(r.tracks, 1);        // and all of them one track
        QCOMPARE(tracks, std::vector<int>(15, 0));
        QVERIFY2(r.problems.empty(), r.problems.empty() ? "" : r.problems.front().reason.c_str());
    }

    void fpsSamplingKeepsTheFirstFrameOfEachInterval()
    {
        const std::string video = writeVideo(m_dir.path(), 30);
        FrameSampling s;
        s.fps = 2.5; // of 10 fps: frames 0, 4, 8, ...
        VideoReader reader(video, s);
        QCOMPARE(reader.fps(), 10.0);
        QCOMPARE(reader.sampledEstimate(), 8);
        cv::Mat frame;
        int index = -1;
        double seconds = 0;
        std::vector<int> got;
        while (reader.next(frame, index, seconds))
            got.push_back(index);
        QCOMPARE(got, (std::vector<int>{0, 4, 8, 12, 16, 20, 24, 28}));
        QCOMPARE(seconds, 2.8);
    }

    void badInputsAreNamedProblems()
    {
        const QString d = m_dir.path();
        const std::string broken = writeBytes(d, QStringLiteral("broken.mp4"), std::string(4096, '\x17'));
        const std::string noFace = (d + QStringLiteral("/wall.png")).toStdString();
        cv::imwrite(noFace, cv::Mat(120, 160, CV_8UC3, cv::Scalar(200, 180, 160)));
        const std::string truncated = writeBytes(d, QStringLiteral("cut.jpg"), "\xff\xd8\xff\xe0 not a jpeg");
        const std::string fifo = (d + QStringLiteral("/pipe.mp4")).toStdString();
        QCOMPARE(mkfifo(fifo.c_str(), 0600), 0);
        const std::string text = writeBytes(d, QStringLiteral("notes.txt"), "hello");
        const std::string missing = (d + QStringLiteral("/gone.jpg")).toStdString();

        const FaceInputs inputs =
            FaceScanner::collect({broken, noFace, truncated, fifo, text, missing, fixtures::facePhotoPath()}, {});
        const FaceScanResult r = m_scanner->scan(inputs, [](ScannedFrame&) {});
        QCOMPARE(r.photos, 2); // the face photo and the wall
        QCOMPARE(r.faces, 1);
        const auto reasonFor = [&](const std::string& path) {
            for (const Problem& p : r.problems)
                if (p.where == path)
                    return p.reason;
            return std::string("(no problem reported)");
        };
        QVERIFY2(reasonFor(broken).find("cannot open it as a video") != std::string::npos, reasonFor(broken).c_str());
        QCOMPARE(reasonFor(noFace), std::string("no face found"));
        QVERIFY2(reasonFor(truncated).find(truncated) != std::string::npos, reasonFor(truncated).c_str());
        QVERIFY2(reasonFor(fifo).find("named pipe") != std::string::npos, reasonFor(fifo).c_str());
        QVERIFY2(reasonFor(text).find("not a photo or video") != std::string::npos, reasonFor(text).c_str());
        QVERIFY2(reasonFor(missing).find("No such file") != std::string::npos, reasonFor(missing).c_str());
    }

    void cancelStopsBetweenFrames()
    {
        const std::string video = writeVideo(m_dir.path(), 30);
        std::atomic<bool> cancel{false};
        int seen = 0;
        const FaceScanResult r = m_scanner->scan(FaceScanner::collect({video}, scanOptions(2).sampling),
                                                 [&](ScannedFrame&) {
                                                     if (++seen == 3)
                                                         cancel = true;
                                                 },
                                                 {}, &cancel);
        QVERIFY(r.cancelled);
        QCOMPARE(seen, 3);
    }

    void brokenLandmarkModelsAreNamed_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expect");
        QTest::newRow("garbage") << QByteArray(1000, 'x') << QStringLiteral("not a dlib 68-point landmark model");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not a dlib 68-point landmark model");
        QTest::newRow("huge count") << QByteArray("\x01\xff\xff\xff\xff\xff\xff\xff\x7f", 9)
                                    << QStringLiteral("not a dlib 68-point landmark model");
    }
    void brokenLandmarkModelsAreNamed()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expect);
        const std::string path = writeBytes(m_dir.path(), QStringLiteral("model.dat"), content.toStdString());
        FaceDetectorOptions o;
        o.landmarksPath = path;
        try {
            FaceDetector detector(o);
            QFAIL("a broken landmark model was accepted");
        } catch (const std::runtime_error& e) {
            const std::string msg = e.what();
            QVERIFY2(msg.rfind(path, 0) == 0 && msg.find(expect.toStdString()) != std::string::npos, e.what());
        }
    }

    void missingModelAndBadSizeAreNamed()
    {
        FaceDetectorOptions o;
        o.landmarksPath = (m_dir.path() + QStringLiteral("/nowhere.dat")).toStdString();
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, FaceDetector{o});
        o = {};
        o.minFaceSize = 5;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, FaceDetector{o});
    }

    void writerMakesAnOpenableUnlabelledDataset()
    {
        const QString out = m_dir.path() + QStringLiteral("/faces");
        const std::string video = writeVideo(m_dir.path(), 10);
        const FaceInputs inputs = FaceScanner::collect({fixtures::facePhotoPath(), video}, scanOptions(2).sampling);
        FaceDatasetWriter writer(out.toStdString(), m_scanner->aligner().faceTemplate(), "every 2nd frame");
        const FaceScanResult r = m_scanner->scan(inputs, [&](ScannedFrame& f) { writer.add(f); });
        writer.finish(r);
        QCOMPARE(writer.written(), 6); // the photo's face and one in each of 5 sampled frames

        std::ifstream in((out + QStringLiteral("/faces.json")).toStdString());
        const nlohmann::json j = nlohmann::json::parse(in);
        QCOMPARE(j["faces"].size(), std::size_t(6));
        const nlohmann::json& photo = j["faces"][0];
        QVERIFY(photo["frame"].is_null() && photo["track"].is_null());
        QCOMPARE(photo["landmarks"].size(), std::size_t(68));
        QCOMPARE(photo["points5"].size(), std::size_t(5));
        QCOMPARE(photo["name"].get<std::string>(), std::string("train_astronaut_face_0.jpg"));
        QCOMPARE(j["faces"][5]["frame"].get<int>(), 8);
        QCOMPARE(j["faces"][5]["track"].get<int>(), 0);
        QVERIFY(cv::imread((out + QStringLiteral("/Image/aligned/train_astronaut_face_0_aligned.jpg")).toStdString()).size() ==
                cv::Size(100, 100));

        // ARM Inspector opens it: every face is a sample waiting for its label.
        const DatasetIndex index = RafDbReader::read(out.toStdString());
        QCOMPARE(index.samples.size(), std::size_t(0));
        QCOMPARE(index.unlabelled.size(), std::size_t(6));
        QVERIFY(index.problems.empty());
        // A second run never mixes into the first.
        QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                                 FaceDatasetWriter(out.toStdString(), m_scanner->aligner().faceTemplate(), ""));
    }
};

QTEST_APPLESS_MAIN(TestFaceScan)
#include "tst_facescan.moc"
