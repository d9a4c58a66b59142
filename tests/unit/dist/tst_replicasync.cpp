// ReplicaSync over a real GlooCollective: two ranks as two threads of this process on the loopback
// address (c10d allows several process groups per process). Covers what the trainer relies on, and
// how a rank that fails, lags or hangs is reported to the other.
#include "FreePort.h"

#include "engine/dist/GlooCollective.h"
#include "engine/dist/ReplicaSync.h"

#include <torch/torch.h>

#include <QtTest>

#include <chrono>
#include <functional>
#include <string>
#include <thread>

namespace {

using Clock = std::chrono::steady_clock;

arm::DistEnv rankEnv(int rank, int port)
{
    arm::DistEnv e;
    e.rank = rank;
    e.worldSize = 2;
    e.masterAddr = "127.0.0.1";
    e.masterPort = port;
    return e;
}

// Runs body(rank, collective) on two threads; returns each rank's error text ("" = none).
std::array<std::string, 2> twoRanks(const std::function<void(int, arm::GlooCollective&)>& body,
                                    std::chrono::milliseconds timeout = std::chrono::milliseconds(20000))
{
    const int port = fixtures::freeLoopbackPort();
    std::array<std::string, 2> errors;
    auto run = [&](int rank) {
        try {
            arm::GlooCollective c(rankEnv(rank, port), timeout);
            body(rank, c);
        } catch (const std::exception& e) {
            errors[static_cast<std::size_t>(rank)] = e.what();
            if (errors[static_cast<std::size_t>(rank)].empty())
                errors[static_cast<std::size_t>(rank)] = "(empty error)";
        }
    };
    std::thread other(run, 1);
    run(0);
    other.join();
    return errors;
}

torch::nn::Sequential tinyNet(int seed)
{
    torch::manual_seed(seed);
    return torch::nn::Sequential(torch::nn::Linear(6, 4), torch::nn::BatchNorm1d(4), torch::nn::Linear(4, 3));
}

} // namespace

