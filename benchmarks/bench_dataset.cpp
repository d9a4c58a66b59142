// Dataset indexing and decoding speed. Fixtures are generated once into a temp dir (empty image
// files suffice for indexing, which never decodes; real 100x100 JPEGs for the decode benchmarks).
#include "engine/loading/BatchLoader.h"
#include "engine/data/DatasetOpener.h"

#include <benchmark/benchmark.h>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <torch/torch.h>

#include <filesystem>
#include <fstream>
#include <numeric>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

fs::path scratchRoot()
{
    return fs::temp_directory_path() / ("arm-bench-" + std::to_string(::getpid()));
}

// Removes the generated fixtures (~300k files) when the benchmark binary exits.
struct ScratchCleanup {
    ~ScratchCleanup()
    {
        std::error_code ec;
        fs::remove_all(scratchRoot(), ec);
    }
};

fs::path scratch(const std::string& name)
{
    static ScratchCleanup cleanup;
    const fs::path p = scratchRoot() / name;
    fs::create_directories(p);
    return p;
}

void touch(const fs::path& p)
{
    std::ofstream(p, std::ios::binary).put('\0');
}

// RAF-DB basic size: 12,271 train + 3,068 test = 15,339 lines.
const std::string& rafFixture()
{
    static const std::string root = [] {
        const fs::path r = scratch("rafdb");
        fs::create_directories(r / "Image" / "aligned");
        fs::create_directories(r / "EmoLabel");
        std::ofstream list(r / "EmoLabel" / "list_patition_label.txt");
        char name[64];
        for (int i = 0; i < 15339; ++i) {
            const bool train = i < 12271;
            std::snprintf(name, sizeof name, "%s_%05d", train ? "train" : "test", train ? i + 1 : i - 12270);
            list << name << ".jpg " << (1 + i % 7) << "\n";
            touch(r / "Image" / "aligned" / (std::string(name) + "_aligned.jpg"));
        }
        return r.string();
    }();
    return root;
}

// AffectNet training.csv size: ~290k rows over ~1,000 sub-folders, with the real column layout.
const std::string& affectNetFixture()
{
    static const std::string root = [] {
        const fs::path r = scratch("affectnet");
        const fs::path images = r / "Manually_Annotated_Images";
        std::ofstream csv(r / "training.csv");
        csv << "subDirectory_filePath,face_x,face_y,face_width,face_height,facial_landmarks,expression,valence,arousal\n";
        std::string landmarks;
        for (int k = 0; k < 136; ++k)
            landmarks += (k ? ";" : "") + std::to_string(100 + k) + ".5";
        for (int i = 0; i < 290000; ++i) {
            const std::string dir = std::to_string(i % 1000);
            const std::string file = std::to_string(i) + "abcdef0123456789abcdef0123456789.jpg";
            if (i < 1000)
                fs::create_directories(images / dir);
            touch(images / dir / file);
            csv << dir << "/" << file << ",12,14,180,180," << landmarks << "," << i % 11 << ",0.1,-0.2\n";
        }
        return r.string();
    }();
    return root;
}

const std::string& jpegFixture()
{
    static const std::string root = [] {
        const fs::path r = scratch("jpegs");
        fs::create_directories(r / "Image" / "aligned");
        fs::create_directories(r / "EmoLabel");
        std::ofstream list(r / "EmoLabel" / "list_patition_label.txt");
        cv::RNG rng(1);
        for (int i = 0; i < 512; ++i) {
            cv::Mat img(100, 100, CV_8UC3);
            rng.fill(img, cv::RNG::UNIFORM, 0, 255);
            cv::GaussianBlur(img, img, cv::Size(7, 7), 2.0); // face-photo-like entropy, not pure noise
            const std::string name = "train_" + std::to_string(i);
            cv::imwrite((r / "Image" / "aligned" / (name + "_aligned.jpg")).string(), img);
            list << name << ".jpg " << (1 + i % 7) << "\n";
        }
        return r.string();
    }();
    return root;
}

} // namespace

static void BM_IndexRafDb15k(benchmark::State& state)
{
    const std::string root = rafFixture();
    for (auto _ : state) {
        arm::DatasetIndex index = arm::DatasetOpener::open(root, arm::DatasetFormat::Auto);
        if (index.samples.size() != 15339)
            state.SkipWithError("wrong sample count");
        benchmark::DoNotOptimize(index);
    }
    state.SetItemsProcessed(state.iterations() * 15339);
}
BENCHMARK(BM_IndexRafDb15k)->Unit(benchmark::kMillisecond);

static void BM_IndexAffectNet290k(benchmark::State& state)
{
    const std::string root = affectNetFixture();
    for (auto _ : state) {
        arm::DatasetIndex index = arm::DatasetOpener::open(root, arm::DatasetFormat::Auto);
        benchmark::DoNotOptimize(index);
    }
    state.SetItemsProcessed(state.iterations() * 290000);
}
BENCHMARK(BM_IndexAffectNet290k)->Unit(benchmark::kMillisecond)->Iterations(3);

// Decoded + resized (112) + normalised images per second through BatchLoader with N worker threads.
static void BM_BatchLoaderDecode(benchmark::State& state)
{
    at::set_num_threads(1);
    const arm::DatasetIndex index = arm::DatasetOpener::open(jpegFixture(), arm::DatasetFormat::RafDb);
    std::vector<int> order(index.samples.size());
    std::iota(order.begin(), order.end(), 0);
    arm::BatchLoaderOptions opt;
    opt.batchSize = 32;
    opt.workers = static_cast<int>(state.range(0));
    for (auto _ : state) {
        arm::BatchLoader loader(index, order, arm::BatchLoader::evalTransform(112), opt);
        arm::Batch b;
        while (loader.next(b))
            benchmark::DoNotOptimize(b.images);
    }
    state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(order.size()));
}
BENCHMARK(BM_BatchLoaderDecode)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();
