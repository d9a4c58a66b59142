#include "engine/audit/LabelAuditRunner.h"

#include "engine/eval/Evaluator.h"
#include "engine/model/ModelHandle.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <unordered_map>

namespace arm {

namespace fs = std::filesystem;

AuditMethod auditMethodFromString(const std::string& name)
{
    if (name == "scn")
        return AuditMethod::Scn;
    if (name == "cl")
        return AuditMethod::ConfidentLearning;
    if (name == "both")
        return AuditMethod::Both;
    throw std::invalid_argument("audit method '" + name + "': expected scn, cl or both");
}

std::string LabelAuditRunner::findTruthFile(const DatasetIndex& data)
{
    std::vector<fs::path> dirs;
    if (!data.labelFile.empty())
        dirs.push_back(fs::path(data.labelFile).parent_path());
    if (!data.root.empty()) {
        const fs::path root(data.root);
        dirs.push_back(root / "EmoLabel");
        dirs.push_back(fs::is_directory(root) ? root : root.parent_path());
    }
    for (const fs::path& dir : dirs) {
        std::error_code ec;
        if (!fs::is_directory(dir, ec))
            continue;
        std::vector<fs::path> hits;
        for (const auto& entry : fs::directory_iterator(dir, ec))
            if (entry.is_regular_file(ec) && entry.path().filename().string().find("truth") != std::string::npos)
                hits.push_back(entry.path());
        if (!hits.empty()) {
            std::sort(hits.begin(), hits.end()); // deterministic when there are several
            return hits.front().string();
        }
    }
    return {};
}

std::vector<int> LabelAuditRunner::readTruthFile(const std::string& path, const DatasetIndex& data)
{
    std::ifstream in(path);
    if (!in)
        throw std::runtime_error(path + ": cannot read the truth file");
    std::unordered_map<std::string, int> byName;
    for (std::size_t i = 0; i < data.samples.size(); ++i)
        byName[data.samples[i].name] = static_cast<int>(i);
    std::vector<int> truth(data.samples.size(), -1);
    std::string line;
    int lineNo = 0;
    while (std::getline(in, line)) {
        ++lineNo;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.find_first_not_of(" \t") == std::string::npos || line[line.find_first_not_of(" \t")] == '#')
            continue;
        std::istringstream fields(line);
        std::string name;
        long clean = 0, given = 0;
        if (!(fields >> name >> clean >> given))
            throw std::runtime_error(path + ":" + std::to_string(lineNo) +
                                     ": malformed line (expected '<name> <clean label> <given label>')");
        if (clean < 1 || clean > data.numClasses() || given < 1 || given > data.numClasses())
            throw std::runtime_error(path + ":" + std::to_string(lineNo) + ": label out of range 1.." +
                                     std::to_string(data.numClasses()));
        const auto it = byName.find(name);
        if (it != byName.end())
            truth[static_cast<std::size_t>(it->second)] = static_cast<int>(clean - 1);
    }
    return truth;
}

namespace {

// In-sample probabilities of a given model, reusing cached rows under the model's fingerprint.
void inSample(const DatasetIndex& data, const AuditOptions& o, AuditResult& out,
              const std::function<void(const AuditProgress&)>& progress, const PredictionCache* cache,
              const std::atomic<bool>* cancel)
{
    std::shared_ptr<ModelHandle> model = ModelHandle::open(o.weights, o.device);
    const std::string key = model->fingerprint();
    out.source = "in-sample probabilities of " + o.weights + " (" + model->formatDescription() + ")";
    std::map<std::string, std::vector<float>> cached;
    if (cache && cache->load)
        cached = cache->load(key);
    std::vector<int> missing;
    std::map<int, std::size_t> rowOf;
    for (std::size_t r = 0; r < out.sampleIndices.size(); ++r) {
        const int i = out.sampleIndices[r];
        rowOf[i] = r;
        const auto it = cached.find(data.samples[static_cast<std::size_t>(i)].name);
        if (it != cached.end() && static_cast<int>(it->second.size()) == model->config().numClasses) {
            out.probabilities[r] = it->second;
            ++out.cachedRows;
        } else {
            missing.push_back(i);
        }
    }
    if (missing.empty())
        return;
    EvalOptions eo;
    eo.batchSize = o.batchSize;
    eo.loaderThreads = o.loaderThreads;
    Evaluator::Progress p;
    if (progress)
        p = [&](int done, int total) {
            AuditProgress ap;
            ap.stage = "predict";
            ap.done = done;
            ap.total = total;
            progress(ap);
        };
    const EvalResult er = Evaluator::evaluate(*model, data, missing, eo, p, cancel);
    out.problems.insert(out.problems.end(), er.problems.begin(), er.problems.end());
    out.cancelled = er.cancelled;
    std::map<std::string, std::vector<float>> rows;
    for (const EvalRecord& r : er.records) {
        out.probabilities[rowOf.at(r.sampleIndex)] = r.probabilities;
        rows[data.samples[static_cast<std::size_t>(r.sampleIndex)].name] = r.probabilities;
    }
    if (cache && cache->save && !rows.empty())
        cache->save(key, rows);
}

} // namespace

