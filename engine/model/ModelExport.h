#pragma once

#include <torch/types.h>

#include <string>
#include <utility>
#include <vector>

namespace arm {

class FerNet;

// Export to PyTorch: the authors' state_dict (exactly their keys, no arm.running_generic) in the
// order Python's Module.state_dict() lists them (per module: own parameters, own buffers, then the
// children), so torch.load + model.load_state_dict(strict=True) in the authors' code accepts it.
class ModelExport {
public:
    static std::vector<std::pair<std::string, torch::Tensor>> authorsStateDict(const FerNet& model);
    // Atomic write (temporary file + rename); throws PthError / std::runtime_error naming the path.
    static void writeAuthorsPth(const FerNet& model, const std::string& path);
};

} // namespace arm
