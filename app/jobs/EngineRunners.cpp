#include "app/jobs/EngineRunners.h"

namespace arm {

// The image inspector and the trainer are being written on other branches; until they are merged
// these stay empty (the panels show "not available in this build"), so the application links.
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
    return {};
}

} // namespace arm
