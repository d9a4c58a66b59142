#include "app/gui/jobs/EngineRunners.h"

#include "engine/analysis/ImageInspector.h"
#include "engine/model/ModelHandle.h"
#include "engine/train/Trainer.h"

#include <stdexcept>

namespace arm {

InspectRunner EngineRunners::inspect()
{
    return [](const std::shared_ptr<ModelHandle>& model, const cv::Mat& image, const InspectOptions& options) {
        if (!model)
            throw std::invalid_argument("no model to analyse with");
        return ImageInspector::inspect(*model, image, options);
    };
}

AffinityRunner EngineRunners::affinity()
{
    return [](const std::shared_ptr<ModelHandle>& model, const std::vector<cv::Mat>& images, const std::vector<int>& labels) {
        if (!model)
            throw std::invalid_argument("no model to analyse with");
        return ImageInspector::affinity(*model, images, labels);
    };
}

TrainRunner EngineRunners::train()
{
    return [](const DatasetIndex& data, const TrainParams& params, const TrainCallbacks& callbacks,
              const std::atomic<bool>* cancel) { return Trainer::run(data, params, callbacks, cancel); };
}

} // namespace arm
