#include "engine/core/Grid.h"

#include <algorithm>

namespace arm {

float Grid::minValue() const
{
    return values.empty() ? 0.0f : *std::min_element(values.begin(), values.end());
}

float Grid::maxValue() const
{
    return values.empty() ? 0.0f : *std::max_element(values.begin(), values.end());
}

} // namespace arm
