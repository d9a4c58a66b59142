#pragma once

#include "engine/train/Trainer.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace arm {

// The training settings as a form, mapped one to one onto TrainParams. Device is kept as the user's
// spec ("auto", "cpu", "cuda:N"); the panel resolves it when training starts. "Fine-tune the loaded
// model" fixes architecture and input size to the model's (they come from its checkpoint).
class TrainingSettingsForm : public QWidget {
    Q_OBJECT
public:
    explicit TrainingSettingsForm(QWidget* parent = nullptr);

    // Fields of the form only: epochs, lr, batchSize, optimizer, sampler, freezeBackbone, model.generic,
    // model.arch, model.inputSize, device (spec), outDir. Everything else keeps TrainParams defaults.
    TrainParams params() const;
    void setParams(const TrainParams& params);

    bool fineTune() const;
    void setFineTune(bool on);
    // Whether a model is loaded to fine-tune, and its architecture and input size (shown, not editable).
    void setLoadedModel(bool loaded, const QString& arch = {}, int inputSize = 0);

    QSpinBox* epochsSpin() const { return m_epochs; }
    QDoubleSpinBox* lrSpin() const { return m_lr; }
    QSpinBox* batchSpin() const { return m_batch; }
    QComboBox* optimizerCombo() const { return m_optimizer; }
    QComboBox* samplerCombo() const { return m_sampler; }
    QCheckBox* freezeCheck() const { return m_freeze; }
    QComboBox* genericCombo() const { return m_generic; }
    QComboBox* archCombo() const { return m_arch; }
    QSpinBox* inputSizeSpin() const { return m_inputSize; }
    QComboBox* deviceCombo() const { return m_device; }
    QLineEdit* outDirEdit() const { return m_outDir; }
    QCheckBox* fineTuneCheck() const { return m_fineTune; }

Q_SIGNALS:
    void changed();

private:
    void updateEnabled();
    void followDefaultLearningRate();

    QCheckBox* m_fineTune = nullptr;
    QSpinBox* m_epochs = nullptr;
    QDoubleSpinBox* m_lr = nullptr;
    QSpinBox* m_batch = nullptr;
    QComboBox* m_optimizer = nullptr;
    QComboBox* m_sampler = nullptr;
    QCheckBox* m_freeze = nullptr;
    QComboBox* m_generic = nullptr;
    QComboBox* m_arch = nullptr;
    QSpinBox* m_inputSize = nullptr;
    QComboBox* m_device = nullptr;
    QLineEdit* m_outDir = nullptr;
    bool m_modelLoaded = false;
    QString m_lrOptimizer; // the optimiser whose default the lr was last compared with
};

} // namespace arm
