#include "widgets/GalleryDelegate.h"

#include "widgets/GalleryRoles.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPixmapCache>
#include <QToolTip>

#include <algorithm>

namespace arm {

namespace {
constexpr int kPad = 4;
constexpr int kBarHeight = 4;

// Aspect-fit thumbnail at the painter's device resolution, cached: scaling a full image on every paint
// would make scrolling 15k samples stutter.
QPixmap scaledThumbnail(const QVariant& v, const QSize& logical, qreal dpr)
{
    QImage image;
    QPixmap pixmap;
    qint64 key = 0;
    if (v.canConvert<QPixmap>() && v.typeId() == QMetaType::QPixmap) {
        pixmap = v.value<QPixmap>();
        key = pixmap.cacheKey();
    } else if (v.typeId() == QMetaType::QImage) {
        image = v.value<QImage>();
        key = image.cacheKey();
    }
    if (pixmap.isNull() && image.isNull())
        return {};
    const QSize device = (QSizeF(logical) * dpr).toSize();
    const QString cacheKey = QStringLiteral("arm-thumb:%1:%2x%3").arg(key).arg(device.width()).arg(device.height());
    QPixmap out;
    if (QPixmapCache::find(cacheKey, &out))
        return out;
    if (!pixmap.isNull())
        out = pixmap.scaled(device, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    else
        out = QPixmap::fromImage(image.scaled(device, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    out.setDevicePixelRatio(dpr);
    QPixmapCache::insert(cacheKey, out);
    return out;
}

void drawBadge(QPainter* p, const QRect& r, const QColor& fill, const QColor& text, const QString& label)
{
    p->setPen(Qt::NoPen);
    p->setBrush(fill);
    p->drawRoundedRect(r, 3, 3);
    p->setPen(text);
    p->drawText(r.adjusted(3, 0, -3, 0), Qt::AlignCenter | Qt::TextSingleLine,
                p->fontMetrics().elidedText(label, Qt::ElideRight, r.width() - 6));
}
} // namespace

GalleryDelegate::GalleryDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

void GalleryDelegate::setThumbnailSize(int size)
{
    m_thumb = std::max(32, size);
}

QRect GalleryDelegate::thumbnailRect(const QRect& tile) const
{
    return {tile.x() + (tile.width() - m_thumb) / 2, tile.y() + kPad, m_thumb, m_thumb};
}

QRect GalleryDelegate::markerRect(const QRect& tile, const QFontMetrics& fm) const
{
    const QRect t = thumbnailRect(tile);
    const int s = std::max(12, fm.height());
    return {t.x() + 3, t.y() + 3, s, s};
}

QRect GalleryDelegate::confidenceBarRect(const QRect& tile, const QFontMetrics&) const
{
    const QRect t = thumbnailRect(tile);
    return {t.x(), t.bottom() + 1 + 3, t.width(), kBarHeight};
}

QSize GalleryDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    return {m_thumb + 2 * kPad, kPad + m_thumb + 3 + kBarHeight + 2 + option.fontMetrics.height() + kPad};
}

void GalleryDelegate::paint(QPainter* p, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setFont(option.font);
    const QRect tile = option.rect;
    const QPalette& pal = option.palette;
    const QFontMetrics fm = option.fontMetrics;
    const bool selected = option.state & QStyle::State_Selected;
    if (selected)
        p->fillRect(tile, pal.brush(QPalette::Highlight));

    const QRect thumb = thumbnailRect(tile);
    const QPixmap pm = scaledThumbnail(index.data(GalleryRoles::ThumbnailRole), thumb.size(), p->device()->devicePixelRatioF());
    p->fillRect(thumb, pal.color(QPalette::Dark));
    if (pm.isNull()) {
        // Not decoded yet (thumbnails load lazily): a quiet placeholder, not an error.
        p->fillRect(thumb, pal.color(QPalette::Midlight));
        p->setPen(pal.color(QPalette::PlaceholderText));
        p->drawText(thumb, Qt::AlignCenter, QStringLiteral("\u2026"));
    } else {
        const QSizeF s = QSizeF(pm.size()) / pm.devicePixelRatio();
        p->drawPixmap(QPointF(thumb.x() + (thumb.width() - s.width()) / 2, thumb.y() + (thumb.height() - s.height()) / 2), pm);
    }

    const QVariant correct = index.data(GalleryRoles::CorrectRole);
    const QString predicted = index.data(GalleryRoles::PredictedLabelRole).toString();
    const QColor verdict = !correct.isValid() ? noPredictionColor() : correct.toBool() ? correctColor() : wrongColor();
    const int badgeH = fm.height() + 2;

    // Correct / wrong marker: a tick or a cross, so colour is not the only cue.
    const QRect marker = markerRect(tile, fm);
    if (correct.isValid()) {
        p->setPen(Qt::NoPen);
        p->setBrush(verdict);
        p->drawRoundedRect(marker, 3, 3);
        p->setPen(QPen(Qt::white, std::max(1.5, marker.width() / 8.0), Qt::SolidLine, Qt::RoundCap));
        const QRectF in = QRectF(marker).adjusted(marker.width() * 0.25, marker.height() * 0.25,
                                                   -marker.width() * 0.25, -marker.height() * 0.25);
        if (correct.toBool()) {
            const QPointF pts[] = {{in.left(), in.center().y()}, {in.left() + in.width() * 0.4, in.bottom()}, in.topRight()};
            p->drawPolyline(pts, 3);
        } else {
            p->drawLine(in.topLeft(), in.bottomRight());
            p->drawLine(in.topRight(), in.bottomLeft());
        }
    }
    // Prediction badge, top right, coloured like the verdict.
    if (!predicted.isEmpty()) {
        const int w = std::min(fm.horizontalAdvance(predicted) + 8, thumb.width() - marker.width() - 9);
        drawBadge(p, QRect(thumb.right() - 2 - w, thumb.y() + 3, w, badgeH), verdict, Qt::white, predicted);
    }
    // Given label badge, bottom left.
    const QString given = index.data(GalleryRoles::GivenLabelRole).toString();
    int markersRight = thumb.right() - 2;
    if (index.data(GalleryRoles::FlaggedRole).toBool()) {
        const QRect r(markersRight - badgeH + 1, thumb.bottom() - 2 - badgeH + 1, badgeH, badgeH);
        p->setPen(Qt::NoPen);
        p->setBrush(QColor(255, 255, 255, 210));
        p->drawEllipse(r);
        QPainterPath flag;
        const QRectF f = QRectF(r).adjusted(r.width() * 0.3, r.height() * 0.2, -r.width() * 0.2, -r.height() * 0.2);
        flag.moveTo(f.topLeft());
        flag.lineTo(f.right(), f.top() + f.height() * 0.25);
        flag.lineTo(f.left(), f.top() + f.height() * 0.5);
        flag.closeSubpath();
        p->setBrush(flaggedColor());
        p->drawPath(flag);
        p->setPen(QPen(flaggedColor(), 1.5));
        p->drawLine(f.topLeft(), f.bottomLeft());
        markersRight = r.left() - 2;
    }
    // An edited label shows what it was: the original, struck through, beside the label now in force.
    const QString original = index.data(GalleryRoles::OriginalLabelRole).toString();
    if (index.data(GalleryRoles::EditedRole).toBool()) {
        QFont struck = p->font();
        struck.setStrikeOut(true);
        const int room = (markersRight - thumb.x() - 4) / 2;
        const int w = original.isEmpty() ? badgeH : std::min(QFontMetrics(struck).horizontalAdvance(original) + 8, room);
        const QRect r(markersRight - w + 1, thumb.bottom() - 2 - badgeH + 1, w, badgeH);
        p->save();
        p->setFont(struck);
        drawBadge(p, r, editedColor(), Qt::white, original.isEmpty() ? tr("E", "edited marker: label was edited") : original);
        p->restore();
        markersRight = r.left() - 2;
    }
    if (!given.isEmpty()) {
        // A sample still to label stands out in its own colour: the annotator's work list at a glance.
        const bool unlabelled = index.data(GalleryRoles::UnlabelledRole).toBool();
        const int w = std::min(fm.horizontalAdvance(given) + 8, markersRight - thumb.x() - 4);
        drawBadge(p, QRect(thumb.x() + 3, thumb.bottom() - 2 - badgeH + 1, w, badgeH),
                  unlabelled ? unlabelledColor() : QColor(0, 0, 0, 170), Qt::white, given);
    }
    // Confidence bar under the image.
    const QRect bar = confidenceBarRect(tile, fm);
    const QVariant conf = index.data(GalleryRoles::ConfidenceRole);
    p->setPen(Qt::NoPen);
    p->setBrush(pal.color(QPalette::Mid));
    p->drawRect(bar);
    if (conf.isValid()) {
        p->setBrush(correct.isValid() ? verdict : pal.color(QPalette::Highlight));
        p->drawRect(QRectF(bar.x(), bar.y(), bar.width() * std::clamp(conf.toDouble(), 0.0, 1.0), bar.height()));
    }
    // Name.
    const QRect text(tile.x() + kPad, bar.bottom() + 1 + 2, tile.width() - 2 * kPad, fm.height());
    p->setPen(pal.color(selected ? QPalette::HighlightedText : QPalette::Text));
    p->drawText(text, Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextSingleLine,
                fm.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideMiddle, text.width()));
    if (option.state & QStyle::State_HasFocus) {
        p->setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DashLine));
        p->setBrush(Qt::NoBrush);
        p->drawRect(tile.adjusted(0, 0, -1, -1));
    }
    p->restore();
}

