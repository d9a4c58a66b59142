#include "app/gui/panels/TrainingPanel.h"

#include "app/AppSettings.h"
#include "app/gui/Workspace.h"
#include "app/gui/panels/PanelSettings.h"
#include "app/gui/panels/TrainingSettingsForm.h"
#include "app/gui/jobs/EngineRunners.h"
#include "engine/model/ModelHandle.h"
#include "engine/runtime/Runtime.h"
#include "widgets/CurvePlot.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>
#include <stdexcept>

namespace arm {

namespace {
QString durationText(double seconds)
{
    const long s = std::lround(std::max(0.0, seconds));
    if (s >= 3600)
        return TrainingPanel::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    if (s >= 60)
        return TrainingPanel::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return TrainingPanel::tr("%1 s").arg(s);
}

struct Loaded {
    std::shared_ptr<ModelHandle> model;
    QString error;
};
} // namespace

TrainingPanel::TrainingPanel(Workspace* workspace, QWidget* parent)
    : QWidget(parent)
    , m_ws(workspace)
    , m_runner(EngineRunners::train())
{
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter = splitter;
    splitter->setChildrenCollapsible(false);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(6, 6, 6, 6);
    outer->addWidget(splitter);

    auto* scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    auto* left = new QWidget(scroll);
    auto* leftLayout = new QVBoxLayout(left);
    m_form = new TrainingSettingsForm(left);
    leftLayout->addWidget(m_form);
    auto* buttons = new QHBoxLayout;
    m_start = new QPushButton(tr("&Start training"), left);
    m_start->setAccessibleName(tr("Start training"));
    m_cancel = new QPushButton(tr("&Cancel"), left);
    m_cancel->setAccessibleName(tr("Cancel training"));
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    leftLayout->addLayout(buttons);
    m_loadBest = new QPushButton(tr("&Load the best checkpoint as the model"), left);
    m_loadBest->setAccessibleName(tr("Load the best checkpoint as the model"));
    m_loadBest->setVisible(false);
    leftLayout->addWidget(m_loadBest);
    leftLayout->addStretch(1);
    scroll->setWidget(left);

    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_progress = new QProgressBar(right);
    m_progress->setAccessibleName(tr("Training progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progressLabel = new QLabel(tr("Not training."), right);
    m_progressLabel->setWordWrap(true);
    m_curves = new CurvePlot(right);
    m_curves->setAccessibleName(tr("Loss and accuracy curves"));
    m_curves->setMinimumHeight(200);
    m_curves->addSeries(tr("train loss (per batch)"), CurvePlot::Axis::Left);
    m_curves->addSeries(tr("test loss"), CurvePlot::Axis::Left, {}, true);
    m_curves->addSeries(tr("train accuracy"), CurvePlot::Axis::Right);
    m_curves->addSeries(tr("test accuracy"), CurvePlot::Axis::Right, {}, true);
    m_curves->setAxisTitles(tr("epoch"), tr("loss"), tr("accuracy"));
    m_curves->setRightAxisRange(0.0, 1.0);
    m_log = new QPlainTextEdit(right);
    m_log->setReadOnly(true);
    m_log->setAccessibleName(tr("Training log"));
    m_log->setMaximumBlockCount(5000);
    m_log->setProperty("armNoTranslate", true);
    rightLayout->addWidget(m_progress);
    rightLayout->addWidget(m_progressLabel);
    rightLayout->addWidget(m_curves, 3);
    rightLayout->addWidget(m_log, 1);
    splitter->addWidget(scroll);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);

    m_form->setParams(PanelSettings::trainParams());
    m_form->setFineTune(PanelSettings::trainFineTune());
    connect(m_start, &QPushButton::clicked, this, &TrainingPanel::start);
    connect(m_cancel, &QPushButton::clicked, this, &TrainingPanel::cancel);
    connect(m_loadBest, &QPushButton::clicked, this, &TrainingPanel::loadBestModel);
    connect(m_ws, &Workspace::modelChanged, this, &TrainingPanel::updateModelInfo);
    connect(m_ws, &Workspace::datasetChanged, this, &TrainingPanel::updateButtons);
    updateModelInfo();
    updateButtons();
}

TrainingPanel::~TrainingPanel()
{
    delete m_job; // cancels and waits for the worker
}

void TrainingPanel::setRunner(TrainRunner runner)
{
    if (isTraining())
        return;
    m_runner = std::move(runner);
    delete m_job;
    m_job = nullptr;
    updateButtons();
}

bool TrainingPanel::isTraining() const
{
    return m_job && m_job->isRunning();
}

const TrainResult& TrainingPanel::lastResult() const
{
    static const TrainResult empty;
    return m_job && m_hasResult ? m_job->result() : empty;
}

QString TrainingPanel::progressText() const
{
    return m_progressLabel->text();
}

void TrainingPanel::updateModelInfo()
{
    const auto model = m_ws->model();
    if (model)
        m_form->setLoadedModel(true, QString::fromStdString(toString(model->config().arch)),
                               model->config().inputSize);
    else
        m_form->setLoadedModel(false);
    // A model from elsewhere (a file, the demo): show how it was trained, unless the panel is training or
    // shows the live run that produced it.
    if (model && !model->path().empty() && !isTraining()) {
        const QString path = QString::fromStdString(model->path());
        const bool ownRun =
            m_hasResult && QFileInfo(path).absolutePath() ==
                               QFileInfo(QString::fromStdString(lastResult().bestCheckpoint)).absolutePath();
        if (!ownRun)
            showHistoryOf(path);
    }
}

bool TrainingPanel::showHistoryOf(const QString& checkpointPath)
{
    const QString metrics = QFileInfo(checkpointPath).dir().filePath(QStringLiteral("metrics.json"));
    if (!QFileInfo::exists(metrics))
        return false;
    std::vector<EpochMetrics> history;
    try {
        history = Trainer::readHistory(metrics.toStdString());
    } catch (const std::exception& e) {
        appendLog(QString::fromStdString(e.what()));
        return false;
    }
    m_curves->clear();
    m_log->clear();
    appendLog(QDir::toNativeSeparators(metrics));
    for (const EpochMetrics& m : history) {
        // Per-epoch means only: the per-batch train loss of a past run is not stored.
        m_curves->addPoint(tr("train loss (per batch)"), m.epoch, m.trainLoss);
        onEpoch(m);
    }
    return !history.empty();
}

void TrainingPanel::updateButtons()
{
    const bool training = isTraining();
    m_start->setEnabled(!training && m_ws->hasDataset() && m_runner);
    m_cancel->setEnabled(training);
    m_form->setEnabled(!training);
    if (!m_runner)
        m_start->setToolTip(tr("Training is not available in this build."));
    else if (!m_ws->hasDataset())
        m_start->setToolTip(tr("Open a dataset to train on."));
    else
        m_start->setToolTip(tr("Train with these settings on the labels in force (relabels included)"));
}

TrainParams TrainingPanel::currentParams() const
{
    TrainParams p = m_form->params();
    const DatasetIndex& data = m_ws->dataset();
    p.model.numClasses = data.numClasses();
    p.model.classNames = data.classNames;
    if (m_form->fineTune()) {
        const auto model = m_ws->model();
        if (model) {
            const ModelConfig& c = model->config();
            if (c.numClasses != data.numClasses())
                throw std::invalid_argument(tr("The loaded model has %1 classes but the dataset has %2: it "
                                               "cannot be fine-tuned on it.")
                                                .arg(c.numClasses)
                                                .arg(data.numClasses())
                                                .toStdString());
            const GenericMode generic = p.model.generic;
            p.model = c;
            p.model.generic = generic;
            p.model.classNames = data.classNames;
            p.initWeights = model->path();
        }
    }
    p.device = Runtime::resolveDevice(p.device);
    p.precision = AppSettings::precision(); // Settings ▸ Arithmetic Precision, shared with evaluation
    if (p.outDir.empty()) {
        const QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
        p.outDir = QDir(base)
                       .filePath(QStringLiteral("runs/") +
                                 QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")))
                       .toStdString();
    }
    return p;
}

std::shared_ptr<DatasetIndex> TrainingPanel::trainingData() const
{
    auto copy = std::make_shared<DatasetIndex>(m_ws->dataset());
    for (std::size_t i = 0; i < copy->samples.size(); ++i)
        copy->samples[i].label = m_ws->labelOf(int(i));
    return copy;
}

void TrainingPanel::start()
{
    if (isTraining() || !m_ws->hasDataset() || !m_runner)
        return;
    TrainParams params;
    try {
        params = currentParams();
    } catch (const std::exception& e) {
        appendLog(tr("Cannot start: %1").arg(QString::fromLocal8Bit(e.what())));
        m_progressLabel->setText(tr("Cannot start: %1").arg(QString::fromLocal8Bit(e.what())));
        return;
    }
    PanelSettings::setTrainParams(m_form->params());
    PanelSettings::setTrainFineTune(m_form->fineTune());
    if (!m_job) {
        m_job = new TrainJob(m_runner, this);
        connect(m_job, &TrainJob::batchProgress, this, &TrainingPanel::onBatch);
        connect(m_job, &TrainJob::epochFinished, this, &TrainingPanel::onEpoch);
        connect(m_job, &TrainJob::logLine, this, &TrainingPanel::appendLog);
        connect(m_job, &Job::failed, this,
                [this](const QString& message) { appendLog(tr("Training failed: %1").arg(message)); });
        connect(m_job, &Job::finished, this, &TrainingPanel::onFinished);
    }
    m_curves->clear();
    m_hasResult = false;
    m_loadBest->setVisible(false);
    m_progress->setRange(0, 0); // busy until the first batch reports
    m_progressLabel->setText(tr("Starting…"));
    appendLog(tr("Training %1 for %2 epochs on %3 (%4, batch %5, lr %6, sampler %7), writing to %8")
                  .arg(QString::fromStdString(toString(params.model.arch)))
                  .arg(params.epochs)
                  .arg(QString::fromStdString(params.device))
                  .arg(QString::fromStdString(params.optimizer))
                  .arg(params.batchSize)
                  .arg(params.lr)
                  .arg(QString::fromStdString(params.sampler))
                  .arg(QString::fromStdString(params.outDir)));
    appendLog(tr("Arithmetic: %1").arg(QString::fromStdString(describePrecision(params.precision, params.device))));
    if (!params.initWeights.empty())
        appendLog(tr("Fine-tuning from %1").arg(QString::fromStdString(params.initWeights)));
    m_job->start(trainingData(), std::move(params));
    updateButtons();
    Q_EMIT trainingStarted();
}

void TrainingPanel::cancel()
{
    if (!isTraining())
        return;
    m_job->cancel();
    m_progressLabel->setText(tr("Cancelling after the current batch…"));
}

void TrainingPanel::onBatch(const TrainProgress& p)
{
    const int total = std::max(1, p.epochs * p.batches);
    const int done = (p.epoch - 1) * p.batches + p.batch;
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progressLabel->setText(tr("Epoch %1/%2 · batch %3/%4 · loss %5 · accuracy %6% · %7 images/s · ETA %8")
                                 .arg(p.epoch)
                                 .arg(p.epochs)
                                 .arg(p.batch)
                                 .arg(p.batches)
                                 .arg(p.loss, 0, 'f', 4)
                                 .arg(p.accuracy * 100.0, 0, 'f', 1)
                                 .arg(p.imagesPerSecond, 0, 'f', 0)
                                 .arg(durationText(p.etaSeconds)));
    if (p.batches > 0)
        m_curves->addPoint(tr("train loss (per batch)"), (p.epoch - 1) + double(p.batch) / p.batches, p.loss);
}

void TrainingPanel::onEpoch(const EpochMetrics& m)
{
    m_curves->addPoint(tr("test loss"), m.epoch, m.testLoss);
    m_curves->addPoint(tr("train accuracy"), m.epoch, m.trainAccuracy);
    m_curves->addPoint(tr("test accuracy"), m.epoch, m.testAccuracy);
    appendLog(tr("Epoch %1: train loss %2, train accuracy %3%, test loss %4, test accuracy %5% (mean class "
                 "%6%), %7 s")
                  .arg(m.epoch)
                  .arg(m.trainLoss, 0, 'f', 4)
                  .arg(m.trainAccuracy * 100.0, 0, 'f', 2)
                  .arg(m.testLoss, 0, 'f', 4)
                  .arg(m.testAccuracy * 100.0, 0, 'f', 2)
                  .arg(m.testMeanClassAccuracy * 100.0, 0, 'f', 2)
                  .arg(m.seconds, 0, 'f', 1));
}

void TrainingPanel::onFinished()
{
    m_hasResult = true;
    const TrainResult& r = m_job->result();
    const bool completed = !r.cancelled && !m_job->isCancelRequested() && !r.epochs.empty();
    if (m_progress->maximum() == 0)
        m_progress->setRange(0, 1);
    if (r.cancelled || m_job->isCancelRequested())
        m_progressLabel->setText(tr("Cancelled after %1 epochs.").arg(r.epochs.size()));
    else if (completed)
        m_progressLabel->setText(
            tr("Done: best test accuracy %1%.").arg(r.bestTestAccuracy * 100.0, 0, 'f', 2));
    else
        m_progressLabel->setText(tr("Training stopped."));
    for (const Problem& problem : r.problems)
        appendLog(tr("Problem: %1: %2")
                      .arg(QString::fromStdString(problem.where), QString::fromStdString(problem.reason)));
    if (!r.bestCheckpoint.empty()) {
        appendLog(tr("Best checkpoint: %1").arg(QString::fromStdString(r.bestCheckpoint)));
        m_loadBest->setVisible(true);
    }
    updateButtons();
    Q_EMIT trainingFinished(completed);
}

void TrainingPanel::loadBestModel()
{
    const TrainResult& r = lastResult();
    if (r.bestCheckpoint.empty())
        return;
    const std::string path = r.bestCheckpoint;
    const std::string device = m_job ? m_job->params().device : std::string("cpu");
    m_loadBest->setEnabled(false);
    appendLog(tr("Loading %1…").arg(QString::fromStdString(path)));
    auto* watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher]() {
        const Loaded loaded = watcher->result();
        watcher->deleteLater();
        m_loadBest->setEnabled(true);
        if (!loaded.model) {
            appendLog(tr("Could not load the checkpoint: %1").arg(loaded.error));
            return;
        }
        m_ws->setModel(loaded.model);
        m_loadBest->setVisible(false);
        appendLog(tr("The trained model is now the workspace's model."));
    });
    watcher->setFuture(QtConcurrent::run([path, device]() {
        Loaded out;
        try {
            out.model = ModelHandle::open(path, device);
        } catch (const std::exception& e) {
            out.error = QString::fromLocal8Bit(e.what());
        }
        return out;
    }));
}

void TrainingPanel::appendLog(const QString& line)
{
    m_log->appendPlainText(line);
}

void TrainingPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    const Qt::Orientation wanted = width() < 900 ? Qt::Vertical : Qt::Horizontal;
    if (m_splitter && m_splitter->orientation() != wanted)
        m_splitter->setOrientation(wanted);
}

} // namespace arm
