#include "engine/model/ModelExport.h"

#include "engine/model/FerNet.h"
#include "engine/io/PthWriter.h"
#include "engine/model/StateDictLoader.h"

#include <torch/torch.h>

#include <set>

namespace arm {

std::vector<std::pair<std::string, torch::Tensor>> ModelExport::authorsStateDict(const FerNet& model)
{
    std::map<std::string, torch::Tensor> keep = StateDictLoader::stateDict(model, /*authorsNames=*/true);
    std::vector<std::pair<std::string, torch::Tensor>> ordered;
    std::set<std::string> used;
    // named_modules() is a pre-order walk, as Python's state_dict recursion.
    for (const auto& item : model->named_modules("", /*include_self=*/true)) {
        const std::string prefix = item.key().empty() ? std::string() : item.key() + ".";
        auto take = [&](const std::string& local) {
            const std::string key = prefix + local;
            auto it = keep.find(key);
            if (it != keep.end() && used.insert(key).second)
                ordered.emplace_back(key, it->second);
        };
        for (const auto& p : item.value()->named_parameters(/*recurse=*/false))
            take(p.key());
        for (const auto& b : item.value()->named_buffers(/*recurse=*/false))
            take(b.key());
    }
    for (const auto& [key, t] : keep) // anything the walk missed still goes out, last
        if (!used.count(key))
            ordered.emplace_back(key, t);
    return ordered;
}

void ModelExport::writeAuthorsPth(const FerNet& model, const std::string& path)
{
    writePthOrdered(authorsStateDict(model), path);
}

} // namespace arm
