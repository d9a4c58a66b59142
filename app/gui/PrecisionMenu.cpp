#include "app/gui/PrecisionMenu.h"

#include "app/AppSettings.h"
#include "engine/core/CpuFeatures.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>

namespace arm {

PrecisionMenu::PrecisionMenu(QMenu* menu)
    : QObject(menu)
    , m_group(new QActionGroup(this))
{
    QMenu* sub = menu->addMenu(tr("Arithmetic &Precision"));
    sub->setObjectName(QStringLiteral("precisionMenu"));
    sub->setToolTipsVisible(true);
    const std::string native = CpuFeatures::host().bf16Support();
    const QString autoText = native == "none"
                                 ? tr("&Automatic (fp32: this CPU has no native bf16)")
                                 : tr("&Automatic (bf16: %1)").arg(QString::fromStdString(native));
    const struct {
        Precision precision;
        QString text;
        QString tip;
        const char* name;
    } choices[] = {
        {Precision::Auto, autoText, tr("bf16 where the CPU computes it natively, fp32 elsewhere and on CUDA"),
         "precisionAuto"},
        {Precision::Fp32, tr("&fp32 (reference)"),
         tr("32-bit floats everywhere: the numbers the reference tests check"), "precisionFp32"},
        {Precision::Bf16, tr("&bf16 (faster where the CPU has it natively)"),
         tr("bfloat16 convolutions and matrix products; on a CPU without native bf16 it is emulated and slower"),
         "precisionBf16"},
    };
    const Precision current = AppSettings::precision();
    for (const auto& c : choices) {
        QAction* a = sub->addAction(c.text);
        a->setObjectName(QString::fromLatin1(c.name));
        a->setToolTip(c.tip);
        a->setCheckable(true);
        a->setChecked(c.precision == current);
        a->setData(static_cast<int>(c.precision));
        m_group->addAction(a);
    }
    sub->addSeparator();
    QAction* note = sub->addAction(tr("Applies to evaluations and training; image analyses stay fp32"));
    note->setEnabled(false);
    connect(m_group, &QActionGroup::triggered, this, [this](QAction* a) {
        const auto p = static_cast<Precision>(a->data().toInt());
        AppSettings::setPrecision(p);
        Q_EMIT changed(p);
    });
}

} // namespace arm
