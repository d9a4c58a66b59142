#pragma once

#include "app/jobs/DemoJob.h"

#include <QObject>

namespace arm {

class DocumentController;
class ModelRecordsController;

// The embedded demo: a DemoJob generates the synthetic dataset and trains (or resumes training) the
// demo model when no finished one exists, then the demo's dataset, project and model are opened
// through the DocumentController and evaluated. finished(ok) comes once, evaluation included.
class DemoController : public QObject {
    Q_OBJECT
public:
    DemoController(DocumentController* documents, ModelRecordsController* records, QObject* parent = nullptr);

    bool run(const DemoJob::Params& params = DemoJob::defaultParams());
    bool isRunning() const { return m_job && m_job->isRunning(); }
    DemoJob* job() const { return m_job; }

Q_SIGNALS:
    void progress(int done, int total, const QString& text); // total < 0: hide
    void status(const QString& text, int timeoutMs);
    void failed(const QString& title, const QString& text);
    void finished(bool ok);

private:
    void onPrepared();

    DocumentController* m_documents;
    ModelRecordsController* m_records;
    DemoJob* m_job = nullptr;
};

} // namespace arm