class TstReplicaSync : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shardsAreDisjointAndEven_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("world");
        QTest::addColumn<bool>("evenly");
        QTest::newRow("10 over 2") << 10 << 2 << true;
        QTest::newRow("11 over 2, tail dropped") << 11 << 2 << true;
        QTest::newRow("11 over 3, test shards") << 11 << 3 << false;
        QTest::newRow("2 over 4, test shards") << 2 << 4 << false;
        QTest::newRow("one rank") << 8 << 1 << true;
    }
    void shardsAreDisjointAndEven()
    {
        QFETCH(int, n);
        QFETCH(int, world);
        QFETCH(bool, evenly);
        std::vector<int> order(static_cast<std::size_t>(n));
        for (int i = 0; i < n; ++i)
            order[static_cast<std::size_t>(i)] = (i * 7 + 3) % n; // a permutation, as a sampler gives
        std::vector<int> seen(static_cast<std::size_t>(n), 0);
        std::size_t total = 0, smallest = order.size(), largest = 0;
        for (int r = 0; r < world; ++r) {
            const std::vector<int> s = arm::ReplicaSync::shard(order, r, world, evenly);
            for (int i : s)
                ++seen[static_cast<std::size_t>(i)];
            total += s.size();
            smallest = std::min(smallest, s.size());
            largest = std::max(largest, s.size());
        }
        for (int c : seen)
            QVERIFY(c <= 1); // disjoint
        if (evenly) {
            QCOMPARE(smallest, largest);
            QCOMPARE(total, order.size() - order.size() % static_cast<std::size_t>(world));
        } else {
            QCOMPARE(total, order.size()); // a test pass scores every sample once
            QVERIFY(largest - smallest <= 1);
        }
    }

    void startsFromRankZerosWeights()
    {
        const std::uint64_t rank0Hash = arm::ReplicaSync::stateHash(*tinyNet(1));
        QVERIFY(rank0Hash != arm::ReplicaSync::stateHash(*tinyNet(2)));
        std::array<std::uint64_t, 2> after{};
        // Built here, not in the rank threads: torch's default generator is one per process.
        const std::array<torch::nn::Sequential, 2> nets{tinyNet(1), tinyNet(2)};
        const auto errors = twoRanks([&](int rank, arm::GlooCollective& c) {
            auto net = nets[static_cast<std::size_t>(rank)];
            const arm::ReplicaSync sync(&c, 64); // 64-byte buckets: many buckets, one tensor split over none
            sync.broadcastState(*net);
            sync.checkIdentical(*net, "after the broadcast");
            after[static_cast<std::size_t>(rank)] = arm::ReplicaSync::stateHash(*net);
        });
        QVERIFY2(errors[0].empty() && errors[1].empty(), (errors[0] + " | " + errors[1]).c_str());
        QCOMPARE(after[0], rank0Hash);
        QCOMPARE(after[1], rank0Hash);
    }

    void averagesGradientsAndSumsStats()
    {
        std::array<std::vector<torch::Tensor>, 2> grads;
        std::array<std::vector<double>, 2> stats;
        const std::array<torch::nn::Sequential, 2> nets{tinyNet(5), tinyNet(5)};
        const auto errors = twoRanks([&](int rank, arm::GlooCollective& c) {
            auto net = nets[static_cast<std::size_t>(rank)];
            for (auto& p : net->parameters())
                p.mutable_grad() = torch::full_like(p, rank == 0 ? 1.0 : 3.0) + torch::arange(p.numel()).view(p.sizes());
            std::vector<double> s{double(rank + 1), 10.0};
            arm::ReplicaSync(&c, 48).averageGradients(net->parameters(), s, "test all-reduce");
            for (auto& p : net->parameters())
                grads[static_cast<std::size_t>(rank)].push_back(p.grad().clone());
            stats[static_cast<std::size_t>(rank)] = s;
        });
        QVERIFY2(errors[0].empty() && errors[1].empty(), (errors[0] + " | " + errors[1]).c_str());
        for (std::size_t i = 0; i < grads[0].size(); ++i) {
            const torch::Tensor& g = grads[0][i];
            const torch::Tensor want = torch::full_like(g, 2.0) + torch::arange(g.numel()).view(g.sizes());
            QVERIFY(torch::equal(g, want));
            QVERIFY(torch::equal(grads[1][i], want));
        }
        QCOMPARE(stats[0], (std::vector<double>{3.0, 20.0}));
        QCOMPARE(stats[1], stats[0]);
    }

    void averagesFloatingBuffersOnly()
    {
        std::array<torch::Tensor, 2> mean, tracked;
        const auto errors = twoRanks([&](int rank, arm::GlooCollective& c) {
            auto bn = torch::nn::BatchNorm1d(3);
            bn->running_mean.fill_(rank == 0 ? 1.0 : 2.0);
            bn->num_batches_tracked.fill_(7);
            arm::ReplicaSync(&c).averageBuffers(*bn, "test buffers");
            mean[static_cast<std::size_t>(rank)] = bn->running_mean.clone();
            tracked[static_cast<std::size_t>(rank)] = bn->num_batches_tracked.clone();
        });
        QVERIFY2(errors[0].empty() && errors[1].empty(), (errors[0] + " | " + errors[1]).c_str());
        QVERIFY(torch::allclose(mean[0], torch::full({3}, 1.5)));
        QVERIFY(torch::equal(mean[0], mean[1]));
        QCOMPARE(tracked[1].item<int64_t>(), int64_t(7));
    }

    void notIdenticalIsAnError()
    {
        const std::array<torch::nn::Sequential, 2> nets{tinyNet(1), tinyNet(2)};
        const auto errors = twoRanks([&](int rank, arm::GlooCollective& c) {
            arm::ReplicaSync(&c).checkIdentical(*nets[static_cast<std::size_t>(rank)], "epoch 3");
        });
        for (const std::string& e : errors)
            QVERIFY2(e.find("no longer identical") != std::string::npos && e.find("epoch 3") != std::string::npos,
                     e.c_str());
    }

    void aFailingRankIsNamed()
    {
        const auto start = Clock::now();
        const auto errors = twoRanks([&](int rank, arm::GlooCollective& c) {
            const arm::ReplicaSync sync(&c);
            sync.heartbeat(1);
            if (rank == 1) {
                sync.reportFailure("disk full writing x.jpg");
                throw std::runtime_error("rank 1 gives up");
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            sync.sum({1.0}, "epoch 1 step 2");
        }, std::chrono::milliseconds(15000));
        QVERIFY2(errors[0].find("rank 0: epoch 1 step 2 failed") != std::string::npos, errors[0].c_str());
        QVERIFY2(errors[0].find("rank 1 failed: disk full writing x.jpg") != std::string::npos, errors[0].c_str());
        QVERIFY(Clock::now() - start < std::chrono::seconds(14)); // not the whole timeout
    }

    void aRankThatHangsIsNamedWithinTheTimeout()
    {
        const auto start = Clock::now();
        const auto errors = twoRanks([&](int rank, arm::GlooCollective& c) {
            const arm::ReplicaSync sync(&c);
            sync.heartbeat(rank == 0 ? 5 : 4);
            if (rank == 1) { // stuck in its step 5, never joins the collective
                std::this_thread::sleep_for(std::chrono::milliseconds(3500));
                return;
            }
            sync.sum({1.0}, "gradient all-reduce (epoch 1, step 5)");
        }, std::chrono::milliseconds(1500));
        QVERIFY2(errors[0].find("no answer from the other ranks within 1.5 s") != std::string::npos, errors[0].c_str());
        QVERIFY2(errors[0].find("rank 1 (at step 4) stopped responding") != std::string::npos, errors[0].c_str());
        QVERIFY(errors[1].empty());
        QVERIFY(Clock::now() - start < std::chrono::seconds(12));
    }
};

QTEST_APPLESS_MAIN(TstReplicaSync)
#include "tst_replicasync.moc"
