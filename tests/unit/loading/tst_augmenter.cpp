#include "engine/loading/Augmenter.h"

#include <opencv2/core.hpp>
#include <torch/torch.h>

#include <QtTest>

#include <cmath>

namespace {

cv::Mat gradient(int size)
{
    cv::Mat img(size, size, CV_8UC3);
    for (int y = 0; y < size; ++y)
        for (int x = 0; x < size; ++x)
            img.at<cv::Vec3b>(y, x) = cv::Vec3b(static_cast<uchar>(x * 2), static_cast<uchar>(y * 2), 128);
    return img;
}

} // namespace

class TstAugmenter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void deterministicPerSample()
    {
        const cv::Mat img = gradient(100);
        const arm::Augmenter a({}, 7);
        QVERIFY(torch::equal(a.apply(img, 2, 11), a.apply(img, 2, 11)));
        QVERIFY(torch::equal(a.apply(img, 2, 11), arm::Augmenter({}, 7).apply(img, 2, 11)));
        int differ = 0;
        for (int i = 0; i < 20; ++i)
            differ += !torch::equal(a.apply(img, 0, i), a.apply(img, 1, i));
        QVERIFY(differ > 5);
        QCOMPARE(a.apply(img, 0, 0).sizes().vec(), (std::vector<int64_t>{3, 112, 112}));
    }
    void frequenciesMatchTheRecipe()
    {
        const cv::Mat img = gradient(32);
        arm::AugmentOptions o;
        o.size = 32;
        const arm::Augmenter a(o, 3);
        const int n = 4000;
        int flips = 0, noises = 0, erases = 0, both = 0;
        for (int i = 0; i < n; ++i) {
            arm::AugmentRecord r;
            a.apply(img, 0, i, &r);
            flips += r.flipped;
            noises += r.noised;
            erases += r.erased;
            both += r.flipped && r.noised;
            if (r.erased) {
                const double frac = double(r.eraseHeight) * r.eraseWidth / (32.0 * 32.0);
                QVERIFY2(frac > 0.01 && frac < 0.13, qPrintable(QString::number(frac))); // scale 0.02-0.1 after rounding
            }
        }
        QCOMPARE(both, 0); // either, never both
        QVERIFY(std::abs(flips - n / 4) < 200);
        QVERIFY(std::abs(noises - n / 4) < 200);
        QVERIFY(std::abs(erases - n / 2) < 250);
    }
    void flipNoiseAndErasingEffects()
    {
        const cv::Mat img = gradient(64);
        arm::AugmentOptions o;
        o.size = 64;
        const arm::Augmenter a(o, 1);
        const torch::Tensor plain = arm::ImageTensor::fromMat(img, 64, o.norm);
        bool sawFlip = false, sawNoise = false, sawErase = false;
        for (int i = 0; i < 200 && !(sawFlip && sawNoise && sawErase); ++i) {
            arm::AugmentRecord r;
            const torch::Tensor t = a.apply(img, 0, i, &r);
            if (r.erased) {
                const auto patch = t.index({torch::indexing::Slice(),
                                            torch::indexing::Slice(r.eraseTop, r.eraseTop + r.eraseHeight),
                                            torch::indexing::Slice(r.eraseLeft, r.eraseLeft + r.eraseWidth)});
                QCOMPARE(patch.abs().max().item<float>(), 0.0f);
                sawErase = true;
                continue;
            }
            if (r.flipped) {
                QVERIFY(torch::allclose(t, plain.flip({2}), 1e-5, 1e-5));
                sawFlip = true;
            } else if (r.noised) {
                // Noise of std sqrt(30) on 0-255 pixels: back in pixel units the residual std is ~5.5
                // (a little less where clipping bites; the gradient has no values near 0 or 255 in B).
                const torch::Tensor stdv = torch::tensor({o.norm.std[0], o.norm.std[1], o.norm.std[2]}).view({3, 1, 1});
                const double s = ((t - plain) * stdv * 255.0).std().item<double>();
                QVERIFY2(s > 4.5 && s < 6.5, qPrintable(QString::number(s)));
                sawNoise = true;
            } else {
                QVERIFY(torch::equal(t, plain));
            }
        }
        QVERIFY(sawFlip && sawNoise && sawErase);
    }
};

QTEST_GUILESS_MAIN(TstAugmenter)
#include "tst_augmenter.moc"
