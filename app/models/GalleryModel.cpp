#include "app/models/GalleryModel.h"

#include "app/gui/Workspace.h"
#include "app/models/ThumbnailCache.h"

#include <algorithm>
#include <cmath>

namespace arm {

namespace {
// Workspace stores its review flags under this kind (see Workspace::setFlagged).
const QString kReviewFlag = QStringLiteral("review");
} // namespace

GalleryModel::GalleryModel(Workspace* workspace, QObject* parent)
    : QAbstractListModel(parent), m_ws(workspace), m_thumbnails(new ThumbnailCache(this))
{
    connect(m_ws, &Workspace::datasetChanged, this, &GalleryModel::reload);
    connect(m_ws, &Workspace::projectChanged, this, [this] {
        reloadFlags();
        if (m_rows > 0)
            Q_EMIT dataChanged(index(0), index(m_rows - 1));
    });
    connect(m_ws, &Workspace::recordsChanged, this, [this] {
        if (m_rows > 0)
            Q_EMIT dataChanged(index(0), index(m_rows - 1));
    });
    connect(m_ws, &Workspace::labelChanged, this, [this](int sample, int) { rowChanged(sample); });
    connect(m_ws, &Workspace::flagsChanged, this, [this](int sample) {
        if (m_ws->isFlagged(sample))
            m_flagged.insert(sample);
        else
            m_flagged.remove(sample);
        rowChanged(sample, {GalleryRoles::FlaggedRole});
    });
    connect(m_thumbnails, &ThumbnailCache::thumbnailReady, this,
            [this](int sample) { rowChanged(sample, {GalleryRoles::ThumbnailRole}); });
    reload();
}

GalleryModel::~GalleryModel() = default;

void GalleryModel::reload()
{
    beginResetModel();
    m_rows = m_ws->itemCount(); // the labelled samples, then those with no label yet
    m_classNames = m_ws->classNames();
    m_thumbnails->setDataset(m_ws->datasetPtr());
    reloadFlags();
    endResetModel();
}

void GalleryModel::reloadFlags()
{
    m_flagged.clear();
    if (ProjectStore* p = m_ws->project()) {
        for (const QString& name : p->flagged(kReviewFlag)) {
            const int i = m_ws->indexOfSample(name);
            if (i >= 0)
                m_flagged.insert(i);
        }
    }
}

void GalleryModel::rowChanged(int sampleIndex, const QList<int>& roles)
{
    if (sampleIndex < 0 || sampleIndex >= m_rows)
        return;
    const QModelIndex i = index(sampleIndex);
    Q_EMIT dataChanged(i, i, roles);
}

int GalleryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

Qt::ItemFlags GalleryModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant GalleryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const Sample* s = m_ws->sampleAt(row);
    if (!s)
        return {};
    const Sample& sample = *s;
    const EvalRecord* record = m_ws->recordFor(row);
    const int given = m_ws->labelOf(row);
    const auto className = [this](int c) {
        return c >= 0 && c < m_classNames.size() ? m_classNames[c] : QString::number(c);
    };
    switch (role) {
    case Qt::DisplayRole:
        return QString::fromStdString(sample.name);
    case GalleryRoles::ThumbnailRole:
        if (!m_thumbnailsOn)
            return {};
        return m_thumbnails->thumbnail(row);
    case GalleryRoles::GivenLabelRole:
        return given < 0 ? tr("no label yet") : className(given);
    case GivenIndexRole:
        return given;
    case GalleryRoles::UnlabelledRole:
        return given < 0;
    case GalleryRoles::PredictedLabelRole:
        return record ? QVariant(className(record->predicted)) : QVariant();
    case PredictedIndexRole:
        return record ? QVariant(record->predicted) : QVariant();
    case HasRecordRole:
        return record != nullptr;
    case GalleryRoles::ConfidenceRole:
        return record ? QVariant(static_cast<double>(record->confidence)) : QVariant();
    case GalleryRoles::CorrectRole: // a prediction for a sample without a label is neither right nor wrong
        return record && given >= 0 ? QVariant(record->predicted == given) : QVariant();
    case GalleryRoles::EditedRole:
        return m_ws->isEdited(row);
    case GalleryRoles::OriginalLabelRole: {
        const int original = m_ws->originalLabelOf(row);
        return original < 0 ? tr("none", "original label of a sample labelled here") : className(original);
    }
    case GalleryRoles::FlaggedRole:
        return m_flagged.contains(row);
    case GalleryRoles::LossRole: {
        if (!record || given < 0) // no loss without a label
            return {};
        // The record's loss is for the label it was evaluated with; after a relabel recompute it
        // from the probabilities for the label now in force.
        const int label = given;
        if (label == record->label || label >= static_cast<int>(record->probabilities.size()))
            return static_cast<double>(record->loss);
        return -std::log(std::max(1e-12, static_cast<double>(record->probabilities[static_cast<std::size_t>(label)])));
    }
    case GalleryRoles::MarginRole: {
        if (!record || record->probabilities.size() < 2)
            return {};
        float top1 = 0.0f, top2 = 0.0f;
        for (float p : record->probabilities) {
            if (p > top1) {
                top2 = top1;
                top1 = p;
            } else if (p > top2) {
                top2 = p;
            }
        }
        return static_cast<double>(top1 - top2);
    }
    case GalleryRoles::SplitRole:
        return QString::fromStdString(toString(sample.split));
    case GalleryRoles::SampleIndexRole:
        return row;
    case GalleryRoles::PathRole:
        return QString::fromStdString(sample.path);
    default:
        return {};
    }
}

QHash<int, QByteArray> GalleryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(GalleryRoles::ThumbnailRole, "thumbnail");
    names.insert(GalleryRoles::GivenLabelRole, "givenLabel");
    names.insert(GalleryRoles::PredictedLabelRole, "predictedLabel");
    names.insert(GalleryRoles::ConfidenceRole, "confidence");
    names.insert(GalleryRoles::CorrectRole, "correct");
    names.insert(GalleryRoles::EditedRole, "edited");
    names.insert(GalleryRoles::FlaggedRole, "flagged");
    names.insert(GalleryRoles::LossRole, "loss");
    names.insert(GalleryRoles::SplitRole, "split");
    names.insert(GalleryRoles::MarginRole, "margin");
    names.insert(GalleryRoles::SampleIndexRole, "sampleIndex");
    names.insert(GalleryRoles::PathRole, "path");
    names.insert(GalleryRoles::OriginalLabelRole, "originalLabel");
    names.insert(GalleryRoles::UnlabelledRole, "unlabelled");
    names.insert(GivenIndexRole, "givenIndex");
    names.insert(PredictedIndexRole, "predictedIndex");
    names.insert(HasRecordRole, "hasRecord");
    return names;
}

} // namespace arm
