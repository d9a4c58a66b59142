#include "app/models/GalleryFilterModel.h"

#include "app/models/GalleryModel.h"
#include "widgets/GalleryRoles.h"

namespace arm {

bool GalleryFilter::operator==(const GalleryFilter& o) const
{
    return split == o.split && givenLabel == o.givenLabel && unlabelledOnly == o.unlabelledOnly &&
           predictedLabel == o.predictedLabel &&
           correctness == o.correctness && minConfidence == o.minConfidence && maxConfidence == o.maxConfidence &&
           editedOnly == o.editedOnly && flaggedOnly == o.flaggedOnly && cellTrue == o.cellTrue &&
           cellPredicted == o.cellPredicted && nameContains == o.nameContains;
}

GalleryFilterModel::GalleryFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    // Re-filter and re-sort when a row's data changes (a relabel can move a sample out of a cell).
    setDynamicSortFilter(true);
    // A held row number means nothing in another dataset.
    connect(this, &QAbstractProxyModel::sourceModelChanged, this, [this] {
        m_held = -1;
        if (!sourceModel())
            return;
        connect(sourceModel(), &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_held = -1; });
        connect(sourceModel(), &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex& from, const QModelIndex& to) {
                    if (m_held >= from.row() && m_held <= to.row())
                        m_heldChanged = true;
                });
    });
}

void GalleryFilterModel::setFilter(const GalleryFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_held = -1; // a new filter is a new ground: nothing stays by exception
    invalidateFilter();
    Q_EMIT filterChanged();
}

void GalleryFilterModel::setConfusionCell(int trueLabel, int predictedLabel, const QString& split)
{
    GalleryFilter f;
    f.split = split;
    f.cellTrue = trueLabel;
    f.cellPredicted = predictedLabel;
    setFilter(f);
}

void GalleryFilterModel::setSortKey(SortKey key, Qt::SortOrder order)
{
    m_sortKey = key;
    m_held = -1;
    invalidate();
    sort(0, order);
}

int GalleryFilterModel::sampleAt(int proxyRow) const
{
    if (proxyRow < 0 || proxyRow >= rowCount())
        return -1;
    return index(proxyRow, 0).data(GalleryRoles::SampleIndexRole).toInt();
}

int GalleryFilterModel::rowOfSample(int sampleIndex) const
{
    if (!sourceModel() || sampleIndex < 0 || sampleIndex >= sourceModel()->rowCount())
        return -1;
    const QModelIndex p = mapFromSource(sourceModel()->index(sampleIndex, 0));
    return p.isValid() ? p.row() : -1;
}

void GalleryFilterModel::holdSample(int sampleIndex)
{
    if (sampleIndex == m_held)
        return;
    releaseHeld();
    if (rowOfSample(sampleIndex) < 0)
        return;
    m_held = sampleIndex;
    m_heldChanged = false;
    m_heldKey = QVariant();
    const QModelIndex i = sourceModel()->index(sampleIndex, 0);
    switch (m_sortKey) {
    case SortKey::Loss:
        m_heldKey = i.data(GalleryRoles::LossRole);
        break;
    case SortKey::Confidence:
        m_heldKey = i.data(GalleryRoles::ConfidenceRole);
        break;
    case SortKey::Margin:
        m_heldKey = i.data(GalleryRoles::MarginRole);
        break;
    case SortKey::Index:
    case SortKey::Name:
        break; // a relabel changes neither
    }
}

void GalleryFilterModel::releaseHeld()
{
    if (m_held < 0)
        return;
    const int row = m_held;
    m_held = -1;
    // What changed while it was held takes effect now, for that row alone: the proxy re-filters and
    // re-sorts one changed row in O(log n), where invalidate() would re-sort all 15k samples at every
    // J/K. Nothing changed (the usual J/K pass): nothing to do.
    if (m_heldChanged && sourceModel() && row < sourceModel()->rowCount()) {
        const QModelIndex i = sourceModel()->index(row, 0);
        Q_EMIT sourceModel()->dataChanged(i, i);
    }
    m_heldChanged = false;
}

QVariant GalleryFilterModel::sortValue(const QModelIndex& sourceIndex, int role) const
{
    if (sourceIndex.row() == m_held && !sourceIndex.parent().isValid())
        return m_heldKey;
    return sourceIndex.data(role);
}

bool GalleryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (sourceRow == m_held && !sourceParent.isValid())
        return true;
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    const GalleryFilter& f = m_filter;
    if (!f.split.isEmpty() && i.data(GalleryRoles::SplitRole).toString() != f.split)
        return false;
    const int given = i.data(GalleryModel::GivenIndexRole).toInt();
    if (f.givenLabel >= 0 && given != f.givenLabel)
        return false;
    if (f.unlabelledOnly && given >= 0)
        return false;
    const QVariant predicted = i.data(GalleryModel::PredictedIndexRole);
    if (f.predictedLabel >= 0 && (!predicted.isValid() || predicted.toInt() != f.predictedLabel))
        return false;
    if (f.cellTrue >= 0 || f.cellPredicted >= 0) {
        if (!predicted.isValid() || given != f.cellTrue || predicted.toInt() != f.cellPredicted)
            return false;
    }
    switch (f.correctness) {
    case GalleryFilter::Correctness::Any:
        break;
    case GalleryFilter::Correctness::Correct: // without a label a prediction is neither
        if (!predicted.isValid() || given < 0 || predicted.toInt() != given)
            return false;
        break;
    case GalleryFilter::Correctness::Wrong:
        if (!predicted.isValid() || given < 0 || predicted.toInt() == given)
            return false;
        break;
    case GalleryFilter::Correctness::NoPrediction:
        if (predicted.isValid())
            return false;
        break;
    }
    if (predicted.isValid() && (f.minConfidence > 0.0 || f.maxConfidence < 1.0)) {
        const double c = i.data(GalleryRoles::ConfidenceRole).toDouble();
        if (c < f.minConfidence || c > f.maxConfidence)
            return false;
    }
    if (f.editedOnly && !i.data(GalleryRoles::EditedRole).toBool())
        return false;
    if (f.flaggedOnly && !i.data(GalleryRoles::FlaggedRole).toBool())
        return false;
    if (!f.nameContains.isEmpty() &&
        !i.data(Qt::DisplayRole).toString().contains(f.nameContains, Qt::CaseInsensitive))
        return false;
    return true;
}

bool GalleryFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const auto byIndex = [&] {
        return left.data(GalleryRoles::SampleIndexRole).toInt() < right.data(GalleryRoles::SampleIndexRole).toInt();
    };
    int role = 0;
    switch (m_sortKey) {
    case SortKey::Index:
        return byIndex();
    case SortKey::Name: {
        const int c = QString::compare(left.data().toString(), right.data().toString(), Qt::CaseInsensitive);
        return c != 0 ? c < 0 : byIndex();
    }
    case SortKey::Loss:
        role = GalleryRoles::LossRole;
        break;
    case SortKey::Confidence:
        role = GalleryRoles::ConfidenceRole;
        break;
    case SortKey::Margin:
        role = GalleryRoles::MarginRole;
        break;
    }
    const QVariant a = sortValue(left, role);
    const QVariant b = sortValue(right, role);
    // Samples without a value go last whatever the order: compare "has value" first, flipped for
    // descending so that the view's reversal cancels it.
    const bool descending = sortOrder() == Qt::DescendingOrder;
    if (a.isValid() != b.isValid())
        return descending ? !a.isValid() : a.isValid();
    if (!a.isValid())
        return byIndex();
    const double x = a.toDouble(), y = b.toDouble();
    return x != y ? x < y : byIndex();
}

} // namespace arm
