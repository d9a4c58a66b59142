#include "engine/analysis/AffinityAnalysis.h"

#include "engine/model/ArmHeadPass.h"
#include "engine/model/FerNet.h"
#include "engine/runtime/TensorConvert.h"

#include <torch/torch.h>

#include <chrono>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace arm {

namespace {

std::vector<int> classesOf(const torch::Tensor& logits)
{
    const torch::Tensor a = logits.argmax(1).to(torch::kCPU, torch::kInt64).contiguous();
    return std::vector<int>(a.data_ptr<int64_t>(), a.data_ptr<int64_t>() + a.numel());
}

} // namespace

Grid AffinityAnalysis::cosineMatrix(const torch::Tensor& x)
{
    torch::NoGradGuard noGrad;
    const torch::Tensor v = x.detach().to(torch::kCPU, torch::kFloat64).flatten(1);
    const torch::Tensor n = v / v.norm(2, 1, true).clamp_min(1e-12);
    torch::Tensor s = n.matmul(n.t());
    s = 0.5 * (s + s.t()); // exactly symmetric
    s.fill_diagonal_(1.0);
    return TensorConvert::toGrid(s.to(torch::kFloat32));
}

Grid AffinityAnalysis::classMeans(const Grid& sim, const std::vector<int>& labels, int numClasses, Grid* pairCounts)
{
    Grid sum(numClasses, numClasses), count(numClasses, numClasses);
    for (int i = 0; i < sim.rows; ++i)
        for (int j = 0; j < sim.cols; ++j) {
            if (i == j || labels[i] < 0 || labels[j] < 0 || labels[i] >= numClasses || labels[j] >= numClasses)
                continue;
            sum.at(labels[i], labels[j]) += sim.at(i, j);
            count.at(labels[i], labels[j]) += 1.0f;
        }
    for (std::size_t k = 0; k < sum.values.size(); ++k)
        sum.values[k] = count.values[k] > 0 ? sum.values[k] / count.values[k] : std::numeric_limits<float>::quiet_NaN();
    if (pairCounts)
        *pairCounts = count;
    return sum;
}

AffinityResult AffinityAnalysis::compute(FerNetImpl& net, const torch::Tensor& batch, const std::vector<int>& labels)
{
    const auto t0 = std::chrono::steady_clock::now();
    const int B = static_cast<int>(batch.size(0));
    if (!labels.empty() && static_cast<int>(labels.size()) != B)
        throw std::invalid_argument("affinity: " + std::to_string(labels.size()) + " labels for " + std::to_string(B) +
                                    " images");
    torch::NoGradGuard noGrad;
    AffinityResult r;
    r.labels = labels.empty() ? std::vector<int>(B, -1) : labels;
    const torch::Tensor features = net.features->forward(batch);
    const ArmInternals parts = ArmHeadPass::run(net, features, GenericMode::Batch);
    const torch::Tensor pBatch = torch::softmax(parts.logits, 1);
    const torch::Tensor aloneLogits = ArmHeadPass::aloneLogits(net, parts);
    const torch::Tensor pAlone = torch::softmax(aloneLogits, 1);
    r.predictedInBatch = classesOf(parts.logits);
    r.predictedAlone = classesOf(aloneLogits);
    const torch::Tensor shift = (pAlone - pBatch).abs().amax(1).to(torch::kCPU).contiguous();
    r.maxProbabilityShift.assign(shift.data_ptr<float>(), shift.data_ptr<float>() + B);
    if (net.isArm()) {
        r.uniqueCosine = cosineMatrix(parts.fUnique);
        r.expressionCosine = cosineMatrix(parts.fExpression);
        r.classAffinity = classMeans(r.expressionCosine, r.labels, net.config().numClasses);
        const double shared = (parts.alpha * parts.fGeneric).norm().item<double>();
        const torch::Tensor exprNorm = parts.fExpression.flatten(1).norm(2, 1).to(torch::kCPU).contiguous();
        for (int i = 0; i < B; ++i)
            r.sharedShare.push_back(static_cast<float>(shared / (exprNorm[i].item<double>() + 1e-12)));
        if (net.hasRunningGeneric())
            r.predictedRunning = classesOf(ArmHeadPass::run(net, features, GenericMode::Running).logits);
    }
    r.milliseconds = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    return r;
}

} // namespace arm
