#include "app/gui/MainStatusBar.h"

#include "app/AppSettings.h"
#include "app/gui/Workspace.h"
#include "engine/core/CpuFeatures.h"
#include "engine/model/ModelHandle.h"
#include "engine/runtime/Runtime.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QStatusBar>

#include <algorithm>

namespace arm {

MainStatusBar::MainStatusBar(QStatusBar* bar, Workspace* workspace)
    : QObject(bar), m_bar(bar), m_ws(workspace), m_progress(new QProgressBar(bar)), m_datasetLabel(new QLabel(bar)),
      m_modelLabel(new QLabel(bar)), m_deviceLabel(new QLabel(bar))
{
    m_datasetLabel->setObjectName(QStringLiteral("statusDataset"));
    m_modelLabel->setObjectName(QStringLiteral("statusModel"));
    m_deviceLabel->setObjectName(QStringLiteral("statusDevice"));
    m_progress->setObjectName(QStringLiteral("statusProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->setVisible(false);
    m_bar->addPermanentWidget(m_progress);
    m_bar->addPermanentWidget(m_datasetLabel);
    m_bar->addPermanentWidget(m_modelLabel);
    m_bar->addPermanentWidget(m_deviceLabel);
}

void MainStatusBar::showProgress(int done, int total, const QString& text)
{
    if (total < 0) {
        hideProgress();
        return;
    }
    m_progress->setRange(0, std::max(0, total)); // 0..0: busy indicator until the total is known
    m_progress->setValue(done);
    m_progress->setVisible(true);
    if (!text.isEmpty())
        m_bar->showMessage(text);
}

void MainStatusBar::hideProgress()
{
    m_progress->setVisible(false);
}

void MainStatusBar::update(const QString& datasetPath)
{
    const auto model = m_ws->model();
    const QString device = model ? QString::fromStdString(model->device()) : QStringLiteral("cpu");
    m_deviceLabel->setText(tr("Device: %1 · %n thread(s)", nullptr, Runtime::threads()).arg(device.toUpper()));
    // What evaluations and training runs compute in (Settings ▸ Arithmetic Precision), resolved for this
    // device, with the CPU's bf16 path when it is used: "auto" alone would not say which it is. Which
    // path this CPU has decides what auto does (docs/PERFORMANCE.md).
    const std::string bf16 = CpuFeatures::host().bf16Support();
    const Precision resolved = resolvePrecision(AppSettings::precision(), device.toStdString());
    const QString arithmetic = resolved == Precision::Bf16 && !device.startsWith(QLatin1String("cuda"))
                                   ? bf16 == "none" ? tr("bf16 (emulated)") : tr("bf16 (%1)").arg(QString::fromStdString(bf16))
                                   : QString::fromStdString(toString(resolved));
    m_deviceLabel->setText(m_deviceLabel->text() + QStringLiteral(" · ") + arithmetic);
    m_deviceLabel->setToolTip(tr("CPU: %1\nNative bf16: %2\nEvaluations and training compute in %3 (Settings ▸ "
                                 "Arithmetic Precision); image analyses in fp32")
                                  .arg(QString::fromStdString(CpuFeatures::host().model),
                                       bf16 == "none" ? tr("none (bf16 would be emulated, slower than fp32)")
                                                      : QString::fromStdString(bf16),
                                       arithmetic));
    if (m_ws->hasDataset()) {
        QStringList parts;
        // In the interface language: "600 test" read as English in the German and Chinese status bars.
        for (const auto& [split, n] : m_ws->dataset().splitCounts())
            parts << (split == "train"        ? tr("%n train", nullptr, n)
                      : split == "test"       ? tr("%n test", nullptr, n)
                      : split == "validation" ? tr("%n validation", nullptr, n)
                                              : QStringLiteral("%1 %2").arg(n).arg(QString::fromStdString(split)));
        // In no split's count: not training or test data. The dataset's own count (the gallery's says how
        // many are still to label in the project).
        if (m_ws->unlabelledCount() > 0)
            parts << tr("%n listed without a label", nullptr, m_ws->unlabelledCount());
        m_datasetLabel->setText(
            tr("Dataset: %1 (%2)").arg(QFileInfo(datasetPath).fileName(), parts.join(QStringLiteral(", "))));
    } else {
        m_datasetLabel->setText(tr("No dataset"));
    }
    if (model) {
        // Faces still to label are predicted too (the relabel view offers the prediction), apart from the records.
        int predicted = static_cast<int>(m_ws->records().size());
        for (int i = m_ws->sampleCount(); i < m_ws->itemCount(); ++i)
            predicted += m_ws->recordFor(i) ? 1 : 0;
        m_modelLabel->setText(tr("Model: %1 (%2 evaluated)")
                                  .arg(QFileInfo(QString::fromStdString(model->path())).fileName())
                                  .arg(predicted));
        m_modelLabel->setToolTip(QString::fromStdString(model->formatDescription()));
    } else {
        m_modelLabel->setText(tr("No model"));
        m_modelLabel->setToolTip(QString());
    }
}

} // namespace arm
