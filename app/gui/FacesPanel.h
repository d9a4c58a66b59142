#pragma once

#include "app/gui/jobs/FacesJob.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QSlider;

namespace arm {

class FaceOverlayView;
class TimelinePlot;
class Workspace;

// File > Open Photos or Video: the photo (or the current video frame) with each face's box, 68
// landmarks and the open model's expression and probability, computed in a FacesJob. Several photos
// or a video are stepped through with the frame slider; for a video, the timeline shows the class
// probabilities of the selected face's track over time (a click on it shows that moment). Clicking a
// face hands its aligned crop to the image inspector (AnalysisProvider::inspectImage), so every ARM
// analysis runs on exactly what the model classified. A new model re-runs the open files.
class FacesPanel : public QWidget {
    Q_OBJECT
public:
    explicit FacesPanel(Workspace* workspace, QWidget* parent = nullptr);
    ~FacesPanel() override;

    void setClassifier(FaceClassifierFactory classifier); // default: EngineRunners::faceClassifier()
    void setScanOptions(const FaceScanOptions& options);  // default: faces from 60 px, videos at 5 frames/s
    const FaceScanOptions& scanOptions() const { return m_options; }

    // Starts finding faces in `paths` (photos, videos, folders); a running search is dropped.
    void open(const QStringList& paths);
    // A photo or video file this view opens (not a folder): what File > Open and drops send here.
    static bool isSourceFile(const QString& path);
    QStringList paths() const { return m_paths; }
    bool isBusy() const;
    bool hasResult() const { return m_has; }
    const FacesOutcome& outcome() const { return m_outcome; }
    QString messageText() const;

    int currentFrame() const { return m_frame; }
    void showFrame(int index);
    int selectedTrack() const { return m_track; }
    // What a click on face `face` of the current frame does: select it and inspect its aligned crop.
    bool inspectFace(int face);
    // The heading the inspector shows for face `face` of frame `frame`.
    QString faceTitle(int frame, int face) const;

    FaceOverlayView* overlay() const { return m_view; }
    QSlider* frameSlider() const { return m_slider; }
    TimelinePlot* timeline() const { return m_timeline; }

Q_SIGNALS:
    void progress(int done, int total, const QString& text); // total < 0: done, hide
    void finished(bool ok);     // the search ended: ok = its result is shown
    void faceInspected();       // a face's crop went to the inspector: raise it

private:
    void startJob();
    void onSucceeded();
    void onFailed(const QString& message);
    void onFinished();
    void updateTimeline();
    void onTimeClicked(double seconds);
    void setMessage(const QString& text);
    QString caption(const FoundFace& face) const;

    Workspace* m_ws;
    FaceClassifierFactory m_classifier;
    FaceScanOptions m_options;
    FacesJob* m_job = nullptr;
    QStringList m_paths;
    quint64 m_request = 0;
    bool m_pending = false;
    bool m_has = false;
    FacesOutcome m_outcome;
    QStringList m_displayNames; // the outcome's class names in the interface language
    int m_frame = -1;
    int m_track = -1;
    QLabel* m_heading = nullptr;
    QLabel* m_message = nullptr;
    FaceOverlayView* m_view = nullptr;
    QWidget* m_frameRow = nullptr;
    QSlider* m_slider = nullptr;
    QLabel* m_frameLabel = nullptr;
    QLabel* m_timelineTitle = nullptr;
    TimelinePlot* m_timeline = nullptr;
};

} // namespace arm
