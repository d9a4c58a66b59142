#pragma once

#include "engine/core/Precision.h"

#include <QObject>

class QActionGroup;
class QMenu;

namespace arm {

// Settings ▸ Arithmetic Precision: three exclusive choices (automatic, fp32, bf16) for the GUI's evaluations and
// training runs, stored in AppSettings. Automatic names what it resolves to on this CPU, so the user
// sees before choosing whether bf16 is native here (AVX-512 BF16 or AMX) or would be emulated.
class PrecisionMenu : public QObject {
    Q_OBJECT
public:
    explicit PrecisionMenu(QMenu* menu);

Q_SIGNALS:
    void changed(Precision precision);

private:
    QActionGroup* m_group;
};

} // namespace arm
