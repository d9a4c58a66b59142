#include "engine/data/DatasetValidator.h"

#include "engine/data/DatasetOpener.h"

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

namespace arm {

ValidationReport DatasetValidator::validate(const DatasetIndex& index, int threads, const Progress& progress)
{
    const auto start = std::chrono::steady_clock::now();
    const int total = static_cast<int>(index.samples.size());
    if (threads <= 0)
        threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    threads = std::max(1, std::min(threads, std::max(1, total)));

    ValidationReport report;
    report.ok.assign(index.samples.size(), 0);
    std::vector<std::string> errors(index.samples.size());
    std::atomic<int> next{0};
    std::atomic<int> done{0};
    std::mutex progressMutex;
    const int step = std::max(1, total / 100);

    auto work = [&] {
        for (int i = next.fetch_add(1); i < total; i = next.fetch_add(1)) {
            const std::size_t k = static_cast<std::size_t>(i);
            try {
                const cv::Mat img = DatasetOpener::loadImage(index.samples[k]);
                report.ok[k] = img.empty() ? 0 : 1;
                if (img.empty())
                    errors[k] = index.samples[k].path + ": empty image";
            } catch (const std::exception& e) {
                errors[k] = e.what();
            }
            const int d = done.fetch_add(1) + 1;
            if (progress && (d % step == 0 || d == total)) {
                std::lock_guard<std::mutex> lock(progressMutex);
                progress(d, total);
            }
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(work);
    work();
    for (std::thread& t : pool)
        t.join();

    report.problems = index.problems;
    report.classCounts.assign(index.classNames.size(), 0);
    for (std::size_t k = 0; k < index.samples.size(); ++k) {
        const Sample& s = index.samples[k];
        if (!report.ok[k]) {
            // The message from loadImage already names the file (and line); keep where = file:line.
            const std::string where = s.sourceLine > 0 && !index.labelFile.empty() &&
                                              s.path.size() >= 4 && s.path.compare(s.path.size() - 4, 4, ".csv") == 0
                                          ? s.path + ":" + std::to_string(s.sourceLine)
                                          : s.path;
            std::string reason = errors[k];
            if (reason.rfind(where + ": ", 0) == 0)
                reason = reason.substr(where.size() + 2);
            // Image-file formats: also say which label-file line listed the image.
            if (where == s.path && s.sourceLine > 0 && !index.labelFile.empty() &&
                index.format != DatasetFormat::AffectNetCsv) // several CSVs: the line alone is ambiguous
                reason += " (listed at " + index.labelFile + ":" + std::to_string(s.sourceLine) + ")";
            report.problems.push_back({where, reason});
            continue;
        }
        ++report.good;
        ++report.samples[toString(s.split)];
        auto& perSplit = report.classCountsBySplit[toString(s.split)];
        perSplit.resize(index.classNames.size(), 0);
        if (s.label >= 0 && s.label < index.numClasses()) {
            ++report.classCounts[static_cast<std::size_t>(s.label)];
            ++perSplit[static_cast<std::size_t>(s.label)];
        }
    }
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    report.imagesPerSecond = report.seconds > 0 ? total / report.seconds : 0.0;
    return report;
}

void DatasetValidator::prune(DatasetIndex& index, const ValidationReport& report)
{
    std::vector<Sample> kept;
    kept.reserve(index.samples.size());
    for (std::size_t k = 0; k < index.samples.size(); ++k)
        if (k < report.ok.size() && report.ok[k])
            kept.push_back(std::move(index.samples[k]));
    index.samples = std::move(kept);
    index.problems = report.problems;
}

} // namespace arm
