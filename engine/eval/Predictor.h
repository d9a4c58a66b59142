#pragma once

#include "engine/core/ModelConfig.h"
#include "engine/core/Precision.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace cv {
class Mat;
}

namespace arm {

class FerNet; // engine/FerNet.h (LibTorch); kept out of this header so the GUI can include it cheaply

struct Prediction {
    std::string path;
    std::vector<float> logits;
    std::vector<float> probabilities; // softmax of logits
    int label = -1;                   // argmax; -1 when the image failed
    std::string error;                // non-empty when the image could not be read/decoded
    bool ok() const { return error.empty(); }
};

struct PredictorOptions {
    std::string device = "cpu";      // already resolved (Runtime::resolveDevice)
    int batchSize = 64;
    std::optional<GenericMode> generic; // override the checkpoint's mode
    std::optional<int> inputSize;       // override; only baseline archs accept a different size
    std::string source;                 // the weights file, named in errors (load() sets it)
    Precision precision = Precision::Fp32; // Auto resolves per machine (resolvePrecision)
};

// Batched inference on image files: eval transform (ImageTensor), eval mode, InferenceMode, batches of
// batchSize in input order. In batch mode the batch composition matters (the authors' behaviour):
// images are grouped exactly as given, failed images are left out of their batch.
class Predictor {
public:
    Predictor();
    ~Predictor();
    Predictor(const Predictor&) = delete;
    Predictor& operator=(const Predictor&) = delete;

    // Loads our own checkpoint (Checkpoint::load). Throws std::runtime_error naming the file.
    // Hook for other formats (.pth): read them elsewhere and call setModel().
    void load(const std::string& weightsPath, const PredictorOptions& options = {});
    void setModel(const FerNet& model, const ModelConfig& config, const PredictorOptions& options = {});
    bool hasModel() const;
    // The precision in use since load(): Fp32 or Bf16 (Auto resolved for the device).
    Precision precision() const;
    const ModelConfig& config() const; // effective (after overrides)
    std::vector<std::string> classNames() const;

    using Progress = std::function<void(int done, int total)>;
    // Never throws for a bad image: its Prediction carries the error. Throws for model problems
    // (e.g. running mode without a running feature; NaN/Inf outputs, naming options.source: corrupt
    // weights never give a label).
    std::vector<Prediction> predict(const std::vector<std::string>& paths, const Progress& progress = {});
    // The same on images already in memory (aligned face crops, BGR/grey/BGRA): names[i] is what
    // Prediction::path and the messages call images[i]. Batched the same way.
    std::vector<Prediction> predictImages(const std::vector<cv::Mat>& images, const std::vector<std::string>& names,
                                          const Progress& progress = {});

private:
    // Batches over `count` inputs; load(i) gives input i as the eval tensor, or throws for a bad image.
    std::vector<Prediction> run(const std::vector<std::string>& names, const std::function<cv::Mat(int)>& load,
                                const Progress& progress);

    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace arm