QString GalleryDelegate::legendHtml()
{
    const auto chip = [](const QColor& fill, const QString& text, bool struck = false) {
        return QStringLiteral("<span style=\"background:%1; color:white;%3\">&nbsp;%2&nbsp;</span>")
            .arg(fill.name(), text.toHtmlEscaped(), struck ? QStringLiteral(" text-decoration:line-through;") : QString());
    };
    const QStringList items = {
        chip(correctColor(), QStringLiteral("\u2713")) + QLatin1Char(' ') + tr("prediction right"),
        chip(wrongColor(), QStringLiteral("\u2717")) + QLatin1Char(' ') + tr("prediction wrong"),
        chip(noPredictionColor(), tr("top right")) + QLatin1Char(' ') + tr("predicted class"),
        chip(QColor(60, 60, 60), tr("bottom left")) + QLatin1Char(' ') + tr("label in force"),
        chip(unlabelledColor(), tr("no label yet")) + QLatin1Char(' ') + tr("to label: keys 1-7"),
        chip(editedColor(), tr("original"), true) + QLatin1Char(' ') + tr("edited: the dataset's label"),
        chip(flaggedColor(), QStringLiteral("\u2691")) + QLatin1Char(' ') + tr("flagged for review"),
        tr("bar under the image: confidence of the prediction"),
    };
    return items.join(QStringLiteral(" &nbsp; "));
}

