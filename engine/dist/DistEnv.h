#pragma once

#include <functional>
#include <string>

namespace arm {

// Where this process stands in a data-parallel run, read from the variables torchrun, SLURM recipes
// and Kubernetes PyTorchJob set (RANK, WORLD_SIZE, LOCAL_RANK, LOCAL_WORLD_SIZE, MASTER_ADDR,
// MASTER_PORT, TORCHELASTIC_USE_AGENT_STORE, TORCHELASTIC_RESTART_COUNT). With WORLD_SIZE unset or 1
// the run is a plain single process and nothing else is read.
struct DistEnv {
    int rank = 0;
    int worldSize = 1;
    int localRank = 0;
    int localWorldSize = 1;
    std::string masterAddr;
    int masterPort = 0;
    // torchrun's agent hosts the store: every rank (rank 0 included) connects as a client, under the
    // key prefix of the agent's restart attempt, as torch.distributed does.
    bool agentStore = false;
    std::string restartCount = "0";

    bool distributed() const { return worldSize > 1; }

    // Lookup of one variable; null when unset. Tests pass their own table.
    using Getenv = std::function<const char*(const char*)>;
    // Throws std::invalid_argument naming the variable and its value when one is missing or malformed
    // (e.g. "RANK=2 is not below WORLD_SIZE=2").
    static DistEnv read(const Getenv& getenv);
    static DistEnv fromEnvironment();

    // Intra-op threads for one rank when the user gave none: OMP_NUM_THREADS when set (torchrun sets 1
    // for several ranks per machine), else the machine's cores shared among the ranks on it.
    int defaultThreads(int hardwareThreads, const Getenv& getenv) const;
};

// The collective backend: "gloo" (CPU, and CUDA tensors too), "nccl" (CUDA builds of LibTorch with
// NCCL only), "auto" = nccl for a CUDA device when this build has it, else gloo. Throws
// std::invalid_argument with advice when the choice cannot work in this build.
std::string resolveDistBackend(const std::string& requested, const std::string& device, bool ncclBuilt);

} // namespace arm
