#include "engine/runtime/Runtime.h"

#include <torch/torch.h>

#include <stdexcept>
#include <thread>

namespace arm {

int Runtime::hardwareThreads()
{
    const unsigned n = std::thread::hardware_concurrency();
    return n == 0 ? 1 : static_cast<int>(n);
}

int Runtime::configureThreads(int n)
{
    const int want = n > 0 ? n : hardwareThreads();
    if (torch::get_num_threads() != want)
        torch::set_num_threads(want);
    return torch::get_num_threads();
}

int Runtime::threads()
{
    return torch::get_num_threads();
}

bool Runtime::cudaAvailable()
{
    return torch::cuda::is_available();
}

int Runtime::cudaDeviceCount()
{
    return static_cast<int>(torch::cuda::device_count());
}

std::string Runtime::resolveDevice(const std::string& spec)
{
    if (spec.empty() || spec == "auto")
        return cudaAvailable() ? "cuda:0" : "cpu";
    if (spec == "cpu")
        return spec;
    if (spec.rfind("cuda", 0) == 0) {
        int index = 0;
        if (spec.size() > 4) {
            if (spec[4] != ':' || spec.size() == 5)
                throw std::invalid_argument("--device '" + spec + "': expected cuda or cuda:N");
            try {
                std::size_t used = 0;
                index = std::stoi(spec.substr(5), &used);
                if (used != spec.size() - 5 || index < 0)
                    throw std::invalid_argument("index");
            } catch (const std::exception&) {
                throw std::invalid_argument("--device '" + spec + "': '" + spec.substr(5) +
                                            "' is not a device index");
            }
        }
        if (!cudaAvailable())
            throw std::invalid_argument("--device '" + spec +
                                        "': this LibTorch build or machine has no CUDA device");
        if (index >= cudaDeviceCount())
            throw std::invalid_argument("--device '" + spec + "': only " +
                                        std::to_string(cudaDeviceCount()) + " CUDA device(s) present");
        return "cuda:" + std::to_string(index);
    }
    throw std::invalid_argument("--device '" + spec + "': expected auto, cpu, cuda or cuda:N");
}

void Runtime::seed(unsigned long long seed)
{
    torch::manual_seed(seed);
}

std::string Runtime::torchVersion()
{
    return std::to_string(TORCH_VERSION_MAJOR) + "." + std::to_string(TORCH_VERSION_MINOR) + "." +
           std::to_string(TORCH_VERSION_PATCH);
}

} // namespace arm
