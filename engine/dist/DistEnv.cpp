#include "engine/dist/DistEnv.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <stdexcept>

namespace arm {

namespace {

// A whole decimal number in [lo, hi]; anything else names the variable and what it held.
int integerVariable(const char* name, const char* text, long lo, long hi)
{
    const std::string value = text;
    errno = 0;
    char* end = nullptr;
    const long v = std::strtol(text, &end, 10);
    if (value.empty() || end == text || *end != '\0' || errno == ERANGE || v < lo || v > hi)
        throw std::invalid_argument(std::string(name) + "=" + value + " is not a whole number from " +
                                    std::to_string(lo) + " to " + std::to_string(hi));
    return static_cast<int>(v);
}

const char* required(const DistEnv::Getenv& getenv, const char* name, int worldSize)
{
    const char* v = getenv(name);
    if (!v || !*v)
        throw std::invalid_argument(std::string(name) + " is not set, but WORLD_SIZE=" + std::to_string(worldSize) +
                                    " asks for a distributed run (launch with torchrun, or set RANK, "
                                    "MASTER_ADDR and MASTER_PORT for every process)");
    return v;
}

} // namespace

DistEnv DistEnv::read(const Getenv& getenv)
{
    DistEnv e;
    const char* world = getenv("WORLD_SIZE");
    if (!world || !*world)
        return e;
    e.worldSize = integerVariable("WORLD_SIZE", world, 1, 65536);
    if (e.worldSize == 1)
        return e;
    e.rank = integerVariable("RANK", required(getenv, "RANK", e.worldSize), 0, 65535);
    if (e.rank >= e.worldSize)
        throw std::invalid_argument("RANK=" + std::to_string(e.rank) + " is not below WORLD_SIZE=" +
                                    std::to_string(e.worldSize));
    e.masterAddr = required(getenv, "MASTER_ADDR", e.worldSize);
    e.masterPort = integerVariable("MASTER_PORT", required(getenv, "MASTER_PORT", e.worldSize), 1, 65535);
    if (const char* local = getenv("LOCAL_RANK"); local && *local)
        e.localRank = integerVariable("LOCAL_RANK", local, 0, e.worldSize - 1);
    if (const char* localWorld = getenv("LOCAL_WORLD_SIZE"); localWorld && *localWorld)
        e.localWorldSize = integerVariable("LOCAL_WORLD_SIZE", localWorld, 1, e.worldSize);
    if (const char* agent = getenv("TORCHELASTIC_USE_AGENT_STORE"))
        e.agentStore = std::string(agent) == "True";
    if (const char* restarts = getenv("TORCHELASTIC_RESTART_COUNT"); restarts && *restarts)
        e.restartCount = std::to_string(integerVariable("TORCHELASTIC_RESTART_COUNT", restarts, 0, 1 << 30));
    return e;
}

DistEnv DistEnv::fromEnvironment()
{
    return read([](const char* name) { return static_cast<const char*>(std::getenv(name)); });
}

int DistEnv::defaultThreads(int hardwareThreads, const Getenv& getenv) const
{
    if (const char* omp = getenv("OMP_NUM_THREADS"); omp && *omp)
        return integerVariable("OMP_NUM_THREADS", omp, 1, 4096);
    const int perRank = hardwareThreads / std::max(1, localWorldSize);
    return perRank > 0 ? perRank : 1;
}

std::string resolveDistBackend(const std::string& requested, const std::string& device, bool ncclBuilt)
{
    const bool cuda = device.rfind("cuda", 0) == 0;
    if (requested == "gloo")
        return requested;
    if (requested == "auto")
        return cuda && ncclBuilt ? "nccl" : "gloo";
    if (requested != "nccl")
        throw std::invalid_argument("--dist-backend " + requested + ": expected gloo, nccl or auto");
    if (!ncclBuilt)
        throw std::invalid_argument("--dist-backend nccl: this build has no NCCL (Debian's LibTorch is CPU-only); "
                                    "use gloo, or build against a CUDA LibTorch (docs/DISTRIBUTED.md)");
    if (!cuda)
        throw std::invalid_argument("--dist-backend nccl needs a CUDA device (--device cuda), not " + device);
    return requested;
}

} // namespace arm
