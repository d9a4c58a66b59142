#pragma once

#include <torch/types.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <variant>

namespace arm {

// Which top-level layout a .pth file had.
enum class PthLayout {
    BareStateDict,    // torch.save(model.state_dict(), f)
    AuthorsWrapper,   // {'iter': int, 'model_state_dict': ..., 'optimizer_state_dict': ...}
    StateDictWrapper, // {'state_dict': ..., ...}
    ModelWrapper      // {'model': ..., ...}
};

const char* pthLayoutName(PthLayout layout);

// A non-tensor top-level value of a wrapper dict (iter, epoch, best accuracy, arch name ...).
using PthScalar = std::variant<bool, int64_t, double, std::string>;

struct PthContents {
    std::map<std::string, torch::Tensor> tensors; // parameter name -> tensor (CPU), names as stored
    PthLayout layout = PthLayout::BareStateDict;
    std::optional<int64_t> iter;                  // the authors' 'iter' when present
    std::map<std::string, PthScalar> metadata;    // top-level int/float/bool/str entries of a wrapper
    bool hasModulePrefix = false;                 // every key starts with "module." (DataParallel)
};

// Reads a file written by Python torch.save (zip format, PyTorch >= 1.6) without running Python:
// the zip through LibTorch's PyTorchStreamReader, the pickle through our own restricted Unpickler.
// Throws PthError (file name + reason) for anything it cannot read; never lets c10::Error escape.
class PthReader {
public:
    static PthContents read(const std::string& path);
};

inline PthContents readPth(const std::string& path) { return PthReader::read(path); }

} // namespace arm
