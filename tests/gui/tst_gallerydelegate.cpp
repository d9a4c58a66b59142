#include "widgets/GalleryDelegate.h"
#include "widgets/GalleryRoles.h"

#include <QListView>
#include <QStandardItemModel>
#include <QtTest>

namespace {
int distance(QColor a, QColor b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

QStandardItem* sample(const QString& name, const QVariant& correct, bool withThumbnail)
{
    auto* item = new QStandardItem(name);
    if (withThumbnail) {
        QImage thumb(64, 64, QImage::Format_RGB32);
        thumb.fill(QColor(20, 20, 200)); // blue: neither marker colour nor the placeholder
        item->setData(thumb, arm::GalleryRoles::ThumbnailRole);
    }
    item->setData(QStringLiteral("Happiness"), arm::GalleryRoles::GivenLabelRole);
    if (correct.isValid()) {
        item->setData(correct.toBool() ? QStringLiteral("Happiness") : QStringLiteral("Sadness"),
                      arm::GalleryRoles::PredictedLabelRole);
        item->setData(correct, arm::GalleryRoles::CorrectRole);
        item->setData(0.75, arm::GalleryRoles::ConfidenceRole);
    }
    return item;
}
// The gallery's view set-up, shown and painted: icon mode, this delegate at `thumb` pixels.
arm::GalleryDelegate* show(QListView& view, QStandardItemModel& model, int thumb)
{
    view.setViewMode(QListView::IconMode);
    view.setUniformItemSizes(true);
    auto* delegate = new arm::GalleryDelegate(&view);
    delegate->setThumbnailSize(thumb);
    view.setItemDelegate(delegate);
    view.setModel(&model);
    view.resize(600, 300);
    view.show();
    return QTest::qWaitForWindowExposed(&view) ? delegate : nullptr;
}
} // namespace

class TstGalleryDelegate : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void paintsMarkersAndPlaceholder()
    {
        QStandardItemModel model;
        model.appendRow(sample(QStringLiteral("right.jpg"), true, true));
        model.appendRow(sample(QStringLiteral("wrong.jpg"), false, true));
        model.appendRow(sample(QStringLiteral("unpredicted.jpg"), QVariant(), true));
        model.appendRow(sample(QStringLiteral("loading.jpg"), true, false));
        QListView view;
        arm::GalleryDelegate* delegate = show(view, model, 80);
        QVERIFY(delegate);
        const QImage img = view.viewport()->grab().toImage();
        const QFontMetrics fm = view.fontMetrics();

        auto markerPixel = [&](int row) {
            const QRect marker = delegate->markerRect(view.visualRect(model.index(row, 0)), fm);
            return img.pixelColor(marker.left() + 1, marker.center().y()); // left of the tick / cross
        };
        QVERIFY2(distance(markerPixel(0), arm::GalleryDelegate::correctColor()) <= 6, qPrintable(markerPixel(0).name()));
        QVERIFY2(distance(markerPixel(1), arm::GalleryDelegate::wrongColor()) <= 6, qPrintable(markerPixel(1).name()));
        // No prediction: no marker, the thumbnail shows through.
        QVERIFY2(distance(markerPixel(2), QColor(20, 20, 200)) <= 6, qPrintable(markerPixel(2).name()));

        // Confidence bar: 75 % filled in the verdict colour, the rest empty.
        const QRect bar = delegate->confidenceBarRect(view.visualRect(model.index(1, 0)), fm);
        QVERIFY(distance(img.pixelColor(bar.left() + bar.width() / 2, bar.center().y()), arm::GalleryDelegate::wrongColor()) <= 6);
        QVERIFY(distance(img.pixelColor(bar.right() - 2, bar.center().y()), arm::GalleryDelegate::wrongColor()) > 60);

        // Not loaded yet: the placeholder, not a thumbnail.
        const QRect thumb = delegate->thumbnailRect(view.visualRect(model.index(3, 0)));
        const QColor centre = img.pixelColor(thumb.center() + QPoint(thumb.width() / 4, 0));
        QVERIFY2(distance(centre, view.palette().color(QPalette::Midlight)) <= 6, qPrintable(centre.name()));
    }
    void sizeHintFitsThumbnail()
    {
        arm::GalleryDelegate d;
        d.setThumbnailSize(120);
        QStyleOptionViewItem option;
        option.fontMetrics = QFontMetrics(QApplication::font());
        const QSize s = d.sizeHint(option, {});
        QVERIFY(s.width() >= 120);
        QVERIFY(s.height() >= 120 + option.fontMetrics.height());
        QVERIFY(d.thumbnailRect(QRect(QPoint(0, 0), s)).bottom() < s.height());
    }
    void describeSaysWrong()
    {
        QStandardItemModel model;
        model.appendRow(sample(QStringLiteral("wrong.jpg"), false, false));
        model.item(0)->setData(true, arm::GalleryRoles::FlaggedRole);
        const QString text = arm::GalleryDelegate::describe(model.index(0, 0));
        QVERIFY2(text.contains(QStringLiteral("wrong")) && text.contains(QStringLiteral("Sadness")) &&
                     text.contains(QStringLiteral("75%")) && text.contains(QStringLiteral("flagged")),
                 qPrintable(text));
    }

    // An edited tile shows the original label, struck through in the edited colour, beside the label
    // in force; an unedited one shows neither.
    void editedTileShowsOriginalLabel()
    {
        QStandardItemModel model;
        model.appendRow(sample(QStringLiteral("edited.jpg"), true, true));
        model.appendRow(sample(QStringLiteral("plain.jpg"), true, true));
        model.item(0)->setData(true, arm::GalleryRoles::EditedRole);
        model.item(0)->setData(QStringLiteral("Fear"), arm::GalleryRoles::OriginalLabelRole);
        model.item(1)->setData(QStringLiteral("Happiness"), arm::GalleryRoles::OriginalLabelRole);
        QListView view;
        arm::GalleryDelegate* delegate = show(view, model, 120);
        QVERIFY(delegate);
        const QImage img = view.viewport()->grab().toImage();
        const auto badgeEdge = [&](int row) { // right end of the bottom badge row, inside a badge's padding
            const QRect t = delegate->thumbnailRect(view.visualRect(model.index(row, 0)));
            const int h = view.fontMetrics().height() + 2;
            return img.pixelColor(t.right() - 3, t.bottom() - 2 - h / 2);
        };
        QVERIFY2(distance(badgeEdge(0), arm::GalleryDelegate::editedColor()) <= 8, qPrintable(badgeEdge(0).name()));
        QVERIFY2(distance(badgeEdge(1), QColor(20, 20, 200)) <= 8, qPrintable(badgeEdge(1).name()));
        const QString text = arm::GalleryDelegate::describe(model.index(0, 0));
        QVERIFY2(text.contains(QStringLiteral("was Fear")), qPrintable(text));
        QVERIFY(!arm::GalleryDelegate::describe(model.index(1, 0)).contains(QStringLiteral("was")));
    }

    void legendNamesEveryMark()
    {
        const QString legend = arm::GalleryDelegate::legendHtml();
        for (const QColor& c : {arm::GalleryDelegate::correctColor(), arm::GalleryDelegate::wrongColor(),
                                arm::GalleryDelegate::editedColor(), arm::GalleryDelegate::flaggedColor()})
            QVERIFY2(legend.contains(c.name()), qPrintable(c.name()));
        QVERIFY(legend.contains(QStringLiteral("confidence")));
    }
};

QTEST_MAIN(TstGalleryDelegate)
#include "tst_gallerydelegate.moc"
