#include "app/gui/FaceImportDialog.h"

#include "app/AppSettings.h"
#include "app/jobs/FaceImportJob.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace arm {

FaceImportDialog::FaceImportDialog(QWidget* parent) : QDialog(parent), m_job(new FaceImportJob(this))
{
    setWindowTitle(tr("Import Faces as Dataset"));
    setObjectName(QStringLiteral("faceImportDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Every face found in the photos and videos is aligned like RAF-DB and written into "
                                "a new dataset, marked as not labelled yet (label 0), which then opens."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* sourcesLabel = new QLabel(tr("&Photos, videos and folders:"), this);
    m_sources = new QListWidget(this);
    m_sources->setObjectName(QStringLiteral("faceImportSources"));
    m_sources->setSelectionMode(QAbstractItemView::ExtendedSelection);
    sourcesLabel->setBuddy(m_sources);
    layout->addWidget(sourcesLabel);
    layout->addWidget(m_sources, 1);
    auto* sourceButtons = new QHBoxLayout;
    auto* addFiles = new QPushButton(tr("Add &Files..."), this);
    auto* addFolder = new QPushButton(tr("Add F&older..."), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    sourceButtons->addWidget(addFiles);
    sourceButtons->addWidget(addFolder);
    sourceButtons->addWidget(m_remove);
    sourceButtons->addStretch(1);
    layout->addLayout(sourceButtons);
    connect(addFiles, &QPushButton::clicked, this, &FaceImportDialog::chooseFiles);
    connect(addFolder, &QPushButton::clicked, this, &FaceImportDialog::chooseFolder);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        qDeleteAll(m_sources->selectedItems());
        updateButtons();
    });
    connect(m_sources, &QListWidget::itemSelectionChanged, this, &FaceImportDialog::updateButtons);

    auto* outputRow = new QHBoxLayout;
    m_output = new QLineEdit(this);
    m_output->setObjectName(QStringLiteral("faceImportOutput"));
    m_output->setPlaceholderText(tr("a new, empty folder"));
    auto* chooseOut = new QPushButton(tr("C&hoose..."), this);
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(chooseOut);
    auto* form = new QFormLayout;
    form->addRow(tr("&Output folder:"), outputRow);
    layout->addLayout(form);
    connect(chooseOut, &QPushButton::clicked, this, &FaceImportDialog::chooseOutput);
    connect(m_output, &QLineEdit::textChanged, this, &FaceImportDialog::updateButtons);

    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("faceImportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    auto* buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(m_import, &QPushButton::clicked, this, &FaceImportDialog::startImport);
    connect(m_cancel, &QPushButton::clicked, this, &FaceImportDialog::reject);

    connect(m_job, &Job::progress, this, [this](int done, int total, const QString& text) {
        m_progress->setRange(0, std::max(0, total)); // 0..0: busy indicator while the landmark model loads
        m_progress->setValue(std::min(done, std::max(0, total)));
        m_status->setText(text);
    });
    connect(m_job, &Job::succeeded, this, &FaceImportDialog::onSucceeded);
    connect(m_job, &Job::failed, this, [this](const QString& message) {
        m_status->setText(tr("Cannot import faces: %1").arg(message));
    });
    connect(m_job, &Job::finished, this, [this] {
        m_progress->setVisible(false);
        updateButtons();
    });
    resize(560, 420);
    updateButtons();
}

FaceImportDialog::~FaceImportDialog() = default; // the job (a child) cancels and waits for its worker

void FaceImportDialog::addSources(const QStringList& paths)
{
    for (const QString& p : paths)
        if (m_sources->findItems(QDir::toNativeSeparators(p), Qt::MatchExactly).isEmpty())
            m_sources->addItem(QDir::toNativeSeparators(p));
    updateButtons();
}

QStringList FaceImportDialog::sources() const
{
    QStringList out;
    for (int i = 0; i < m_sources->count(); ++i)
        out << QDir::fromNativeSeparators(m_sources->item(i)->text());
    return out;
}

void FaceImportDialog::setOutputFolder(const QString& path)
{
    m_output->setText(QDir::toNativeSeparators(path));
}

QString FaceImportDialog::outputFolder() const
{
    return QDir::fromNativeSeparators(m_output->text().trimmed());
}

bool FaceImportDialog::isRunning() const
{
    return m_job->isRunning();
}

QString FaceImportDialog::statusText() const
{
    return m_status->text();
}

void FaceImportDialog::updateButtons()
{
    const bool running = m_job->isRunning();
    m_import->setEnabled(!running && m_sources->count() > 0 && !outputFolder().isEmpty());
    m_remove->setEnabled(!running && !m_sources->selectedItems().isEmpty());
    m_sources->setEnabled(!running);
    m_output->setEnabled(!running);
}

bool FaceImportDialog::startImport()
{
    if (m_job->isRunning())
        return false;
    if (m_sources->count() == 0 || outputFolder().isEmpty()) {
        m_status->setText(tr("Add photos, videos or folders and choose an output folder."));
        return false;
    }
    FaceImportParams params;
    params.paths = sources();
    params.outDir = outputFolder();
    // The defaults of `arm-cli faces`, except videos at 5 frames/s: successive frames of a video are
    // near-duplicates, and an annotator labels each kept face.
    params.options.sampling.fps = 5.0;
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_status->setText(tr("Starting…"));
    m_job->start(params);
    updateButtons();
    return true;
}

void FaceImportDialog::onSucceeded()
{
    const FaceImportOutcome& r = m_job->result();
    QString text;
    if (r.cancelled)
        text = tr("Stopped. %n face(s) found until then were written to %1; it is not opened.", nullptr, r.written)
                   .arg(QDir::toNativeSeparators(r.outDir));
    else if (r.written == 0)
        text = tr("No face found in %1; nothing to open.").arg(sources().join(QStringLiteral(", ")));
    if (!r.problems.isEmpty()) {
        const QStringList shown = r.problems.mid(0, 10);
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + shown.join(QLatin1Char('\n'));
        if (r.problems.size() > shown.size())
            text += QLatin1Char('\n') + tr("and %n more problem(s)", nullptr, int(r.problems.size() - shown.size()));
    }
    m_status->setText(text);
    if (r.cancelled || r.written == 0)
        return;
    AppSettings::setLastDirectory(QStringLiteral("faces"), QFileInfo(r.outDir).absolutePath());
    Q_EMIT imported(r.outDir);
    accept();
}

void FaceImportDialog::reject()
{
    if (m_job->isRunning()) {
        m_job->cancel(); // the dialog stays until the job has written what it found
        m_status->setText(tr("Stopping…"));
        return;
    }
    QDialog::reject();
}

QString FaceImportDialog::mediaFilter()
{
    return tr("Photos and videos (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp *.pgm *.ppm *.pnm *.mp4 *.avi *.mov "
              "*.mkv *.webm *.m4v *.mpg *.mpeg *.wmv);;All files (*)");
}

void FaceImportDialog::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Add Photos or Videos"), AppSettings::lastDirectory(QStringLiteral("faces")), mediaFilter());
    if (!files.isEmpty())
        AppSettings::setLastDirectory(QStringLiteral("faces"), QFileInfo(files.front()).absolutePath());
    addSources(files);
}

void FaceImportDialog::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Add Folder"),
                                                          AppSettings::lastDirectory(QStringLiteral("faces")));
    if (!dir.isEmpty())
        addSources({dir});
}

void FaceImportDialog::chooseOutput()
{
    const QString dir = QFileDialog::getSaveFileName(this, tr("New Dataset Folder"),
                                                     AppSettings::lastDirectory(QStringLiteral("dataset")));
    if (!dir.isEmpty())
        setOutputFolder(dir);
}

} // namespace arm
