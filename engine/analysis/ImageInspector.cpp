#include "engine/analysis/ImageInspector.h"

#include "engine/analysis/AffinityAnalysis.h"
#include "engine/model/ArmHeadPass.h"
#include "engine/analysis/DeAlbinoCoverage.h"
#include "engine/analysis/ErosionAnalysis.h"
#include "engine/analysis/GradCam.h"
#include "engine/loading/ImageTensor.h"
#include "engine/model/ModelHandle.h"
#include "engine/model/FerNet.h"
#include "engine/analysis/ReceptiveField.h"
#include "engine/runtime/TensorConvert.h"

#include <torch/torch.h>

#include <chrono>
#include <stdexcept>

namespace arm {

namespace {

std::vector<float> toVector(const torch::Tensor& t)
{
    const torch::Tensor c = t.detach().to(torch::kCPU, torch::kFloat32).contiguous();
    return std::vector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
}

cv::Mat checkedRgb(const cv::Mat& image, int size)
{
    if (image.empty())
        throw std::invalid_argument("inspect: empty image");
    try {
        return ImageTensor::toRgb(image, size);
    } catch (const cv::Exception& e) {
        throw std::invalid_argument(std::string("inspect: cannot convert the image: ") + e.what());
    }
}

} // namespace

ImageAnalysis ImageInspector::inspect(ModelHandle& model, const cv::Mat& image, const InspectOptions& options)
{
    const auto t0 = std::chrono::steady_clock::now();
    FerNet netHandle = model.network();
    FerNetImpl& net = *netHandle;
    const ModelConfig& cfg = net.config();
    const ArmGeometry& geo = net.geometry();
    const int size = cfg.inputSize;
    const torch::Device device = net.fc->weight.device();

    ImageAnalysis a;
    a.inputSize = size;
    a.classNames = cfg.effectiveClassNames();

    const cv::Mat rgb = checkedRgb(image, size);
    const torch::Tensor x = ImageTensor::normalizeRgb(rgb, cfg.norm).unsqueeze(0).to(device);

    // The backbone runs without autograd: Grad-CAM needs d logit / d features only, i.e. the head's graph.
    torch::Tensor features;
    {
        torch::NoGradGuard noGrad;
        features = net.features->forward(x);
    }
    features = features.detach().requires_grad_(options.gradCam);
    ArmInternals parts;
    {
        torch::AutoGradMode grad(options.gradCam);
        parts = ArmHeadPass::run(net, features, net.genericMode());
    }
    a.logits = toVector(parts.logits[0]);
    a.probabilities = toVector(torch::softmax(parts.logits.detach()[0], 0));
    a.predicted = static_cast<int>(parts.logits.detach()[0].argmax().item<int64_t>());
    const int cls = options.gradCamClass >= 0 ? options.gradCamClass : a.predicted;
    if (cls >= cfg.numClasses)
        throw std::invalid_argument("inspect: class " + std::to_string(cls) + " out of range (the model has " +
                                    std::to_string(cfg.numClasses) + " classes)");
    a.gradCamClass = cls;
    a.evidenceBias = net.fc->bias[cls].item<float>();

    // Geometry and analytic erosion of the real backbone.
    const ReceptiveField rf = ReceptiveField::analyse(net.features, size);
    a.backboneCells = rf.cells;
    a.erosionAnalytic = rf.erosion;
    a.receptiveFieldSize = rf.size;
    a.backboneStride = rf.jump;

    if (options.gradCam) {
        a.gradCamCells = GradCam::cells(features, parts.logits[0][cls], &a.gradCamSigned);
        a.gradCam = ReceptiveField::projectToImage(GradCam::normalised(a.gradCamCells), a.backboneCells, size);
    }

    torch::NoGradGuard noGrad;
    if (net.isArm()) {
        a.alpha = parts.alpha;
        a.kernel = TensorConvert::toGrid(net.arm->de_albino->weight[0][0]);
        a.coverageArranged = DeAlbinoCoverage::coverage(a.kernel, geo.arrangedSize, ArmGeometry::kDealbinoStride, 0);
        a.coverageBackbone = DeAlbinoCoverage::foldToBackbone(a.coverageArranged, geo.backboneSize);
        a.coverageImage = ReceptiveField::projectToImage(a.coverageBackbone, a.backboneCells, size);
        a.dealbinoCells = DeAlbinoCoverage::dealbinoCells(a.backboneCells, geo.arrangedSize,
                                                          ArmGeometry::kDealbinoKernel, ArmGeometry::kDealbinoStride);
        for (int c = 0; c < 2; ++c) {
            a.arranged[c] = TensorConvert::toGrid(parts.arranged[0][c]);
            a.dealbinoRaw[c] = TensorConvert::toGrid(parts.dealbinoRaw[0][c]);
            a.dealbinoBn[c] = TensorConvert::toGrid(parts.dealbinoBn[0][c]);
        }
        a.fUnique = TensorConvert::toGrid(parts.fUnique[0]);
        a.fGenericScaled = TensorConvert::toGrid(parts.alpha * parts.fGeneric.detach());
        a.fExpression = TensorConvert::toGrid(parts.fExpression[0]);
        a.cellContribution = GradCam::cellContributions(net.fc->weight[cls], parts.fExpression[0]);
        a.cellContributionImage = ReceptiveField::projectToImage(a.cellContribution, a.dealbinoCells, size);
    }

    if (options.measuredErosion) {
        const ErosionAnalysis::Measured m =
            ErosionAnalysis::measure(net, features.detach(), rgb, options.reflectMargin, rf.jump);
        a.erosionMeasured = m.erosion;
        a.borderErosion = m.border;
        a.centreErosion = m.centre;
        a.reflectMargin = options.reflectMargin;
    }
    a.milliseconds = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    return a;
}

AffinityResult ImageInspector::affinity(ModelHandle& model, const std::vector<cv::Mat>& images,
                                        const std::vector<int>& labels)
{
    if (images.empty())
        throw std::invalid_argument("affinity: no images");
    const auto t0 = std::chrono::steady_clock::now(); // preprocessing included: it is part of the cost
    FerNet netHandle = model.network();
    FerNetImpl& net = *netHandle;
    const int size = net.config().inputSize;
    std::vector<torch::Tensor> xs;
    xs.reserve(images.size());
    for (const cv::Mat& img : images)
        xs.push_back(ImageTensor::normalizeRgb(checkedRgb(img, size), net.config().norm));
    AffinityResult r = AffinityAnalysis::compute(net, torch::stack(xs).to(net.fc->weight.device()), labels);
    r.milliseconds = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    return r;
}

} // namespace arm
