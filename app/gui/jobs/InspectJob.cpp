#include "app/gui/jobs/InspectJob.h"

#include "app/gui/panels/PanelData.h"
#include "engine/data/DatasetOpener.h"

#include <opencv2/core.hpp>

#include <stdexcept>

namespace arm {

InspectJob::InspectJob(InspectRunner runner, QObject* parent) : Job(parent), m_runner(std::move(runner)) {}

void InspectJob::start(InspectParams params)
{
    if (isRunning())
        return;
    m_params = std::move(params);
    auto outcome = std::make_shared<InspectOutcome>();
    const InspectParams p = m_params;
    const InspectRunner runner = m_runner;
    runAsync(
        [this, p, runner, outcome]() {
            if (!runner)
                throw std::runtime_error(tr("image analysis is not available in this build").toStdString());
            cv::Mat image = p.image;
            if (image.empty()) {
                try {
                    image = DatasetOpener::loadImage(p.sample);
                } catch (const cv::Exception& e) {
                    throw std::runtime_error(p.sample.path + ": " + e.what());
                }
            }
            if (cancelFlag())
                return false;
            outcome->sampleIndex = p.sampleIndex;
            outcome->face = PanelData::modelView(image, p.inputSize);
            try {
                outcome->analysis = runner(p.model, image, p.options);
            } catch (const cv::Exception& e) {
                throw std::runtime_error(std::string("image analysis: ") + e.what());
            }
            return !cancelFlag();
        },
        [this, outcome]() { m_result = std::move(*outcome); });
}

} // namespace arm
