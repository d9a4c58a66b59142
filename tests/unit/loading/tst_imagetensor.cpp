// ImageTensor::readImage is what `predict` and `inspect` open images with: it must refuse exactly what
// `dataset` refuses (the strict decode of engine/data/ImageDecode), and OpenCV's own failures must
// reach users in plain words.
#include "tests/unit/data/HostileFiles.h"

#include "engine/loading/BatchLoader.h"
#include "engine/loading/ImageTensor.h"

#include <opencv2/imgproc.hpp>
#include <torch/torch.h>

#include <QTemporaryDir>
#include <QtTest>

using arm::ImageTensor;

class TstImageTensor : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::string file(const std::string& name) const { return m_dir.path().toStdString() + "/" + name; }

    QString refusal(const std::string& path)
    {
        const hostile::Outcome o = hostile::runBounded([path] { ImageTensor::readImage(path); });
        if (!o.finished)
            return QStringLiteral("BLOCKED");
        return o.threw ? QString::fromStdString(o.message) : QStringLiteral("ACCEPTED");
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void readsAGoodImage()
    {
        hostile::writeBytes(file("ok.png"), hostile::encode(".png", 30, 20));
        const cv::Mat img = ImageTensor::readImage(file("ok.png"));
        QCOMPARE(img.cols, 30);
        QCOMPARE(ImageTensor::fromMat(img, 16).sizes(), torch::IntArrayRef({3, 16, 16}));
    }
    // Before: libjpeg padded the missing half with grey, printed "Premature end of JPEG file", and
    // `predict` labelled the result, while `dataset` rejected the same file.
    void truncatedJpegIsRefused()
    {
        const std::vector<uchar> jpeg = hostile::encode(".jpg", 64, 64);
        hostile::writeBytes(file("cut.jpg"), std::vector<uchar>(jpeg.begin(), jpeg.begin() + long(jpeg.size() / 2)));
        const QString msg = refusal(file("cut.jpg"));
        QVERIFY2(msg.startsWith(QString::fromStdString(file("cut.jpg"))) && msg.contains(QStringLiteral("truncated JPEG")),
                 qPrintable(msg));
    }
    // Before: open() on the FIFO blocked `predict` for ever.
    void pipesAndDevicesAreRefusedAtOnce()
    {
        QVERIFY(hostile::makeFifo(file("pipe.jpg")));
        QVERIFY(hostile::symlinkTo("/dev/zero", file("zero.jpg")));
        QVERIFY2(refusal(file("pipe.jpg")).contains(QStringLiteral("named pipe")), qPrintable(refusal(file("pipe.jpg"))));
        QVERIFY(refusal(file("zero.jpg")).contains(QStringLiteral("device")));
    }
    // Before: "cannot decode image (OpenCV(4.6.0) ... (-215:Assertion failed) pixels <= CV_IO_MAX_IMAGE_PIXELS".
    void oversizedImageIsNamedInPlainWords()
    {
        hostile::writeBytes(file("bomb.jpg"), hostile::jpegClaiming(60000, 60000));
        const QString msg = refusal(file("bomb.jpg"));
        QVERIFY2(msg.contains(QStringLiteral("too large")) && !msg.contains(QStringLiteral("-215")) &&
                     !msg.contains(QStringLiteral("OpenCV")),
                 qPrintable(msg));
    }
    // A transform that fails inside OpenCV becomes a problem of the sample in words, not the assertion text.
    void openCvFailuresInBatchesAreWords()
    {
        hostile::writeBytes(file("a.png"), hostile::encode(".png", 30, 20));
        arm::DatasetIndex index;
        index.classNames = {"a", "b"};
        arm::Sample s;
        s.name = "a.png";
        s.path = file("a.png");
        s.label = 0;
        index.samples.push_back(s);
        arm::BatchLoader loader(index, {0}, [](const cv::Mat& image, int) {
            cv::Mat out;
            cv::resize(image, out, cv::Size(-5, -5)); // an OpenCV assertion
            return torch::zeros({3, 4, 4});
        });
        arm::Batch batch;
        QVERIFY(!loader.next(batch));
        const std::vector<arm::Problem> problems = loader.problems();
        QCOMPARE(int(problems.size()), 1);
        const QString reason = QString::fromStdString(problems[0].reason);
        QVERIFY2(reason.contains(QStringLiteral("cannot transform the image")) && !reason.contains(QStringLiteral("-215")),
                 qPrintable(reason));
    }
};

QTEST_GUILESS_MAIN(TstImageTensor)
#include "tst_imagetensor.moc"
