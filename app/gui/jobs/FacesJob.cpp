#include "app/gui/jobs/FacesJob.h"

#include "app/gui/panels/PanelData.h"
#include "engine/model/ModelHandle.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <QFileInfo>

#include <algorithm>
#include <atomic>
#include <stdexcept>

namespace arm {

namespace {

// The picture reduced so that its longer side is at most `side` (the overlay maps source pixels onto it).
cv::Mat shown(const cv::Mat& image, int side)
{
    const int longer = std::max(image.cols, image.rows);
    if (longer <= side)
        return image;
    const double s = double(side) / longer;
    cv::Mat out;
    cv::resize(image, out, cv::Size(std::max(1, int(image.cols * s + 0.5)), std::max(1, int(image.rows * s + 0.5))), 0, 0,
               cv::INTER_AREA);
    return out;
}

QString problemText(const Problem& p)
{
    return QString::fromStdString(p.where) + QStringLiteral(": ") + QString::fromStdString(p.reason);
}

} // namespace

QImage FoundFrame::decoded() const
{
    if (!image.isNull())
        return image;
    QImage out;
    out.loadFromData(jpeg, "JPG");
    return out;
}

FacesJob::FacesJob(FaceClassifierFactory classifier, QObject* parent) : Job(parent), m_classifier(std::move(classifier)) {}

void FacesJob::start(FacesParams params)
{
    if (isRunning())
        return;
    m_params = std::move(params);
    auto outcome = std::make_shared<FacesOutcome>();
    const FacesParams p = m_params;
    const FaceClassifierFactory factory = m_classifier;
    runAsync(
        [this, p, factory, outcome]() {
            std::vector<std::string> paths;
            for (const QString& path : p.paths)
                paths.push_back(path.toStdString());
            const FaceInputs inputs = FaceScanner::collect(paths, p.options.sampling);
            for (const Problem& problem : inputs.problems)
                outcome->problems << problemText(problem);
            if (inputs.photos.empty() && inputs.videos.empty())
                throw std::runtime_error(outcome->problems.isEmpty()
                                             ? tr("no photo or video to open").toStdString()
                                             : outcome->problems.join(QStringLiteral("; ")).toStdString());
            reportProgress(0, 0, tr("Loading the face landmark model"));
            FaceScanner scanner(p.options); // throws naming the landmark file when it is missing
            FaceClassifier classify;
            if (p.model && factory) {
                classify = factory(p.model);
                for (const std::string& name : p.model->classNames())
                    outcome->classNames << QString::fromStdString(name);
            }
            const FaceScanner::Sink sink = [&](ScannedFrame& scanned) {
                if (outcome->frames.size() >= p.maxFrames) {
                    outcome->truncated = true;
                    return;
                }
                FoundFrame frame;
                frame.source = QString::fromStdString(scanned.source);
                frame.video = scanned.video;
                frame.frame = scanned.frame;
                frame.seconds = scanned.seconds;
                frame.sourceSize = QSize(scanned.image.cols, scanned.image.rows);
                const cv::Mat picture = shown(scanned.image, kShownSide);
                if (scanned.video) {
                    std::vector<unsigned char> bytes;
                    if (cv::imencode(".jpg", picture, bytes, {cv::IMWRITE_JPEG_QUALITY, 90}))
                        frame.jpeg = QByteArray(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size()));
                } else {
                    frame.image = PanelData::toQImage(picture);
                }
                std::vector<cv::Mat> crops;
                std::vector<std::string> names;
                for (const ScannedFace& f : scanned.faces) {
                    FoundFace face;
                    const cv::Rect& b = f.detection.box;
                    face.box = QRectF(b.x, b.y, b.width, b.height);
                    for (const cv::Point2f& q : f.detection.landmarks)
                        face.landmarks << QPointF(q.x, q.y);
                    face.track = f.track;
                    face.indexInFrame = f.indexInFrame;
                    face.crop = f.aligned.image.clone(); // outlives the scanner's frame buffer
                    crops.push_back(face.crop);
                    names.push_back(scanned.source + (scanned.video ? " frame " + std::to_string(scanned.frame) : std::string())
                                    + " face " + std::to_string(f.indexInFrame + 1));
                    frame.faces << face;
                }
                if (classify && !crops.empty()) {
                    const std::vector<Prediction> predictions = classify(crops, names);
                    for (int k = 0; k < frame.faces.size() && std::size_t(k) < predictions.size(); ++k) {
                        const Prediction& pr = predictions[std::size_t(k)];
                        FoundFace& face = frame.faces[k];
                        if (!pr.ok()) {
                            face.error = QString::fromStdString(pr.error);
                            continue;
                        }
                        face.probabilities = QVector<double>(pr.probabilities.begin(), pr.probabilities.end());
                        face.predicted = pr.label;
                    }
                }
                outcome->faces += int(frame.faces.size());
                outcome->frames << frame;
            };
            // The scanner stops on the user's cancel, or once maxFrames are kept (the rest would be decoded
            // for nothing); only the first discards the result.
            std::atomic<bool> stop{false};
            const FaceScanner::Progress progress = [&](long long done, long long total, const std::string& detail) {
                stop = cancelFlag().load() || outcome->truncated;
                reportProgress(int(std::min<long long>(done, 1 << 30)), int(std::min<long long>(total, 1 << 30)),
                               QFileInfo(QString::fromStdString(detail)).fileName());
            };
            const FaceScanResult result = scanner.scan(inputs, sink, progress, &stop);
            for (const Problem& problem : result.problems)
                outcome->problems << problemText(problem);
            if (outcome->truncated)
                outcome->problems << tr("only the first %1 frames are shown; open the video with fewer frames per "
                                        "second to see all of it")
                                         .arg(p.maxFrames);
            return !cancelFlag();
        },
        [this, outcome]() { m_result = std::move(*outcome); });
}

} // namespace arm
