#include "engine/synth/SynthDatasetWriter.h"

#include "engine/core/AtomicFile.h"
#include "engine/synth/SynthFaceRenderer.h"
#include "engine/synth/SynthRng.h"

#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>

#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <numeric>
#include <stdexcept>
#include <thread>

namespace fs = std::filesystem;

namespace arm {
namespace {

constexpr const char* kInfoFile = "synth_info.json";
constexpr const char* kListFile = "list_patition_label.txt";
constexpr const char* kTruthFile = "noise_truth.txt";
// Stream ids: each random decision of the plan draws from its own stream, so changing one (e.g. the
// noise rate) does not reshuffle the others.
constexpr std::uint64_t kStreamShuffle = 0xC1A55ULL, kStreamNoise = 0x401CEULL, kStreamImage = 0x1AA6EULL;

void shuffle(std::vector<int>& v, SynthRng& rng)
{
    for (int i = static_cast<int>(v.size()) - 1; i > 0; --i)
        std::swap(v[static_cast<std::size_t>(i)], v[static_cast<std::size_t>(rng.below(i + 1))]);
}

std::string sampleName(bool test, int number)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, test ? "test_%04d.jpg" : "train_%05d.jpg", number);
    return buf;
}

std::string imageFileName(const std::string& name)
{
    return name.substr(0, name.size() - 4) + "_aligned.jpg";
}

bool isOurImageName(const std::string& f)
{
    const auto ends = [&f](const std::string& s) { return f.size() >= s.size() && f.compare(f.size() - s.size(), s.size(), s) == 0; };
    return (f.rfind("train_", 0) == 0 || f.rfind("test_", 0) == 0) && ends("_aligned.jpg");
}

void writeFileAtomically(const fs::path& path, const std::string& text)
{
    try {
        AtomicFile::write(path.string(), text);
    } catch (const std::runtime_error& e) {
        throw std::runtime_error(std::string("synth: ") + e.what());
    }
}

// Removes what a previous synth run (or, with force, our file names) left, so a smaller rerun does
// not leave stale images behind. Files with other names are never touched.
void clearPreviousOutput(const fs::path& dir)
{
    std::error_code ec;
    for (const char* f : {kListFile, kTruthFile})
        fs::remove(dir / "EmoLabel" / f, ec);
    const fs::path images = dir / "Image" / "aligned";
    if (fs::is_directory(images, ec))
        for (const auto& e : fs::directory_iterator(images, ec))
            if (e.is_regular_file(ec) && isOurImageName(e.path().filename().string()))
                fs::remove(e.path(), ec);
    fs::remove(dir / kInfoFile, ec);
}

} // namespace

const std::array<int, ExpressionClasses::kBasicCount>& SynthDatasetWriter::rafdbTrainCounts()
{
    static const std::array<int, ExpressionClasses::kBasicCount> counts{1290, 281, 717, 4772, 1982, 705, 2524};
    return counts;
}

std::array<int, ExpressionClasses::kBasicCount> SynthDatasetWriter::classCounts(int n)
{
    constexpr int K = ExpressionClasses::kBasicCount;
    std::array<int, K> out{};
    if (n <= 0)
        return out;
    const auto& ref = rafdbTrainCounts();
    const double total = std::accumulate(ref.begin(), ref.end(), 0.0);
    const int floorOne = n >= K ? 1 : 0;
    int used = 0;
    std::array<double, K> rem{};
    for (int k = 0; k < K; ++k) {
        const double exact = n * ref[static_cast<std::size_t>(k)] / total;
        out[static_cast<std::size_t>(k)] = std::max(floorOne, static_cast<int>(std::floor(exact)));
        rem[static_cast<std::size_t>(k)] = exact - std::floor(exact);
        used += out[static_cast<std::size_t>(k)];
    }
    // Largest remainder; ties and over-allocation (from the floor of one) resolved deterministically.
    while (used < n) {
        int best = 0;
        for (int k = 1; k < K; ++k)
            if (rem[static_cast<std::size_t>(k)] > rem[static_cast<std::size_t>(best)])
                best = k;
        ++out[static_cast<std::size_t>(best)];
        rem[static_cast<std::size_t>(best)] -= 1.0;
        ++used;
    }
    while (used > n) {
        const auto it = std::max_element(out.begin(), out.end());
        --*it;
        --used;
    }
    return out;
}

