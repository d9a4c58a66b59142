#pragma once

#include "widgets/GalleryRoles.h"

#include <QAbstractListModel>
#include <QSet>

namespace arm {

class ThumbnailCache;
class Workspace;

// One row per dataset sample of the Workspace, in dataset order (the labelled samples, then those
// with no label yet, as Workspace numbers them), exposing GalleryRoles for
// GalleryDelegate and the filter model. Reads labels, records and flags from the Workspace and follows
// its signals (a relabel updates one row; new records update every row). Thumbnails come from a
// ThumbnailCache, so data(ThumbnailRole) never decodes on the GUI thread.
class GalleryModel : public QAbstractListModel {
    Q_OBJECT
public:
    // Roles beyond GalleryRoles, for filtering and sorting without string comparisons.
    enum ExtraRole {
        GivenIndexRole = GalleryRoles::PathRole + 100, // int: label in force, -1 while none
        PredictedIndexRole,                           // int: argmax, invalid without a record
        HasRecordRole,                                // bool
    };

    explicit GalleryModel(Workspace* workspace, QObject* parent = nullptr);
    ~GalleryModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    ThumbnailCache* thumbnails() const { return m_thumbnails; }
    Workspace* workspace() const { return m_ws; }
    // When false, ThumbnailRole returns nothing and no decode is queued (tests, benchmarks).
    void setThumbnailsEnabled(bool on) { m_thumbnailsOn = on; }

private:
    void reload();
    void reloadFlags();
    void rowChanged(int sampleIndex, const QList<int>& roles = {});

    Workspace* m_ws;
    ThumbnailCache* m_thumbnails;
    QSet<int> m_flagged; // cached: the store answers flags with a query per sample
    QStringList m_classNames;
    int m_rows = 0;
    bool m_thumbnailsOn = true;
};

} // namespace arm
