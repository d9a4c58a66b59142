// c10d's Gloo headers are written for builds that define USE_C10D_GLOO (Debian's libtorch has the
// backend compiled in); the definition is confined to this file.
#ifndef USE_C10D_GLOO
#define USE_C10D_GLOO
#endif

#include "engine/dist/GlooCollective.h"

#include <torch/csrc/distributed/c10d/PrefixStore.hpp>
#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>

#include <algorithm>
#include <cstdlib>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace arm {

namespace {

using Millis = std::chrono::milliseconds;

// How long a rank waits for the store while working out who failed: the collective has already
// failed, so this only has to outlast a slow store, not a slow peer.
constexpr Millis kDiagnoseTimeout{2000};

std::vector<std::uint8_t> bytesOf(const std::string& s)
{
    return {s.begin(), s.end()};
}

std::string textOf(const std::vector<std::uint8_t>& b)
{
    return {b.begin(), b.end()};
}

std::string seconds(Millis t)
{
    std::ostringstream s;
    s << double(t.count()) / 1000.0 << " s";
    return s.str();
}

// c10::Error or gloo's own exceptions (gloo::IoException: "Connection closed by peer"), which a
// Work rethrows as they are.
bool timedOut(const std::exception& e)
{
    const std::string raw = e.what();
    return raw.find("imed out") != std::string::npos || raw.find("imeout") != std::string::npos;
}

c10d::ReduceOp reduceOp(Collective::Op op)
{
    switch (op) {
    case Collective::Op::Min:
        return c10d::ReduceOp::MIN;
    case Collective::Op::Max:
        return c10d::ReduceOp::MAX;
    case Collective::Op::Sum:
        break;
    }
    return c10d::ReduceOp::SUM;
}

// GLOO_SOCKET_IFNAME=eth0[,eth1] picks the interfaces, as in torch.distributed; otherwise the
// address the host name resolves to (gloo falls back to loopback).
std::vector<std::shared_ptr<::gloo::transport::Device>> devices()
{
    std::vector<std::shared_ptr<::gloo::transport::Device>> out;
    if (const char* names = std::getenv("GLOO_SOCKET_IFNAME"); names && *names) {
        std::stringstream list(names);
        for (std::string name; std::getline(list, name, ',');)
            if (!name.empty())
                out.push_back(c10d::ProcessGroupGloo::createDeviceForInterface(name));
    }
    if (out.empty())
        out.push_back(c10d::ProcessGroupGloo::createDefaultDevice());
    return out;
}

} // namespace

// c10d logs its socket retries and timeouts through glog ("E1202 ... socket.cpp:860] [c10d] The client
// socket has timed out ..."); the user gets them once, in plain words, from our errors. Only
// fatal messages pass while a collective exists.
class QuietC10dLog {
public:
    QuietC10dLog() : m_saved(FLAGS_minloglevel) { FLAGS_minloglevel = std::max(m_saved, google::GLOG_FATAL); }
    ~QuietC10dLog() { FLAGS_minloglevel = m_saved; }
    QuietC10dLog(const QuietC10dLog&) = delete;
    QuietC10dLog& operator=(const QuietC10dLog&) = delete;

private:
    int m_saved;
};

struct GlooCollective::Impl {
    QuietC10dLog quiet;
    DistEnv env;
    Millis timeout;
    c10::intrusive_ptr<c10d::Store> keys; // our own keys: heartbeats and failure reports
    c10::intrusive_ptr<c10d::ProcessGroupGloo> group;
    std::int64_t step = 0;

    std::string me() const { return "rank " + std::to_string(env.rank); }
    std::string storeAddress() const { return env.masterAddr + ":" + std::to_string(env.masterPort); }

    // Who made the collective fail, as far as the store can tell; empty when it cannot. A rank that
    // failed with an error has left its reason; every other rank that is still alive announces itself
    // here, so the ranks that stay silent are the ones that were killed, crashed or hang.
    std::string diagnose() const
    {
        try {
            keys->setTimeout(kDiagnoseTimeout);
            keys->set("alive/" + std::to_string(env.rank), bytesOf("1"));
            const auto deadline = std::chrono::steady_clock::now() + kDiagnoseTimeout;
            std::vector<int> silent;
            while (true) {
                silent.clear();
                for (int r = 0; r < env.worldSize; ++r) {
                    if (r == env.rank)
                        continue;
                    const std::string failed = "failed/" + std::to_string(r);
                    if (keys->check({failed}))
                        return "rank " + std::to_string(r) + " failed: " + textOf(keys->get(failed));
                    if (!keys->check({"alive/" + std::to_string(r)}))
                        silent.push_back(r);
                }
                if (silent.empty() || std::chrono::steady_clock::now() >= deadline)
                    break;
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
            }
            std::string named;
            for (int r : silent) {
                const std::string key = "step/" + std::to_string(r);
                named += (named.empty() ? "" : ", ") + std::string("rank ") + std::to_string(r) + " (at step " +
                         (keys->check({key}) ? textOf(keys->get(key)) : std::string("0")) + ")";
            }
            if (named.empty())
                return {};
            return named + " stopped responding (killed, crashed or hung); this rank reached step " +
                   std::to_string(step);
        } catch (const std::exception&) {
            if (!env.agentStore && env.rank != 0)
                return "rank 0, which hosts the rendezvous store at " + storeAddress() + ", has gone";
            return "the rendezvous store at " + storeAddress() + " cannot be reached";
        }
    }

