// Renders every widget of arm_widgets offscreen with realistic data and saves the PNGs to
// ARM_TEST_TMP/widgets, so a person can look at them; asserts that each rendering shows content.
#include "widgets/CurvePlot.h"
#include "widgets/GalleryDelegate.h"
#include "widgets/GalleryRoles.h"
#include "widgets/HeatmapView.h"
#include "widgets/MatrixPlot.h"
#include "widgets/ProbabilityBars.h"
#include "widgets/SideBySideView.h"

#include <QDir>
#include <QListView>
#include <QPainter>
#include <QStandardItemModel>
#include <QtTest>

#include <cmath>

namespace {
QImage syntheticFace(int size, int seed)
{
    QImage img(size, size, QImage::Format_RGB32);
    img.fill(QColor(90 + seed * 20 % 60, 80, 70));
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(QColor(225, 190, 160));
    p.setPen(Qt::NoPen);
    p.drawEllipse(QRectF(size * 0.2, size * 0.1, size * 0.6, size * 0.8));
    p.setBrush(QColor(40, 30, 30));
    p.drawEllipse(QRectF(size * 0.35, size * 0.38, size * 0.08, size * 0.05));
    p.drawEllipse(QRectF(size * 0.57, size * 0.38, size * 0.08, size * 0.05));
    p.setPen(QPen(QColor(150, 60, 60), size * 0.02));
    p.setBrush(Qt::NoBrush);
    p.drawArc(QRectF(size * 0.38, size * 0.55, size * 0.24, size * 0.15), 200 * 16, 140 * 16 * (seed % 2 ? 1 : -1));
    return img;
}

int distinctColours(const QImage& img)
{
    QSet<QRgb> seen;
    for (int y = 0; y < img.height(); y += 3)
        for (int x = 0; x < img.width(); x += 3)
            seen.insert(img.pixel(x, y));
    return int(seen.size());
}
} // namespace

class TstWidgetRender : public QObject {
    Q_OBJECT
    QString m_dir;

