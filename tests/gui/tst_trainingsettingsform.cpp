// The learning-rate default depends on the optimiser (engine/train/TrainDefaults). It used to live only in
// arm-cli, so switching the GUI's form to SGD kept Adam's 1e-3.
#include "app/gui/panels/TrainingSettingsForm.h"
#include "engine/train/TrainDefaults.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QtTest>

class TstTrainingSettingsForm : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void learningRateFollowsTheOptimiserDefault()
    {
        arm::TrainingSettingsForm form;
        QCOMPARE(form.lrSpin()->value(), arm::TrainDefaults::learningRate("adam"));
        form.optimizerCombo()->setCurrentIndex(form.optimizerCombo()->findData(QStringLiteral("sgd")));
        QCOMPARE(form.lrSpin()->value(), arm::TrainDefaults::learningRate("sgd"));
        QCOMPARE(form.params().lr, 0.01);
        form.optimizerCombo()->setCurrentIndex(form.optimizerCombo()->findData(QStringLiteral("adam")));
        QCOMPARE(form.params().lr, 0.001);
    }
    void aTypedLearningRateIsKept()
    {
        arm::TrainingSettingsForm form;
        form.lrSpin()->setValue(0.0005);
        form.optimizerCombo()->setCurrentIndex(form.optimizerCombo()->findData(QStringLiteral("sgd")));
        QCOMPARE(form.params().lr, 0.0005);
    }
    void givenSettingsAreShownAsGiven()
    {
        arm::TrainParams p;
        p.optimizer = "sgd";
        p.lr = 0.003;
        arm::TrainingSettingsForm form;
        form.setParams(p);
        QCOMPARE(form.params().optimizer, std::string("sgd"));
        QCOMPARE(form.params().lr, 0.003);
        // From there, a switch keeps the lr the settings carried (it is not the SGD default).
        form.optimizerCombo()->setCurrentIndex(form.optimizerCombo()->findData(QStringLiteral("adam")));
        QCOMPARE(form.params().lr, 0.003);
    }
    void engineDefaultsAndErrors()
    {
        QCOMPARE(arm::TrainDefaults::learningRate("adam"), arm::TrainParams{}.lr);
        QVERIFY(arm::TrainDefaults::learningRate("sgd") > arm::TrainDefaults::learningRate("adam"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, arm::TrainDefaults::learningRate("rmsprop"));
    }
};

QTEST_MAIN(TstTrainingSettingsForm)
#include "tst_trainingsettingsform.moc"
