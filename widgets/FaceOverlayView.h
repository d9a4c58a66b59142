#pragma once

#include <QImage>
#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QString>
#include <QVector>
#include <QWidget>

namespace arm {

// A photo or video frame with the faces found in it: each face's box, its 68 landmarks and a caption
// (the predicted expression), scaled to fit the widget with the aspect ratio kept. Coordinates are in
// source pixels (`sourceSize`), so the shown image may be a reduced copy. A click inside a box selects
// that face and emits faceClicked(); the selected face is drawn highlighted.
class FaceOverlayView : public QWidget {
    Q_OBJECT
public:
    struct Face {
        QRectF box;                // source pixels
        QVector<QPointF> landmarks; // source pixels
        QString caption;           // e.g. "Happiness 87%"; empty = none
    };

    explicit FaceOverlayView(QWidget* parent = nullptr);

    // sourceSize: the size of the image the coordinates refer to (null = image.size()).
    void setImage(const QImage& image, const QSize& sourceSize = {});
    void setFaces(const QVector<Face>& faces);
    void clear();
    void setSelected(int face); // -1 = none
    int selected() const { return m_selected; }
    const QVector<Face>& faces() const { return m_faces; }
    bool hasImage() const { return !m_image.isNull(); }

    // Where face `index`'s box is drawn in widget coordinates (empty when out of range).
    QRectF widgetRectOf(int index) const;
    // The face whose box holds widget point `p`, the smallest when boxes overlap; -1 when none.
    int faceAt(const QPointF& p) const;

    QSize sizeHint() const override { return {480, 360}; }
    QSize minimumSizeHint() const override { return {160, 120}; }

Q_SIGNALS:
    void faceClicked(int face);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    QRectF imageRect() const; // where the image is drawn, fitted and centred
    double scale() const;     // widget pixels per source pixel

    QImage m_image;
    QSize m_source;
    QVector<Face> m_faces;
    int m_selected = -1;
};

} // namespace arm
