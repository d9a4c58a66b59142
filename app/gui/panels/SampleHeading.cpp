#include "app/gui/panels/SampleHeading.h"

#include "app/gui/Workspace.h"
#include "app/gui/panels/AnalysisProvider.h"
#include "app/gui/panels/PanelData.h"

namespace arm {

SampleHeading::SampleHeading(Workspace* workspace, AnalysisProvider* provider, QWidget* parent)
    : QLabel(parent), m_ws(workspace), m_provider(provider)
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse); // the name can be copied
    QFont f = font();
    f.setBold(true);
    setFont(f);
    connect(provider, &AnalysisProvider::analysisReady, this, &SampleHeading::refresh);
    connect(provider, &AnalysisProvider::cleared, this, &QLabel::clear);
    connect(workspace, &Workspace::labelChanged, this, [this](int sample) {
        if (m_provider && sample == m_provider->sampleIndex())
            refresh();
    });
    connect(workspace, &Workspace::recordsChanged, this, &SampleHeading::refresh);
    refresh();
}

void SampleHeading::refresh()
{
    if (m_provider && m_provider->sampleIndex() == AnalysisProvider::kOutsideImage)
        setText(m_provider->outsideTitle()); // a face from a photo or video: no label, split or record
    else
        setText(m_provider && m_provider->hasAnalysis() ? textFor(*m_ws, m_provider->sampleIndex()) : QString());
}

QString SampleHeading::textFor(const Workspace& ws, int sample)
{
    const Sample* found = ws.hasDataset() ? ws.sampleAt(sample) : nullptr;
    if (!found)
        return {};
    const Sample& s = *found;
    const QStringList& names = ws.classNames();
    QString text = QString::fromStdString(s.name) + QStringLiteral(" · ");
    if (ws.labelOf(sample) < 0)
        text += tr("not labelled yet");
    else if (ws.isEdited(sample))
        text += tr("label %1 (edited, was %2)")
                    .arg(PanelData::className(names, ws.labelOf(sample)), PanelData::className(names, ws.originalLabelOf(sample)));
    else
        text += tr("label %1").arg(PanelData::className(names, ws.labelOf(sample)));
    text += QStringLiteral(" · ") + PanelData::splitName(s.split);
    if (const EvalRecord* r = ws.recordFor(sample))
        text += QStringLiteral(" · ") + tr("predicted %1 (%2%)")
                                            .arg(PanelData::className(names, r->predicted))
                                            .arg(double(r->confidence) * 100.0, 0, 'f', 0);
    return text;
}

} // namespace arm