    [[noreturn]] void fail(const std::string& what, const std::exception& e) const
    {
        const std::string who = diagnose();
        throw std::runtime_error(me() + ": " + what + " failed: " +
                                 (timedOut(e) ? "no answer from the other ranks within " + seconds(timeout)
                                              : std::string("the connection to another rank was lost")) +
                                 (who.empty() ? std::string() : "; " + who));
    }
};

GlooCollective::GlooCollective(const DistEnv& env, Millis timeout) : m_impl(std::make_unique<Impl>())
{
    m_impl->env = env;
    m_impl->timeout = timeout;
    try {
        c10d::TCPStoreOptions o;
        o.port = static_cast<std::uint16_t>(env.masterPort);
        o.isServer = !env.agentStore && env.rank == 0;
        o.numWorkers = env.worldSize;
        o.waitWorkers = false; // the process group's rendezvous below waits for every rank anyway
        o.timeout = timeout;
        o.multiTenant = true;
        c10::intrusive_ptr<c10d::Store> store = c10::make_intrusive<c10d::TCPStore>(env.masterAddr, o);
        if (env.agentStore) // torch.distributed's key space under torchrun's agent
            store = c10::make_intrusive<c10d::PrefixStore>("/worker/attempt_" + env.restartCount, store);
        m_impl->keys = c10::make_intrusive<c10d::PrefixStore>("arm-inspector", store);
        auto options = c10d::ProcessGroupGloo::Options::create(timeout);
        options->devices = devices();
        options->threads = static_cast<int>(options->devices.size()) * 2;
        m_impl->group = c10::make_intrusive<c10d::ProcessGroupGloo>(
            c10::make_intrusive<c10d::PrefixStore>("default_pg", store), env.rank, env.worldSize, options);
    } catch (const std::exception& e) {
        throw std::runtime_error(m_impl->me() + ": could not join the " + std::to_string(env.worldSize) +
                                 "-rank run at " + m_impl->storeAddress() + " (MASTER_ADDR:MASTER_PORT) " +
                                 (timedOut(e) ? "within " + seconds(timeout) : std::string("(refused or unreachable)")) +
                                 ": check that every rank was started with the same MASTER_ADDR, MASTER_PORT and "
                                 "WORLD_SIZE and that the port is free on the host of rank 0");
    }
}

GlooCollective::~GlooCollective() = default;

int GlooCollective::rank() const
{
    return m_impl->env.rank;
}

int GlooCollective::worldSize() const
{
    return m_impl->env.worldSize;
}

void GlooCollective::allReduce(std::vector<torch::Tensor>& tensors, Op op, const std::string& what)
{
    try {
        std::vector<c10::intrusive_ptr<c10d::Work>> started;
        c10d::AllreduceOptions o;
        o.reduceOp = reduceOp(op);
        o.timeout = m_impl->timeout;
        for (torch::Tensor& t : tensors) {
            std::vector<at::Tensor> one{t};
            started.push_back(m_impl->group->allreduce(one, o));
        }
        for (auto& w : started)
            w->wait(m_impl->timeout);
    } catch (const std::exception& e) {
        m_impl->fail(what, e);
    }
}

void GlooCollective::broadcast(std::vector<torch::Tensor>& tensors, int root, const std::string& what)
{
    try {
        std::vector<c10::intrusive_ptr<c10d::Work>> started;
        c10d::BroadcastOptions o;
        o.rootRank = root;
        o.timeout = m_impl->timeout;
        for (torch::Tensor& t : tensors) {
            std::vector<at::Tensor> one{t};
            started.push_back(m_impl->group->broadcast(one, o));
        }
        for (auto& w : started)
            w->wait(m_impl->timeout);
    } catch (const std::exception& e) {
        m_impl->fail(what, e);
    }
}

void GlooCollective::heartbeat(std::int64_t step)
{
    m_impl->step = step;
    try {
        m_impl->keys->set("step/" + std::to_string(m_impl->env.rank), bytesOf(std::to_string(step)));
    } catch (const std::exception& e) {
        m_impl->fail("reporting progress to the rendezvous store", e);
    }
}

void GlooCollective::reportFailure(const std::string& reason) noexcept
{
    try {
        m_impl->keys->setTimeout(kDiagnoseTimeout);
        m_impl->keys->set("failed/" + std::to_string(m_impl->env.rank), bytesOf(reason));
    } catch (...) {
        // Best effort: the others still fail within their timeout, only less precisely.
    }
}

} // namespace arm
