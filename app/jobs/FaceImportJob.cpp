#include "app/jobs/FaceImportJob.h"

#include "engine/faces/FaceDatasetWriter.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <memory>
#include <stdexcept>

namespace arm {

namespace {
QString problemText(const Problem& p)
{
    return QString::fromStdString(p.where) + QStringLiteral(": ") + QString::fromStdString(p.reason);
}
} // namespace

FaceImportJob::FaceImportJob(QObject* parent) : Job(parent) {}

QString FaceImportJob::timeLeft(long long done, long long total, double elapsedSeconds)
{
    if (done < 3 || total <= done || elapsedSeconds < 1.0)
        return {};
    const long long seconds = std::llround(elapsedSeconds / double(done) * double(total - done));
    if (seconds < 60)
        return tr("about %n s left", nullptr, int(std::max(1LL, seconds)));
    return tr("about %1 min %2 s left").arg(seconds / 60).arg(seconds % 60);
}

void FaceImportJob::start(FaceImportParams params)
{
    if (isRunning())
        return;
    m_params = std::move(params);
    auto outcome = std::make_shared<FaceImportOutcome>();
    const FaceImportParams p = m_params;
    runAsync(
        [this, p, outcome]() {
            std::vector<std::string> paths;
            for (const QString& path : p.paths)
                paths.push_back(path.toStdString());
            const FaceInputs inputs = FaceScanner::collect(paths, p.options.sampling);
            if (inputs.photos.empty() && inputs.videos.empty()) {
                QStringList why;
                for (const Problem& problem : inputs.problems)
                    why << problemText(problem);
                throw std::runtime_error(why.isEmpty() ? tr("no photo or video to import").toStdString()
                                                       : why.join(QStringLiteral("; ")).toStdString());
            }
            reportProgress(0, 0, tr("Loading the face landmark model"));
            FaceScanner scanner(p.options); // throws naming the landmark file
            FaceDatasetWriter writer(p.outDir.toStdString(), p.options.alignment, p.options.sampling.describe());
            QElapsedTimer clock;
            clock.start();
            const FaceScanner::Progress progress = [&](long long done, long long total, const std::string& detail) {
                QString text = tr("Importing faces: %1").arg(QFileInfo(QString::fromStdString(detail)).fileName());
                const QString left = timeLeft(done, total, clock.elapsed() / 1000.0);
                if (!left.isEmpty())
                    text += QStringLiteral(" · ") + left;
                reportProgress(int(std::min<long long>(done, 1 << 30)), int(std::min<long long>(total, 1 << 30)), text);
            };
            FaceScanResult result = scanner.scan(inputs, [&](ScannedFrame& frame) { writer.add(frame); }, progress,
                                                 &cancelFlag());
            result.problems.insert(result.problems.begin(), inputs.problems.begin(), inputs.problems.end());
            // Also when cancelled: the label list and faces.json make the folder a complete dataset of
            // what was found, never a half-written one.
            writer.finish(result);
            outcome->outDir = QString::fromStdString(writer.outDir());
            outcome->written = writer.written();
            outcome->photos = result.photos;
            outcome->videos = result.videos;
            outcome->frames = result.frames;
            outcome->cancelled = result.cancelled;
            for (const Problem& problem : result.problems)
                outcome->problems << problemText(problem);
            return true; // a cancelled import still has a result to report
        },
        [this, outcome]() { m_result = std::move(*outcome); }, Priority::Background);
}

} // namespace arm
