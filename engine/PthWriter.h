#pragma once

#include <torch/types.h>

#include <map>
#include <string>

namespace arm {

// Writes `tensors` as Python torch.save(state_dict) would: a zip archive whose data.pkl is a
// collections.OrderedDict of tensors (one storage record per tensor, CPU, contiguous, no grad), so
// `model.load_state_dict(torch.load(path))` works unchanged in Python. The file is written to a
// temporary sibling and renamed, so a crash never leaves a half-written .pth behind. Throws PthError.
void writePth(const std::map<std::string, torch::Tensor>& tensors, const std::string& path);

// The pickle bytes alone (data.pkl); storage keys are "0", "1", ... in map order. Exposed for tests.
std::string pthPickle(const std::map<std::string, torch::Tensor>& tensors);

} // namespace arm