AuditResult LabelAuditRunner::run(const DatasetIndex& data, const AuditOptions& options,
                                  const std::function<void(const AuditProgress&)>& progress,
                                  const PredictionCache* cache, const std::atomic<bool>* cancel)
{
    const auto t0 = std::chrono::steady_clock::now();
    AuditResult out;
    out.sampleIndices = options.sampleIndices.empty() ? data.indicesOf(Split::Train) : options.sampleIndices;
    if (out.sampleIndices.empty())
        throw std::invalid_argument(data.root + ": no training samples to audit");
    out.probabilities.assign(out.sampleIndices.size(), {});

    if (!options.weights.empty()) {
        inSample(data, options, out, progress, cache, cancel);
    } else {
        std::function<void(const CrossTrainProgress&)> p;
        if (progress)
            p = [&](const CrossTrainProgress& c) {
                AuditProgress ap;
                ap.stage = c.stage;
                ap.crossTrain = c;
                ap.done = c.done;
                ap.total = c.total;
                progress(ap);
            };
        OutOfSample oos =
            CrossValidation::outOfSampleProbabilities(data, out.sampleIndices, options.crossTrain, p, cache, cancel);
        out.probabilities = std::move(oos.probabilities);
        out.foldAccuracy = std::move(oos.foldAccuracy);
        out.cachedRows = oos.cachedFolds;
        out.problems = std::move(oos.problems);
        out.cancelled = oos.cancelled;
        out.source = "out-of-sample probabilities from " + std::to_string(options.crossTrain.folds) +
                     "-fold cross-training (" + toString(options.crossTrain.arch) + ", " +
                     std::to_string(options.crossTrain.inputSize) + "px, " +
                     std::to_string(options.crossTrain.epochs) + " epochs)";
    }
    if (out.cancelled) {
        out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        return out;
    }

    // Rows with probabilities only; suggestions come back indexed by these rows and are mapped to samples.
    std::vector<std::size_t> rows;
    std::vector<std::vector<float>> probs;
    std::vector<int> given, truth;
    out.truthFile = findTruthFile(data);
    const std::vector<int> truthAll = out.truthFile.empty() ? std::vector<int>{} : readTruthFile(out.truthFile, data);
    for (std::size_t r = 0; r < out.sampleIndices.size(); ++r) {
        if (out.probabilities[r].empty())
            continue;
        const auto i = static_cast<std::size_t>(out.sampleIndices[r]);
        rows.push_back(r);
        probs.push_back(out.probabilities[r]);
        given.push_back(data.samples[i].label);
        // Samples the truth file does not list count as clean.
        const int t = truthAll.empty() ? -1 : truthAll[i];
        out.truthRows += t >= 0 ? 1 : 0;
        truth.push_back(t >= 0 ? t : data.samples[i].label);
    }
    auto finish = [&](const std::string& name, std::vector<LabelSuggestion> s) {
        AuditMethodResult m;
        m.method = name;
        if (!out.truthFile.empty())
            m.score = LabelAudit::score(s, given, truth);
        for (LabelSuggestion& sg : s)
            sg.sampleIndex = out.sampleIndices[rows[static_cast<std::size_t>(sg.sampleIndex)]];
        m.suggestions = std::move(s);
        out.methods.push_back(std::move(m));
    };
    if (options.method != AuditMethod::ConfidentLearning)
        finish("scn", LabelAudit::scnRule(probs, given, options.delta));
    if (options.method != AuditMethod::Scn)
        finish("cl", LabelAudit::confidentLearning(probs, given));
    out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return out;
}

} // namespace arm
