#include "app/gui/panels/PanelSettings.h"

#include <QSettings>

#include <algorithm>
#include <cmath>
#include <exception>

namespace arm {

namespace {

QString key(const char* name)
{
    return QStringLiteral("panels/") + QLatin1String(name);
}

template <typename T> T read(const char* name, const T& fallback)
{
    const QVariant v = QSettings().value(key(name));
    if (!v.isValid() || !v.canConvert<T>())
        return fallback;
    return v.value<T>();
}

void write(const char* name, const QVariant& value)
{
    QSettings().setValue(key(name), value);
}

std::string oneOf(const QString& value, std::initializer_list<const char*> allowed, const std::string& fallback)
{
    for (const char* a : allowed)
        if (value == QLatin1String(a))
            return a;
    return fallback;
}

} // namespace

QString PanelSettings::inspectorOverlay()
{
    return read<QString>("inspector/overlay", QStringLiteral("coverage"));
}

void PanelSettings::setInspectorOverlay(const QString& k)
{
    write("inspector/overlay", k);
}

double PanelSettings::inspectorOpacity()
{
    // Restored within 20-80 %: an opaque overlay saved last time would hide the face at the next start,
    // a transparent one the map; the slider still reaches 0 and 100 % within a session.
    const double v = read<double>("inspector/opacity", 0.6);
    return std::isfinite(v) ? std::clamp(v, 0.2, 0.8) : 0.6;
}

void PanelSettings::setInspectorOpacity(double opacity)
{
    write("inspector/opacity", opacity);
}

int PanelSettings::affinityView()
{
    return std::clamp(read<int>("affinity/view", 0), 0, 2);
}

void PanelSettings::setAffinityView(int view)
{
    write("affinity/view", view);
}

int PanelSettings::affinityPerClass()
{
    return std::clamp(read<int>("affinity/perClass", 4), 1, 64);
}

void PanelSettings::setAffinityPerClass(int perClass)
{
    write("affinity/perClass", perClass);
}

TrainParams PanelSettings::trainParams()
{
    TrainParams p;
    p.epochs = std::clamp(read<int>("training/epochs", p.epochs), 1, 10000);
    const double lr = read<double>("training/lr", p.lr);
    if (std::isfinite(lr) && lr > 0.0)
        p.lr = lr;
    p.batchSize = std::clamp(read<int>("training/batchSize", p.batchSize), 1, 4096);
    p.optimizer = oneOf(read<QString>("training/optimizer", QString()), {"adam", "sgd"}, p.optimizer);
    p.sampler = oneOf(read<QString>("training/sampler", QString()), {"shuffle", "weighted", "mrr"}, p.sampler);
    p.freezeBackbone = read<bool>("training/freezeBackbone", p.freezeBackbone);
    try {
        p.model.generic = genericModeFromString(read<QString>("training/generic", QString::fromStdString(toString(p.model.generic))).toStdString());
    } catch (const std::exception&) {
    }
    try {
        p.model.arch = archFromString(read<QString>("training/arch", QString::fromStdString(toString(p.model.arch))).toStdString());
    } catch (const std::exception&) {
    }
    p.model.inputSize = std::clamp(read<int>("training/inputSize", p.model.inputSize), 32, 1024);
    p.device = read<QString>("training/device", QStringLiteral("auto")).toStdString();
    p.outDir = read<QString>("training/outDir", QString()).toStdString();
    return p;
}

void PanelSettings::setTrainParams(const TrainParams& p)
{
    write("training/epochs", p.epochs);
    write("training/lr", p.lr);
    write("training/batchSize", p.batchSize);
    write("training/optimizer", QString::fromStdString(p.optimizer));
    write("training/sampler", QString::fromStdString(p.sampler));
    write("training/freezeBackbone", p.freezeBackbone);
    write("training/generic", QString::fromStdString(toString(p.model.generic)));
    write("training/arch", QString::fromStdString(toString(p.model.arch)));
    write("training/inputSize", p.model.inputSize);
    write("training/device", QString::fromStdString(p.device));
    write("training/outDir", QString::fromStdString(p.outDir));
}

bool PanelSettings::trainFineTune()
{
    return read<bool>("training/fineTune", true);
}

void PanelSettings::setTrainFineTune(bool on)
{
    write("training/fineTune", on);
}

} // namespace arm
