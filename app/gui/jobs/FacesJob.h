#pragma once

#include "app/jobs/Job.h"
#include "engine/eval/Predictor.h"
#include "engine/faces/FaceScanner.h"

#include <opencv2/core/mat.hpp>

#include <QByteArray>
#include <QImage>
#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QStringList>
#include <QVector>

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace arm {

class ModelHandle;

// Classifies the aligned crops of one photo or frame (a batch, like arm-cli predict --detect). A
// classifier is made once per job from the model (FaceClassifierFactory), so the model is prepared
// for inference once, not per frame.
using FaceClassifier = std::function<std::vector<Prediction>(const std::vector<cv::Mat>& crops,
                                                             const std::vector<std::string>& names)>;
using FaceClassifierFactory = std::function<FaceClassifier(const std::shared_ptr<ModelHandle>& model)>;

struct FoundFace {
    QRectF box;                  // source pixels
    QVector<QPointF> landmarks;  // 68, source pixels
    int track = -1;              // videos: the track (unique within the job); photos: -1
    int indexInFrame = 0;        // faces of one frame, left to right
    cv::Mat crop;                // the aligned face (BGR, 100x100): what the model and the inspector see
    QVector<double> probabilities; // empty without a model or when the crop failed
    int predicted = -1;
    QString error;               // why there are no probabilities (model failure on this crop)
};

struct FoundFrame {
    QString source;              // the photo or video, as given
    bool video = false;
    int frame = -1;              // videos: the frame's index in the video
    double seconds = 0.0;
    QSize sourceSize;            // the coordinates' frame of reference
    QImage image;                // photos: the picture, reduced to at most kShownSide
    QByteArray jpeg;             // video frames: kept JPEG-encoded (a long video must not hold raw frames)
    QVector<FoundFace> faces;
    QImage decoded() const;      // the picture, whichever way it is kept
};

struct FacesParams {
    QStringList paths;           // photos, videos or folders
    std::shared_ptr<ModelHandle> model; // null: boxes and landmarks only
    FaceScanOptions options;
    quint64 generation = 0;      // Workspace::inputGeneration() at start (the model's identity)
    quint64 request = 0;         // the caller's number for this open
    int maxFrames = 2000;        // frames kept for viewing; the rest of a long video is reported, not kept
};

struct FacesOutcome {
    QVector<FoundFrame> frames;  // photos and sampled frames, in scan order
    QStringList classNames;      // the model's (dataset spelling); empty without a model
    QStringList problems;        // unreadable files, photos without a face, skipped frames: "file: reason"
    int faces = 0;
    bool truncated = false;      // maxFrames reached
};

// Finds, aligns and (with a model) classifies the faces of photos and videos off the GUI thread:
// FaceScanner for detection, 68 landmarks and RAF-DB alignment, the classifier on the aligned crops.
// Loading the landmark model fails with its file named (FaceDetector). Progress: frames done / the
// estimate, with the file being read. Cancel stops between frames and discards the result.
class FacesJob : public Job {
    Q_OBJECT
public:
    static constexpr int kShownSide = 1600; // longest side of a kept picture

    explicit FacesJob(FaceClassifierFactory classifier, QObject* parent = nullptr);

    void start(FacesParams params);
    const FacesParams& params() const { return m_params; }
    const FacesOutcome& result() const { return m_result; }

private:
    FaceClassifierFactory m_classifier;
    FacesParams m_params;
    FacesOutcome m_result;
};

} // namespace arm