std::vector<SynthSample> SynthDatasetWriter::plan(const SynthOptions& o)
{
    if (o.count < 1 || o.count > 10'000'000)
        throw std::invalid_argument("synth: --count " + std::to_string(o.count) + " is outside 1..10000000");
    if (!(o.noise >= 0.0 && o.noise <= 1.0))
        throw std::invalid_argument("synth: --noise " + std::to_string(o.noise) + " is outside 0..1");
    if (o.size < 16 || o.size > 1024)
        throw std::invalid_argument("synth: --size " + std::to_string(o.size) + " is outside 16..1024");
    if (!(o.testFraction >= 0.0 && o.testFraction < 1.0))
        throw std::invalid_argument("synth: test fraction " + std::to_string(o.testFraction) + " is outside [0, 1)");
    if (!(o.difficulty >= 0.0 && o.difficulty <= 1.0))
        throw std::invalid_argument("synth: --difficulty " + std::to_string(o.difficulty) + " is outside 0..1");

    const int nTest = static_cast<int>(std::lround(o.count * o.testFraction));
    const int nTrain = o.count - nTest;
    std::vector<SynthSample> samples;
    samples.reserve(static_cast<std::size_t>(o.count));
    SynthRng shuffleRng(o.seed, kStreamShuffle);
    for (int split = 0; split < 2; ++split) {
        const bool test = split == 1;
        const auto counts = classCounts(test ? nTest : nTrain);
        std::vector<int> labels;
        for (int k = 0; k < ExpressionClasses::kBasicCount; ++k)
            labels.insert(labels.end(), static_cast<std::size_t>(counts[static_cast<std::size_t>(k)]), k);
        shuffle(labels, shuffleRng);
        for (std::size_t i = 0; i < labels.size(); ++i) {
            SynthSample s;
            s.index = static_cast<int>(samples.size());
            s.name = sampleName(test, static_cast<int>(i) + 1);
            s.test = test;
            s.cleanLabel = s.givenLabel = labels[i];
            samples.push_back(std::move(s));
        }
    }
    // Label noise on the train split only: the usual protocol (noisy training labels, clean test) so
    // that test accuracy still measures what the model learnt about the true expressions.
    const int nFlip = static_cast<int>(std::lround(o.noise * nTrain));
    if (nFlip > 0) {
        std::vector<int> order(static_cast<std::size_t>(nTrain));
        std::iota(order.begin(), order.end(), 0);
        SynthRng noiseRng(o.seed, kStreamNoise);
        shuffle(order, noiseRng);
        for (int i = 0; i < nFlip; ++i) {
            SynthSample& s = samples[static_cast<std::size_t>(order[static_cast<std::size_t>(i)])];
            s.givenLabel = (s.cleanLabel + 1 + noiseRng.below(ExpressionClasses::kBasicCount - 1)) %
                           ExpressionClasses::kBasicCount;
        }
    }
    return samples;
}

FaceParams SynthDatasetWriter::sampleParams(const SynthOptions& o, const SynthSample& s)
{
    SynthRng rng(o.seed ^ kStreamImage, static_cast<std::uint64_t>(s.index));
    return FaceParams::sample(rng, s.cleanLabel, o.difficulty);
}

cv::Mat SynthDatasetWriter::renderSample(const SynthOptions& o, const SynthSample& s)
{
    return SynthFaceRenderer(o.size).render(sampleParams(o, s));
}

bool SynthDatasetWriter::isSynthOutput(const std::string& dir)
{
    std::ifstream in(fs::path(dir) / kInfoFile);
    if (!in)
        return false;
    const nlohmann::json j = nlohmann::json::parse(in, nullptr, false);
    return !j.is_discarded() && j.is_object() && j.value("generator", std::string()) == "arm-synth";
}

