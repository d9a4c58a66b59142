#pragma once

#include <string>

namespace arm {

// Process-wide LibTorch settings. Debian's LibTorch starts with ONE intra-op thread, so every entry
// point calls configureThreads() before doing tensor work.
class Runtime {
public:
    // n <= 0 means "all cores". Returns the thread count now in effect.
    static int configureThreads(int n);
    static int threads();
    static int hardwareThreads();
    static bool cudaAvailable();
    static int cudaDeviceCount();
    // Validates a --device value ("auto", "cpu", "cuda", "cuda:N") and resolves "auto". Throws
    // std::invalid_argument naming the value when it is malformed or asks for CUDA that is not there.
    static std::string resolveDevice(const std::string& spec);
    static void seed(unsigned long long seed);
    static std::string torchVersion();
};

} // namespace arm
