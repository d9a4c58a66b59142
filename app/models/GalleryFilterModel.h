#pragma once

#include <QSortFilterProxyModel>

namespace arm {

// What the gallery shows. Every field narrows the set; defaults show everything.
struct GalleryFilter {
    enum class Correctness { Any, Correct, Wrong, NoPrediction };
    QString split;            // "train" / "test" / "validation"; empty = any
    int givenLabel = -1;      // label in force; -1 = any (a class never matches a sample with no label)
    bool unlabelledOnly = false; // only the samples with no label yet
    int predictedLabel = -1;  // -1 = any
    Correctness correctness = Correctness::Any;
    double minConfidence = 0.0; // applied only to samples with a prediction
    double maxConfidence = 1.0;
    bool editedOnly = false;
    bool flaggedOnly = false;
    int cellTrue = -1;        // confusion cell (true, predicted); both -1 = off
    int cellPredicted = -1;
    QString nameContains;     // case-insensitive

    bool operator==(const GalleryFilter& o) const;
    bool operator!=(const GalleryFilter& o) const { return !(*this == o); }
};

// Filters and sorts a GalleryModel. Sorting by loss, confidence or margin puts samples without a
// prediction last in either order.
class GalleryFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class SortKey { Index, Name, Loss, Confidence, Margin };
    Q_ENUM(SortKey)

    explicit GalleryFilterModel(QObject* parent = nullptr);

    void setFilter(const GalleryFilter& filter);
    const GalleryFilter& filter() const { return m_filter; }
    // Shortcut for the confusion panel: only the samples of that cell, every other field reset.
    // The samples of one confusion-matrix cell, within `split` when given (the split the matrix shows).
    void setConfusionCell(int trueLabel, int predictedLabel, const QString& split = QString());
    void clearFilter() { setFilter(GalleryFilter{}); }

    void setSortKey(SortKey key, Qt::SortOrder order);
    SortKey sortKey() const { return m_sortKey; }

    // The dataset sample index of a proxy row (-1 when out of range).
    int sampleAt(int proxyRow) const;
    // The proxy row showing a dataset sample (-1 when filtered out).
    int rowOfSample(int sampleIndex) const;

    // Keeps a shown sample at its row while the annotator works on it: a relabel must not make it
    // vanish from a filtered view or jump in a sorted one (that breaks a J/K pass). The sample keeps
    // passing the filter and sorts by the key it had when held. Holding another sample or -1 releases
    // it and re-applies filter and order; so does any change of filter or sort. A sample that is not
    // shown is not held (holding would make a filtered-out sample appear).
    void holdSample(int sampleIndex);
    int heldSample() const { return m_held; }

Q_SIGNALS:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    GalleryFilter m_filter;
    SortKey m_sortKey = SortKey::Index;
    int m_held = -1;       // source row held in place, -1 none
    QVariant m_heldKey;    // its sort value when held
    bool m_heldChanged = false; // its data changed while held (a relabel, a flag)

    QVariant sortValue(const QModelIndex& sourceIndex, int role) const;
    void releaseHeld();
};

} // namespace arm
