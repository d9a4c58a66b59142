#include "app/gui/panels/TrainingSettingsForm.h"

#include "engine/runtime/Runtime.h"
#include "engine/train/TrainDefaults.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QToolButton>

#include <cmath>
#include <stdexcept>

namespace arm {

namespace {
void selectData(QComboBox* combo, const QString& value)
{
    const int i = combo->findData(value);
    if (i >= 0)
        combo->setCurrentIndex(i);
}
} // namespace

TrainingSettingsForm::TrainingSettingsForm(QWidget* parent) : QWidget(parent)
{
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    // A field goes under its label when the two do not fit side by side (German in a 420 px dock).
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    m_fineTune = new QCheckBox(tr("Fine-tune the loaded model"), this);
    m_fineTune->setAccessibleName(tr("Fine-tune the loaded model"));
    m_fineTune->setToolTip(tr("Start from the weights of the model open in the workspace instead of a fresh network"));
    form->addRow(m_fineTune);

    m_epochs = new QSpinBox(this);
    m_epochs->setRange(1, 10000);
    m_epochs->setAccessibleName(tr("Epochs"));
    form->addRow(tr("&Epochs:"), m_epochs);

    m_lr = new QDoubleSpinBox(this);
    m_lr->setDecimals(6);
    m_lr->setRange(1e-6, 10.0);
    m_lr->setSingleStep(1e-4);
    m_lr->setAccessibleName(tr("Learning rate"));
    form->addRow(tr("&Learning rate:"), m_lr);

    m_batch = new QSpinBox(this);
    m_batch->setRange(1, 4096);
    m_batch->setAccessibleName(tr("Batch size"));
    form->addRow(tr("&Batch size:"), m_batch);

    m_optimizer = new QComboBox(this);
    m_optimizer->addItem(tr("Adam"), QStringLiteral("adam"));
    m_optimizer->addItem(tr("SGD with momentum"), QStringLiteral("sgd"));
    m_optimizer->setAccessibleName(tr("Optimiser"));
    form->addRow(tr("&Optimiser:"), m_optimizer);

    m_sampler = new QComboBox(this);
    m_sampler->addItem(tr("Shuffle"), QStringLiteral("shuffle"));
    m_sampler->addItem(tr("Class-weighted"), QStringLiteral("weighted"));
    m_sampler->addItem(tr("MRR (minority re-sampling)"), QStringLiteral("mrr"));
    m_sampler->setAccessibleName(tr("Sampler"));
    form->addRow(tr("&Sampler:"), m_sampler);

    m_freeze = new QCheckBox(tr("Freeze the backbone (train ARM and classifier only)"), this);
    m_freeze->setAccessibleName(tr("Freeze the backbone"));
    form->addRow(m_freeze);

    m_generic = new QComboBox(this);
    m_generic->addItem(tr("Batch mean (authors' code)"), QStringLiteral("batch"));
    m_generic->addItem(tr("Running mean (batch-independent)"), QStringLiteral("running"));
    m_generic->addItem(tr("None (ablation)"), QStringLiteral("none"));
    m_generic->setAccessibleName(tr("Generic mode"));
    m_generic->setToolTip(tr("How F_generic, the term shared over the batch, is obtained"));
    form->addRow(tr("&Generic feature:"), m_generic);

    m_arch = new QComboBox(this);
    for (const std::string& name : archNames())
        m_arch->addItem(QString::fromStdString(name), QString::fromStdString(name));
    m_arch->setAccessibleName(tr("Architecture"));
    m_arch->setProperty("armNoTranslate", true); // architecture identifiers
    form->addRow(tr("&Architecture:"), m_arch);

    m_inputSize = new QSpinBox(this);
    m_inputSize->setRange(32, 1024);
    m_inputSize->setSingleStep(16);
    m_inputSize->setSuffix(tr(" px"));
    m_inputSize->setAccessibleName(tr("Input size"));
    form->addRow(tr("&Input size:"), m_inputSize);

    m_device = new QComboBox(this);
    m_device->addItem(tr("Automatic"), QStringLiteral("auto"));
    m_device->addItem(tr("CPU"), QStringLiteral("cpu"));
    for (int i = 0; i < Runtime::cudaDeviceCount(); ++i)
        m_device->addItem(tr("CUDA device %1").arg(i), QStringLiteral("cuda:%1").arg(i));
    m_device->setAccessibleName(tr("Device"));
    form->addRow(tr("&Device:"), m_device);

    auto* outRow = new QHBoxLayout;
    m_outDir = new QLineEdit(this);
    m_outDir->setPlaceholderText(tr("folder for last.ckpt, best.ckpt and metrics.json"));
    m_outDir->setAccessibleName(tr("Output folder"));
    auto* browse = new QToolButton(this);
    browse->setText(tr("…"));
    browse->setAccessibleName(tr("Choose the output folder"));
    browse->setToolTip(tr("Choose the output folder"));
    outRow->addWidget(m_outDir, 1);
    outRow->addWidget(browse);
    // addRow(text, layout) leaves the label without a buddy, which would print the '&' literally.
    auto* outLabel = new QLabel(tr("O&utput folder:"), this);
    outLabel->setBuddy(m_outDir);
    form->addRow(outLabel, outRow);

    setParams(TrainParams{});
    connect(browse, &QToolButton::clicked, this, [this]() {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Output folder"), m_outDir->text());
        if (!dir.isEmpty())
            m_outDir->setText(dir);
    });
    connect(m_fineTune, &QCheckBox::toggled, this, &TrainingSettingsForm::updateEnabled);
    // Before the `changed` connections, so listeners see the new optimiser with its learning rate.
    connect(m_optimizer, &QComboBox::currentIndexChanged, this,
            &TrainingSettingsForm::followDefaultLearningRate);
    for (QSpinBox* s : {m_epochs, m_batch, m_inputSize})
        connect(s, &QSpinBox::valueChanged, this, &TrainingSettingsForm::changed);
    connect(m_lr, &QDoubleSpinBox::valueChanged, this, &TrainingSettingsForm::changed);
    for (QComboBox* c : {m_optimizer, m_sampler, m_generic, m_arch, m_device})
        connect(c, &QComboBox::currentIndexChanged, this, &TrainingSettingsForm::changed);
    for (QCheckBox* c : {m_freeze, m_fineTune})
        connect(c, &QCheckBox::toggled, this, &TrainingSettingsForm::changed);
    connect(m_outDir, &QLineEdit::textChanged, this, &TrainingSettingsForm::changed);
    updateEnabled();
}

TrainParams TrainingSettingsForm::params() const
{
    TrainParams p;
    p.epochs = m_epochs->value();
    p.lr = m_lr->value();
    p.batchSize = m_batch->value();
    p.optimizer = m_optimizer->currentData().toString().toStdString();
    p.sampler = m_sampler->currentData().toString().toStdString();
    p.freezeBackbone = m_freeze->isChecked();
    p.model.generic = genericModeFromString(m_generic->currentData().toString().toStdString());
    p.model.arch = archFromString(m_arch->currentData().toString().toStdString());
    p.model.inputSize = m_inputSize->value();
    p.device = m_device->currentData().toString().toStdString();
    p.outDir = m_outDir->text().trimmed().toStdString();
    return p;
}

void TrainingSettingsForm::setParams(const TrainParams& p)
{
    m_epochs->setValue(p.epochs);
    m_batch->setValue(p.batchSize);
    selectData(m_optimizer, QString::fromStdString(p.optimizer));
    // Given settings are kept as they are: after followDefaultLearningRate, set the lr they carry.
    m_lr->setValue(p.lr);
    m_lrOptimizer = m_optimizer->currentData().toString();
    selectData(m_sampler, QString::fromStdString(p.sampler));
    m_freeze->setChecked(p.freezeBackbone);
    selectData(m_generic, QString::fromStdString(toString(p.model.generic)));
    selectData(m_arch, QString::fromStdString(toString(p.model.arch)));
    m_inputSize->setValue(p.model.inputSize);
    if (m_device->findData(QString::fromStdString(p.device)) < 0 && !p.device.empty())
        m_device->addItem(QString::fromStdString(p.device), QString::fromStdString(p.device));
    selectData(m_device, QString::fromStdString(p.device));
    m_outDir->setText(QString::fromStdString(p.outDir));
}

bool TrainingSettingsForm::fineTune() const
{
    return m_modelLoaded && m_fineTune->isChecked();
}

void TrainingSettingsForm::setFineTune(bool on)
{
    m_fineTune->setChecked(on);
}

void TrainingSettingsForm::setLoadedModel(bool loaded, const QString& arch, int inputSize)
{
    m_modelLoaded = loaded;
    if (loaded) {
        selectData(m_arch, arch);
        m_inputSize->setValue(inputSize);
    }
    updateEnabled();
}

void TrainingSettingsForm::followDefaultLearningRate()
{
    const QString now = m_optimizer->currentData().toString();
    if (now == m_lrOptimizer)
        return;
    // The learning rate follows the optimiser's default (engine/train/TrainDefaults) unless the user
    // changed it from the previous optimiser's default: a typed value is theirs to keep.
    try {
        const double previousDefault = TrainDefaults::learningRate(m_lrOptimizer.toStdString());
        const double tolerance = 0.5 * std::pow(10.0, -m_lr->decimals());
        if (std::abs(m_lr->value() - previousDefault) <= tolerance)
            m_lr->setValue(TrainDefaults::learningRate(now.toStdString()));
    } catch (const std::invalid_argument&) {
        // Not an optimiser the engine knows (cannot come from this combo box): leave the lr alone.
    }
    m_lrOptimizer = now;
}

void TrainingSettingsForm::updateEnabled()
{
    m_fineTune->setEnabled(m_modelLoaded);
    m_fineTune->setText(m_modelLoaded ? tr("Fine-tune the loaded model") : tr("Fine-tune the loaded model (no model is loaded)"));
    const bool fixed = fineTune();
    m_arch->setEnabled(!fixed);
    m_inputSize->setEnabled(!fixed);
}

} // namespace arm
