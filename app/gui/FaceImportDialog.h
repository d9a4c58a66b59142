#pragma once

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace arm {

class FaceImportJob;

// File > Import Faces as Dataset: the photos, videos and folders to read and a new output folder;
// Import runs a FaceImportJob with progress, time left and Cancel. When faces were written,
// imported(folder) is emitted and the dialog closes (the window then opens the dataset and its
// project). Problems (no face, unreadable file) are listed by file; a failure keeps the dialog open
// with the reason.
class FaceImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit FaceImportDialog(QWidget* parent = nullptr);
    ~FaceImportDialog() override;

    void addSources(const QStringList& paths);
    QStringList sources() const;
    void setOutputFolder(const QString& path);
    QString outputFolder() const;
    // Starts the import (what the Import button does); false, with the reason shown, when it cannot.
    bool startImport();
    bool isRunning() const;
    // The file dialog filter for photos and videos (the extensions FaceScanner and VideoReader take).
    static QString mediaFilter();

    QPushButton* importButton() const { return m_import; }
    QPushButton* cancelButton() const { return m_cancel; }
    QProgressBar* progressBar() const { return m_progress; }
    QString statusText() const;

Q_SIGNALS:
    void imported(const QString& folder);

protected:
    void reject() override; // Escape / Cancel: cancels a running import first

private:
    void chooseFiles();
    void chooseFolder();
    void chooseOutput();
    void updateButtons();
    void onSucceeded();

    QListWidget* m_sources = nullptr;
    QLineEdit* m_output = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_remove = nullptr;
    FaceImportJob* m_job = nullptr;
};

} // namespace arm
