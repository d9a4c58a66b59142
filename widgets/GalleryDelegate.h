#pragma once

#include <QColor>
#include <QStyledItemDelegate>

namespace arm {

// Paints one gallery tile (QListView in IconMode): the thumbnail (or a placeholder while it loads),
// the given label as a badge on the image (a blue "no label yet" badge while it has none), the prediction as a badge coloured by correctness, a
// correct/wrong marker, a confidence bar, edited / flagged markers, the name, and the selection.
// Everything is read from GalleryRoles; thumbnails are drawn at device resolution and cached.
class GalleryDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit GalleryDelegate(QObject* parent = nullptr);

    // Edge of the square thumbnail area in logical pixels.
    void setThumbnailSize(int size);
    int thumbnailSize() const { return m_thumb; }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                   const QModelIndex& index) override;

    // Tile geometry, for callers and tests (tile = the item's visual rect).
    QRect thumbnailRect(const QRect& tile) const;
    QRect markerRect(const QRect& tile, const QFontMetrics& fm) const; // correct/wrong marker
    QRect confidenceBarRect(const QRect& tile, const QFontMetrics& fm) const;

    // One sentence describing the item (name, label, prediction, correctness, confidence, markers):
    // for tooltips and Qt::AccessibleTextRole.
    static QString describe(const QModelIndex& index);
    // What each mark on a tile means, as rich text in the colours paint() uses (the gallery's legend).
    static QString legendHtml();

    static QColor correctColor() { return {46, 125, 50}; }
    static QColor wrongColor() { return {198, 40, 40}; }
    static QColor noPredictionColor() { return {97, 97, 97}; }
    static QColor editedColor() { return {239, 108, 0}; }
    static QColor flaggedColor() { return {216, 27, 96}; }
    static QColor unlabelledColor() { return {21, 101, 192}; }

private:
    int m_thumb = 96;
};

} // namespace arm
