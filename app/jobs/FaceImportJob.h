#pragma once

#include "app/jobs/Job.h"
#include "engine/faces/FaceScanner.h"

#include <QString>
#include <QStringList>

namespace arm {

struct FaceImportParams {
    QStringList paths;       // photos, videos, folders
    QString outDir;          // must not hold a dataset yet (FaceDatasetWriter refuses one)
    FaceScanOptions options;
};

struct FaceImportOutcome {
    QString outDir;
    int written = 0;         // aligned faces in the new dataset
    int photos = 0, videos = 0, frames = 0;
    QStringList problems;    // "file: reason"
    bool cancelled = false;  // stopped by the user: what was found until then is written
};

// File > Import Faces as Dataset: FaceScanner + FaceDatasetWriter off the GUI thread, like
// `arm-cli faces`: every face aligned into a RAF-DB-layout dataset, unlabelled (label 0), with
// faces.json. Progress reports frames done of the estimate and the time left. Cancelling stops between
// frames and still finishes the dataset (label list and faces.json), so the folder is never half
// written; the result then says cancelled. A missing landmark model or an unusable output folder fails
// the job with the file named.
class FaceImportJob : public Job {
    Q_OBJECT
public:
    explicit FaceImportJob(QObject* parent = nullptr);

    void start(FaceImportParams params);
    const FaceImportParams& params() const { return m_params; }
    const FaceImportOutcome& result() const { return m_result; }

    // "about 2 min 10 s left" from the work done, the total and the seconds spent (empty until a
    // fair estimate exists: a few items done and a second spent).
    static QString timeLeft(long long done, long long total, double elapsedSeconds);

private:
    FaceImportParams m_params;
    FaceImportOutcome m_result;
};

} // namespace arm