QString GalleryDelegate::describe(const QModelIndex& index)
{
    QStringList parts;
    const QString name = index.data(Qt::DisplayRole).toString();
    if (!name.isEmpty())
        parts << name;
    const QString given = index.data(GalleryRoles::GivenLabelRole).toString();
    if (index.data(GalleryRoles::UnlabelledRole).toBool())
        parts << tr("not labelled yet");
    else if (!given.isEmpty())
        parts << tr("label %1").arg(given);
    const QString predicted = index.data(GalleryRoles::PredictedLabelRole).toString();
    if (!predicted.isEmpty()) {
        const QVariant correct = index.data(GalleryRoles::CorrectRole);
        QString s = tr("predicted %1").arg(predicted);
        if (correct.isValid())
            s += QStringLiteral(" (") + (correct.toBool() ? tr("correct") : tr("wrong")) + QStringLiteral(")");
        parts << s;
    }
    const QVariant conf = index.data(GalleryRoles::ConfidenceRole);
    if (conf.isValid())
        parts << tr("confidence %1%").arg(conf.toDouble() * 100.0, 0, 'f', 0);
    const QVariant loss = index.data(GalleryRoles::LossRole);
    if (loss.isValid())
        parts << tr("loss %1").arg(loss.toDouble(), 0, 'f', 3);
    const QString split = index.data(GalleryRoles::SplitRole).toString();
    if (!split.isEmpty())
        parts << tr("split %1").arg(split);
    if (index.data(GalleryRoles::EditedRole).toBool()) {
        const QString original = index.data(GalleryRoles::OriginalLabelRole).toString();
        parts << (original.isEmpty() ? tr("edited") : tr("edited, was %1").arg(original));
    }
    if (index.data(GalleryRoles::FlaggedRole).toBool())
        parts << tr("flagged");
    return parts.join(QStringLiteral(", "));
}

bool GalleryDelegate::helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                                const QModelIndex& index)
{
    if (event->type() == QEvent::ToolTip && index.isValid() && !index.data(Qt::ToolTipRole).isValid()) {
        QToolTip::showText(event->globalPos(), describe(index), view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace arm
