#include "engine/eval/Predictor.h"

#include "engine/data/ImageDecode.h"
#include "engine/eval/BatchedInference.h"
#include "engine/model/Checkpoint.h"
#include "engine/model/FerNet.h"
#include "engine/loading/ImageTensor.h"

#include <torch/torch.h>

#include <stdexcept>

namespace arm {

struct Predictor::Impl {
    FerNet model{nullptr};
    std::unique_ptr<BatchedInference> inference; // fused once per model
    ModelConfig config;
    PredictorOptions options;
    torch::Device device{torch::kCPU};
};

Predictor::Predictor()
    : d(std::make_unique<Impl>())
{
}
Predictor::~Predictor() = default;

void Predictor::load(const std::string& weightsPath, const PredictorOptions& options)
{
    CheckpointData data = Checkpoint::load(weightsPath, "cpu");
    PredictorOptions o = options;
    if (o.source.empty())
        o.source = weightsPath;
    setModel(data.model, data.config, o);
}

void Predictor::setModel(const FerNet& model, const ModelConfig& config, const PredictorOptions& options)
{
    if (options.batchSize < 1)
        throw std::invalid_argument("--batch-size must be at least 1, got " +
                                    std::to_string(options.batchSize));
    ModelConfig effective = config;
    if (options.inputSize && *options.inputSize != config.inputSize) {
        if (isArmArch(config.arch))
            throw std::invalid_argument(
                "--input-size " + std::to_string(*options.inputSize) + ": " + toString(config.arch) +
                " model was trained at " + std::to_string(config.inputSize) +
                " and its fc width depends on it; only baseline archs take another size");
        effective.inputSize = *options.inputSize;
    }
    FerNet m = model;
    if (options.generic) {
        effective.generic = *options.generic;
        m->setGenericMode(*options.generic);
    }
    if (m->isArm() && effective.generic == GenericMode::Running && !m->hasRunningGeneric())
        throw std::runtime_error("--generic running: this model has no running generic feature (authors' "
                                 "checkpoints have none); use --generic batch or compute one from a dataset");
    try {
        d->device = torch::Device(options.device);
    } catch (const c10::Error& e) {
        throw std::invalid_argument("device '" + options.device + "': " + e.what_without_backtrace());
    }
    m->to(d->device);
    m->eval();
    d->inference = std::make_unique<BatchedInference>(m, d->device, options.precision, options.source);
    d->model = m;
    d->config = effective;
    d->options = options;
}

Precision Predictor::precision() const
{
    return d->inference && d->inference->bf16() ? Precision::Bf16 : Precision::Fp32;
}

bool Predictor::hasModel() const
{
    return !d->model.is_empty();
}

const ModelConfig& Predictor::config() const
{
    return d->config;
}

std::vector<std::string> Predictor::classNames() const
{
    return d->config.effectiveClassNames();
}

std::vector<Prediction> Predictor::predict(const std::vector<std::string>& paths, const Progress& progress)
{
    return run(paths, [&](int i) { return ImageTensor::readImage(paths[static_cast<std::size_t>(i)]); }, progress);
}

std::vector<Prediction> Predictor::predictImages(const std::vector<cv::Mat>& images,
                                                 const std::vector<std::string>& names, const Progress& progress)
{
    if (images.size() != names.size())
        throw std::invalid_argument("Predictor::predictImages: one name per image");
    return run(names, [&](int i) { return images[static_cast<std::size_t>(i)]; }, progress);
}

std::vector<Prediction> Predictor::run(const std::vector<std::string>& paths, const std::function<cv::Mat(int)>& load,
                                       const Progress& progress)
{
    if (!hasModel())
        throw std::logic_error("Predictor::predict called before a model was loaded");
    std::vector<Prediction> out(paths.size());
    const int total = static_cast<int>(paths.size());
    const int B = d->options.batchSize;
    torch::InferenceMode inference;
    for (int start = 0; start < total; start += B) {
        const int end = std::min(total, start + B);
        std::vector<torch::Tensor> images;
        std::vector<int> indices;
        for (int i = start; i < end; ++i) {
            out[i].path = paths[i];
            try {
                images.push_back(ImageTensor::fromMat(load(i), d->config.inputSize, d->config.norm));
                indices.push_back(i);
            } catch (const cv::Exception& e) {
                out[i].error = paths[i] + ": cannot prepare the image: " + ImageDecode::plainReason(e);
            } catch (const std::exception& e) {
                // readImage already names the file; other failures (odd channel counts) get it here.
                const std::string msg = e.what();
                out[i].error = msg.rfind(paths[i], 0) == 0 ? msg : paths[i] + ": " + msg;
            }
        }
        if (!images.empty()) {
            const torch::Tensor logits = d->inference->logits(torch::stack(images), paths[indices.front()]);
            const torch::Tensor probs = torch::softmax(logits, 1).contiguous();
            const torch::Tensor labels = logits.argmax(1);
            const int C = static_cast<int>(logits.size(1));
            for (std::size_t k = 0; k < indices.size(); ++k) {
                Prediction& p = out[indices[k]];
                const float* l = logits[static_cast<int64_t>(k)].data_ptr<float>();
                const float* q = probs[static_cast<int64_t>(k)].data_ptr<float>();
                p.logits.assign(l, l + C);
                p.probabilities.assign(q, q + C);
                p.label = static_cast<int>(labels[static_cast<int64_t>(k)].item<int64_t>());
            }
        }
        if (progress)
            progress(end, total);
    }
    return out;
}

} // namespace arm
