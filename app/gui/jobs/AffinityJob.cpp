#include "app/gui/jobs/AffinityJob.h"

#include "app/gui/panels/PanelData.h"
#include "engine/data/DatasetOpener.h"

#include <opencv2/core.hpp>

#include <stdexcept>

namespace arm {

AffinityJob::AffinityJob(AffinityRunner runner, QObject* parent) : Job(parent), m_runner(std::move(runner)) {}

void AffinityJob::start(AffinityParams params)
{
    if (isRunning())
        return;
    auto outcome = std::make_shared<AffinityOutcome>();
    auto p = std::make_shared<AffinityParams>(std::move(params));
    const AffinityRunner runner = m_runner;
    runAsync(
        [this, p, runner, outcome]() {
            if (!runner)
                throw std::runtime_error(tr("batch affinity is not available in this build").toStdString());
            if (p->samples.size() != p->labels.size() || p->samples.size() != p->sampleIndices.size())
                throw std::runtime_error("affinity job: samples, indices and labels differ in length");
            const int n = static_cast<int>(p->samples.size());
            std::vector<cv::Mat> images;
            images.reserve(p->samples.size());
            for (int i = 0; i < n; ++i) {
                if (cancelFlag())
                    return false;
                const Sample& s = p->samples[static_cast<std::size_t>(i)];
                try {
                    images.push_back(DatasetOpener::loadImage(s));
                } catch (const cv::Exception& e) {
                    throw std::runtime_error(s.path + ": " + e.what());
                }
                outcome->sampleIndices << p->sampleIndices[static_cast<std::size_t>(i)];
                outcome->names << QString::fromStdString(s.name);
                outcome->thumbnails << PanelData::thumbnail(images.back(), p->thumbnailSize);
                outcome->images << PanelData::modelView(images.back(), p->imageSize);
                reportProgress(i + 1, n + 1, tr("Decoding images"));
            }
            reportProgress(n, n + 1, tr("Computing affinities"));
            outcome->result = runner(p->model, images, p->labels);
            reportProgress(n + 1, n + 1);
            return !cancelFlag();
        },
        [this, outcome]() { m_result = std::move(*outcome); });
}

} // namespace arm
