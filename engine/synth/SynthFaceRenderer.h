#pragma once

#include "engine/synth/FaceParams.h"

#include <opencv2/core.hpp>

namespace arm {

// Draws one synthetic face from FaceParams with OpenCV primitives: the face is drawn at `supersample`
// times the output size with antialiased sub-pixel primitives and then area-downsampled, after which
// the photometric nuisances (light gradient, blur, noise) are applied at output size. Pure function
// of the parameters: the same FaceParams always give the same pixels.
class SynthFaceRenderer {
public:
    explicit SynthFaceRenderer(int size = 100, int supersample = 2);

    int size() const { return m_size; }
    // A size x size CV_8UC3 (BGR) image.
    cv::Mat render(const FaceParams& params) const;

private:
    int m_size;
    int m_supersample;
};

} // namespace arm
