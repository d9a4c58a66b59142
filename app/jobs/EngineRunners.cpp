#include "app/jobs/EngineRunners.h"

#include "engine/Trainer.h"

namespace arm {

// The image inspector is being written on another branch; until it is merged its runners stay empty
// (the panels show "not available in this build"), so the application links.
InspectRunner EngineRunners::inspect()
{
    return {};
}

AffinityRunner EngineRunners::affinity()
{
    return {};
}

TrainRunner EngineRunners::train()
{
    return [](const DatasetIndex& data, const TrainParams& params, const TrainCallbacks& callbacks,
              const std::atomic<bool>* cancel) { return Trainer::run(data, params, callbacks, cancel); };
}

} // namespace arm
