#include "engine/analysis/ErosionAnalysis.h"

#include "engine/model/FerNet.h"
#include "engine/loading/ImageTensor.h"
#include "engine/runtime/TensorConvert.h"

#include <opencv2/core.hpp>
#include <torch/torch.h>

#include <algorithm>
#include <stdexcept>

namespace arm {

ErosionAnalysis::Measured ErosionAnalysis::measure(FerNetImpl& net, const torch::Tensor& featuresNormal,
                                                   const cv::Mat& rgb, int margin, int jump)
{
    if (jump < 1 || margin < jump || margin % jump != 0)
        throw std::invalid_argument("measured erosion: margin " + std::to_string(margin) +
                                    " must be a positive multiple of the backbone stride " + std::to_string(jump));
    if (rgb.empty() || rgb.type() != CV_8UC3 || margin >= std::min(rgb.rows, rgb.cols))
        throw std::invalid_argument("measured erosion: need an 8-bit RGB image larger than the margin " +
                                    std::to_string(margin));
    torch::NoGradGuard noGrad;
    cv::Mat extended;
    cv::copyMakeBorder(rgb, extended, margin, margin, margin, margin, cv::BORDER_REFLECT_101);
    const torch::Tensor x = ImageTensor::normalizeRgb(extended, net.config().norm)
                                .unsqueeze(0)
                                .to(featuresNormal.device());
    const torch::Tensor fr = net.features->forward(x);
    const int64_t S = featuresNormal.size(2), k = margin / jump;
    if (fr.size(2) < k + S || fr.size(3) < k + S)
        throw std::runtime_error("measured erosion: the extended feature map is smaller than expected");
    const torch::Tensor crop = fr.narrow(2, k, S).narrow(3, k, S);
    const torch::Tensor fn = featuresNormal.detach();
    const torch::Tensor diff = (fn - crop).norm(2, 1) / (crop.norm(2, 1) + 1e-6); // (1, S, S)
    Measured m;
    m.erosion = TensorConvert::toGrid(diff[0]);
    ringMeans(m.erosion, m.border, m.centre);
    return m;
}

void ErosionAnalysis::ringMeans(const Grid& g, double& border, double& centre)
{
    double b = 0, c = 0;
    int nb = 0, nc = 0;
    for (int r = 0; r < g.rows; ++r)
        for (int col = 0; col < g.cols; ++col) {
            const bool ring = r == 0 || col == 0 || r == g.rows - 1 || col == g.cols - 1;
            (ring ? b : c) += g.at(r, col);
            ++(ring ? nb : nc);
        }
    border = nb ? b / nb : 0.0;
    centre = nc ? c / nc : border;
}

} // namespace arm
