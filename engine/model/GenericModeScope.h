#pragma once

#include "engine/core/ModelConfig.h"

#include <optional>

namespace arm {

class ModelHandle;

// Switches a model's generic mode for the lifetime of the scope (one evaluation with --generic X) and
// restores the previous mode afterwards. Throws std::runtime_error naming the model when "running" is
// asked of a model without a running generic feature (the authors' checkpoints have none).
class GenericModeScope {
public:
    GenericModeScope(ModelHandle& model, std::optional<GenericMode> mode);
    ~GenericModeScope();
    GenericModeScope(const GenericModeScope&) = delete;
    GenericModeScope& operator=(const GenericModeScope&) = delete;

private:
    ModelHandle& m_model;
    GenericMode m_previous = GenericMode::Batch;
    bool m_changed = false;
};

} // namespace arm
