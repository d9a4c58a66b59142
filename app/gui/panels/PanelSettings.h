#pragma once

#include "engine/train/Trainer.h"

#include <QString>

namespace arm {

// Typed access to the analysis and training panels' settings in QSettings (group "panels/"), kept apart
// from the main window's AppSettings. Each getter returns the default when the key is absent or holds
// something unusable.
class PanelSettings {
public:
    static QString inspectorOverlay();             // ImageInspectorPanel::overlayKey(), default "coverage"
    static void setInspectorOverlay(const QString& key);
    static double inspectorOpacity();              // 0..1, default 0.6
    static void setInspectorOpacity(double opacity);

    static int affinityView();                     // AffinityPanel::View as int, default 0
    static void setAffinityView(int view);
    static int affinityPerClass();                 // stratified sample size per class, default 4
    static void setAffinityPerClass(int perClass);

    // Training form: epochs, lr, batch size, optimiser, sampler, freeze backbone, generic mode, arch,
    // input size, device spec (may be "auto"), output directory. Other fields keep TrainParams defaults.
    static TrainParams trainParams();
    static void setTrainParams(const TrainParams& params);
    static bool trainFineTune();                   // start from the loaded model, default true
    static void setTrainFineTune(bool on);
};

} // namespace arm
