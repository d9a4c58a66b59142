#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>

namespace arm {

// A dense row-major 2-D array of floats. The engine hands analysis results to the GUI in this form so
// that nothing above the engine needs LibTorch headers.
struct Grid {
    int rows = 0;
    int cols = 0;
    std::vector<float> values;

    Grid() = default;
    Grid(int r, int c, float fill = 0.0f) : rows(r), cols(c), values(static_cast<std::size_t>(r) * c, fill) {}

    bool empty() const { return values.empty(); }
    float& at(int r, int c) { return values[static_cast<std::size_t>(r) * cols + c]; }
    float at(int r, int c) const { return values[static_cast<std::size_t>(r) * cols + c]; }
    float minValue() const;
    float maxValue() const;
};

} // namespace arm