    void save(QWidget& w, const QString& name, QSize size)
    {
        w.resize(size);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        if (auto* plot = qobject_cast<QCustomPlot*>(&w))
            plot->replot();
        const QImage img = w.grab().toImage();
        QVERIFY(img.save(m_dir + QStringLiteral("/") + name + QStringLiteral(".png")));
        QVERIFY2(distinctColours(img) > 20, qPrintable(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = qEnvironmentVariable("ARM_TEST_TMP", QDir::tempPath()) + QStringLiteral("/widgets");
        QVERIFY(QDir().mkpath(m_dir));
    }
    void heatmapOnFace()
    {
        arm::HeatmapView v;
        v.setBaseImage(syntheticFace(224, 1));
        // 7x7 Grad-CAM-like map with 32-px cells and overlapping receptive fields.
        QVector<float> values;
        QVector<QRectF> rects;
        for (int r = 0; r < 7; ++r)
            for (int c = 0; c < 7; ++c) {
                values << float(std::exp(-((r - 4) * (r - 4) + (c - 3) * (c - 3)) / 4.0));
                rects << QRectF(c * 32 + 16 - 48, r * 32 + 16 - 48, 96, 96);
            }
        v.setGrid(7, 7, values, rects);
        v.setTitle(QStringLiteral("Grad-CAM: happy"));
        v.setColorBarTitle(QStringLiteral("evidence"));
        v.setInterpolation(arm::HeatmapView::Interpolation::Smooth);
        v.setOpacity(0.5);
        save(v, QStringLiteral("heatmap_face"), {420, 360});
        QTest::mouseMove(&v, v.imageToWidget(QPointF(3 * 32 + 16, 4 * 32 + 16)).toPoint());
        save(v, QStringLiteral("heatmap_face_hover"), {420, 360});
    }
    void heatmapSignedGrid()
    {
        arm::HeatmapView v;
        QVector<float> values;
        for (int r = 0; r < 11; ++r)
            for (int c = 0; c < 11; ++c)
                values << float(std::sin(r * 0.6) * std::cos(c * 0.5) * 0.8);
        v.setGrid(11, 11, values);
        v.setSymmetric(true);
        v.setShowValues(true);
        v.setDecimals(2);
        v.setTitle(QStringLiteral("F_unique (11\u00d711)"));
        save(v, QStringLiteral("heatmap_signed"), {560, 520});
    }
    void matrix()
    {
        arm::MatrixPlot m;
        const QStringList classes{QStringLiteral("Surprise"), QStringLiteral("Fear"), QStringLiteral("Disgust"),
                                  QStringLiteral("Happiness"), QStringLiteral("Sadness"), QStringLiteral("Anger"),
                                  QStringLiteral("Neutral")};
        QVector<double> counts;
        for (int r = 0; r < 7; ++r)
            for (int c = 0; c < 7; ++c)
                counts << (r == c ? 80 + 10 * r : (r * 3 + c * 5) % 11);
        m.setMatrix(7, 7, counts);
        m.setRowLabels(classes);
        m.setColumnLabels(classes);
        m.setAxisTitles(QStringLiteral("Predicted"), QStringLiteral("Given label"));
        m.setTitle(QStringLiteral("Confusion matrix"));
        m.setColorScaleTitle(QStringLiteral("count"));
        save(m, QStringLiteral("matrix_counts"), {560, 480});
        m.setNormalization(arm::MatrixPlot::Normalization::RowNormalized);
        m.setColorScaleTitle(QStringLiteral("fraction of row"));
        save(m, QStringLiteral("matrix_normalised"), {560, 480});
    }
    void affinity()
    {
        arm::MatrixPlot m;
        const int b = 32;
        QVector<double> a;
        QVector<QImage> thumbs;
        for (int i = 0; i < b; ++i) {
            thumbs << syntheticFace(64, i);
            for (int j = 0; j < b; ++j)
                a << (i == j ? 1.0 : std::cos((i - j) * 0.3) * 0.6);
        }
        m.setMatrix(b, b, a);
        m.setCellText(arm::MatrixPlot::CellText::None);
        m.setColorMap(arm::ColorMap::Kind::Diverging);
        m.setFixedRange(-1, 1);
        m.setThumbnails(thumbs);
        m.setAxisTitles(QStringLiteral("image"), QStringLiteral("image"));
        m.setTitle(QStringLiteral("Batch affinity (cosine of F_unique)"));
        m.resize(560, 500);
        m.show();
        QVERIFY(QTest::qWaitForWindowExposed(&m));
        m.replot();
        QTest::mouseMove(&m, m.cellCenter(5, 20).toPoint());
        QVERIFY(m.thumbnailPopupVisible());
        save(m, QStringLiteral("matrix_affinity_hover"), {560, 500});
    }
    void curves()
    {
        arm::CurvePlot c;
        c.addSeries(QStringLiteral("train loss"));
        c.addSeries(QStringLiteral("test loss"), arm::CurvePlot::Axis::Left, {}, true);
        c.addSeries(QStringLiteral("train acc"), arm::CurvePlot::Axis::Right);
        c.addSeries(QStringLiteral("test acc"), arm::CurvePlot::Axis::Right, {}, true);
        c.setAxisTitles(QStringLiteral("Epoch"), QStringLiteral("Loss"), QStringLiteral("Accuracy"));
        c.setRightAxisRange(0, 1);
        for (int e = 1; e <= 20; ++e) {
            c.addPoint(QStringLiteral("train loss"), e, 1.9 * std::exp(-e / 6.0) + 0.1);
            c.addPoint(QStringLiteral("test loss"), e, 1.9 * std::exp(-e / 8.0) + 0.3);
            c.addPoint(QStringLiteral("train acc"), e, 1 - 0.85 * std::exp(-e / 5.0));
            c.addPoint(QStringLiteral("test acc"), e, 0.85 - 0.7 * std::exp(-e / 6.0));
        }
        save(c, QStringLiteral("curves"), {560, 360});
    }
    void bars()
    {
        arm::ProbabilityBars b;
        b.setClasses({QStringLiteral("Surprise"), QStringLiteral("Fear"), QStringLiteral("Disgust"),
                      QStringLiteral("Happiness"), QStringLiteral("Sadness"), QStringLiteral("Anger"),
                      QStringLiteral("Neutral")});
        b.setProbabilities({0.05, 0.02, 0.01, 0.62, 0.08, 0.02, 0.20}, 6);
        b.setTitle(QStringLiteral("Class probabilities"));
        save(b, QStringLiteral("bars_single"), {420, 300});
        b.setSecondProbabilities({0.04, 0.02, 0.01, 0.41, 0.07, 0.02, 0.43});
        save(b, QStringLiteral("bars_pair"), {420, 340});
    }
    void gallery()
    {
        QStandardItemModel model;
        const QStringList names{QStringLiteral("train_00001.jpg"), QStringLiteral("train_00002.jpg"),
                                QStringLiteral("test_0003_aligned.jpg"), QStringLiteral("train_00004.jpg"),
                                QStringLiteral("train_00005.jpg")};
        for (int i = 0; i < names.size(); ++i) {
            auto* item = new QStandardItem(names[i]);
            if (i != 3)
                item->setData(syntheticFace(128, i), arm::GalleryRoles::ThumbnailRole);
            item->setData(QStringLiteral("Happiness"), arm::GalleryRoles::GivenLabelRole);
            if (i != 4) {
                item->setData(i % 2 ? QStringLiteral("Neutral") : QStringLiteral("Happiness"),
                              arm::GalleryRoles::PredictedLabelRole);
                item->setData(i % 2 == 0, arm::GalleryRoles::CorrectRole);
                item->setData(0.3 + 0.15 * i, arm::GalleryRoles::ConfidenceRole);
            }
            item->setData(i == 1, arm::GalleryRoles::EditedRole);
            item->setData(i == 1 || i == 2, arm::GalleryRoles::FlaggedRole);
            model.appendRow(item);
        }
        QListView view;
        view.setViewMode(QListView::IconMode);
        view.setResizeMode(QListView::Adjust);
        view.setUniformItemSizes(true);
        view.setSpacing(4);
        auto* delegate = new arm::GalleryDelegate(&view);
        view.setItemDelegate(delegate);
        view.setModel(&model);
        view.selectionModel()->select(model.index(2, 0), QItemSelectionModel::Select);
        save(view, QStringLiteral("gallery"), {600, 200});
    }
    void sideBySide()
    {
        arm::SideBySideView v;
        v.setImages(syntheticFace(112, 1), QStringLiteral("#3 Happiness"), syntheticFace(112, 2),
                    QStringLiteral("#17 Neutral"));
        v.setTitle(QStringLiteral("affinity 0.83"));
        save(v, QStringLiteral("side_by_side"), {420, 260});
        // Each image keeps its aspect ratio and the two do not overlap.
        const QRect left = v.imageRect(0), right = v.imageRect(1);
        QCOMPARE(left.width(), left.height());
        QVERIFY(left.right() < right.left());
        QVERIFY(v.rect().contains(right));
        // A long title in a narrow view wraps instead of being cut at both ends; the images go below it.
        v.setTitle(QStringLiteral("Click a cell of the matrix to compare the two images."));
        v.resize(220, 300);
        const QRect t = v.titleRect();
        QVERIFY(t.left() >= 0 && t.right() < v.width());
        QVERIFY2(t.height() >= 2 * v.fontMetrics().height(), "the title did not wrap");
        QVERIFY(v.imageRect(0).top() > t.bottom());
    }
};

QTEST_MAIN(TstWidgetRender)
#include "tst_widgetrender.moc"
