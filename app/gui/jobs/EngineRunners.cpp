#include "app/gui/jobs/EngineRunners.h"

#include "engine/analysis/ImageInspector.h"
#include "engine/eval/Predictor.h"
#include "engine/model/FerNet.h"
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

FaceClassifierFactory EngineRunners::faceClassifier()
{
    return [](const std::shared_ptr<ModelHandle>& model) -> FaceClassifier {
        if (!model)
            throw std::invalid_argument("no model to classify with");
        auto predictor = std::make_shared<Predictor>();
        PredictorOptions options;
        options.device = model->device();
        options.source = model->path();
        // fp32, like the image inspector: the probability shown on a face and the inspector's
        // "predicted alone" for its crop must be the same number.
        options.precision = Precision::Fp32;
        {
            // setModel puts the module in eval mode on the device: module state other jobs read.
            std::lock_guard<std::mutex> lock(model->mutex());
            predictor->setModel(model->network(), model->config(), options);
        }
        return [predictor](const std::vector<cv::Mat>& crops, const std::vector<std::string>& names) {
            return predictor->predictImages(crops, names);
        };
    };
}

} // namespace arm
