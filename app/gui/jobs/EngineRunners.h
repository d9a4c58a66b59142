#pragma once

#include "app/gui/jobs/AffinityJob.h"
#include "app/gui/jobs/FacesJob.h"
#include "app/gui/jobs/InspectJob.h"
#include "app/jobs/TrainJob.h"

namespace arm {

// The engine functions behind the panels' jobs. Each returns an empty function while the engine part
// is not in this build; the panels then say so instead of computing.
class EngineRunners {
public:
    static InspectRunner inspect();
    static AffinityRunner affinity();
    static TrainRunner train();
    static FaceClassifierFactory faceClassifier();
};

} // namespace arm
