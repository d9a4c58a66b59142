#pragma once

#include <torch/types.h>

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace arm {

// Writes `tensors` as Python torch.save(state_dict) would: a zip archive whose data.pkl is a
// collections.OrderedDict of tensors (one storage record per tensor, CPU, contiguous, no grad), so
// `model.load_state_dict(torch.load(path))` works unchanged in Python. The file is written through
// AtomicFile (temporary sibling, fsync, rename), so a crash never leaves a half-written .pth behind.
// Throws PthError.
void writePth(const std::map<std::string, torch::Tensor>& tensors, const std::string& path);
// Same, keeping the given key order (e.g. the model's named_parameters/buffers order, as torch.save
// of a state_dict would); duplicate names are refused.
void writePthOrdered(const std::vector<std::pair<std::string, torch::Tensor>>& tensors, const std::string& path);

// The pickle bytes alone (data.pkl); storage keys are "0", "1", ... in the given order. For tests.
std::string pthPickle(const std::vector<std::pair<std::string, torch::Tensor>>& tensors);

} // namespace arm