SynthResult SynthDatasetWriter::write(const SynthOptions& o, const Progress& progress)
{
    const auto t0 = std::chrono::steady_clock::now();
    if (o.outDir.empty())
        throw std::invalid_argument("synth: no output directory given (--out)");
    const std::vector<SynthSample> samples = plan(o);
    const fs::path dir(o.outDir);
    std::error_code ec;
    if (fs::exists(dir, ec) && !fs::is_directory(dir, ec))
        throw std::runtime_error("synth: output path " + dir.string() + " exists and is not a directory");
    const bool nonEmpty = fs::is_directory(dir, ec) && !fs::is_empty(dir, ec);
    if (nonEmpty && !isSynthOutput(o.outDir) && !o.force)
        throw std::runtime_error("synth: output directory " + dir.string() +
                                 " is not empty and is not a previous synth output; use --force to write into it");
    if (nonEmpty)
        clearPreviousOutput(dir);
    const fs::path labelDir = dir / "EmoLabel", imageDir = dir / "Image" / "aligned";
    fs::create_directories(labelDir, ec);
    fs::create_directories(imageDir, ec);
    if (!fs::is_directory(labelDir) || !fs::is_directory(imageDir))
        throw std::runtime_error("synth: cannot create directories under " + dir.string() + ": " + ec.message());

    nlohmann::json info{{"generator", "arm-synth"}, {"version", 1},          {"seed", o.seed},
                        {"count", o.count},         {"noise", o.noise},      {"size", o.size},
                        {"test_fraction", o.testFraction}, {"difficulty", o.difficulty},
                        {"jpeg_quality", o.jpegQuality}, {"complete", false}};
    writeFileAtomically(dir / kInfoFile, info.dump(2) + "\n");

    // Images: every worker takes the next index; each image depends only on (options, index), so
    // the bytes are the same for any thread count.
    const int total = static_cast<int>(samples.size());
    std::atomic<int> next{0}, done{0};
    std::atomic<bool> failed{false};
    std::exception_ptr error;
    std::mutex errorMutex;
    const std::vector<int> params{cv::IMWRITE_JPEG_QUALITY, o.jpegQuality};
    const SynthFaceRenderer renderer(o.size);
    // OpenCV's own thread pool only adds overhead on 100x100 images (and would oversubscribe our
    // workers); restore the caller's setting afterwards.
    struct CvThreads {
        int saved = cv::getNumThreads();
        CvThreads() { cv::setNumThreads(1); }
        ~CvThreads() { cv::setNumThreads(saved); }
    } cvThreads;
    auto work = [&](bool reports) {
        std::vector<uchar> buf;
        try {
            for (int i = next++; i < total && !failed; i = next++) {
                const SynthSample& s = samples[static_cast<std::size_t>(i)];
                const cv::Mat img = renderer.render(sampleParams(o, s));
                if (!cv::imencode(".jpg", img, buf, params))
                    throw std::runtime_error("synth: JPEG encoding failed for " + s.name);
                const fs::path path = imageDir / imageFileName(s.name);
                // Atomic but not fsynced one by one (thousands of fsyncs would dominate the run): one
                // syncFileSystem() below makes all images durable before the info says "complete".
                try {
                    AtomicFile out(path.string(), /*durable=*/false);
                    out.append(buf.data(), buf.size());
                    out.commit();
                } catch (const std::runtime_error& e) {
                    throw std::runtime_error(std::string("synth: ") + e.what());
                }
                const int d = ++done;
                if (reports && progress && (d % 64 == 0 || d == total))
                    progress(d, total);
            }
        } catch (...) {
            std::lock_guard<std::mutex> lock(errorMutex);
            if (!error)
                error = std::current_exception();
            failed = true;
        }
    };
    std::vector<std::thread> workers;
    for (int t = 1; t < std::max(1, o.threads); ++t)
        workers.emplace_back(work, false);
    work(true);
    for (auto& w : workers)
        w.join();
    if (error)
        std::rethrow_exception(error);
    if (progress)
        progress(total, total);

    SynthResult r;
    std::string list, truth;
    for (const SynthSample& s : samples) {
        list += s.name + ' ' + std::to_string(s.givenLabel + 1) + '\n';
        truth += s.name + ' ' + std::to_string(s.cleanLabel + 1) + ' ' + std::to_string(s.givenLabel + 1) + '\n';
        (s.test ? r.test : r.train)++;
        (s.test ? r.testClassCounts : r.trainClassCounts)[static_cast<std::size_t>(s.cleanLabel)]++;
        r.flipped += s.givenLabel != s.cleanLabel ? 1 : 0;
    }
    try {
        AtomicFile::syncFileSystem(imageDir.string());
    } catch (const std::runtime_error& e) {
        throw std::runtime_error(std::string("synth: ") + e.what());
    }
    r.listFile = (labelDir / kListFile).string();
    writeFileAtomically(labelDir / kListFile, list);
    if (o.noise > 0.0) {
        r.truthFile = (labelDir / kTruthFile).string();
        writeFileAtomically(labelDir / kTruthFile, truth);
    }
    info["complete"] = true;
    info["train"] = r.train;
    info["test"] = r.test;
    info["flipped"] = r.flipped;
    writeFileAtomically(dir / kInfoFile, info.dump(2) + "\n");
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return r;
}

} // namespace arm
