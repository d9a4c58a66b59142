#include "engine/model/GenericModeScope.h"

#include "engine/model/FerNet.h"
#include "engine/model/ModelHandle.h"

#include <stdexcept>

namespace arm {

GenericModeScope::GenericModeScope(ModelHandle& model, std::optional<GenericMode> mode)
    : m_model(model)
{
    FerNet net = model.network();
    {
        std::lock_guard<std::mutex> lock(model.mutex());
        m_previous = net->genericMode();
    }
    const GenericMode wanted = mode.value_or(m_previous);
    if (net->isArm() && wanted == GenericMode::Running && !net->hasRunningGeneric())
        throw std::runtime_error("generic mode 'running': " +
                                 (model.path().empty() ? std::string("this model") : model.path()) +
                                 " has no running generic feature (authors' checkpoints have none); "
                                 "use generic mode batch or none");
    if (wanted != m_previous) {
        model.setGenericMode(wanted);
        m_changed = true;
    }
}

GenericModeScope::~GenericModeScope()
{
    if (m_changed)
        m_model.setGenericMode(m_previous);
}

} // namespace arm
