#pragma once
// Precompiled for every engine target: a translation unit that includes <torch/torch.h> costs ~25 s
// to parse on the 2-core build machine; the PCH brings that down to the cost of the file itself.
#include <torch/torch.h>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>
