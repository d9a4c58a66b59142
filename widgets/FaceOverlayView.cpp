#include "widgets/FaceOverlayView.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace arm {

namespace {
const QColor kBox(255, 200, 40);
const QColor kSelected(40, 160, 255);
const QColor kLandmark(60, 255, 60);
} // namespace

FaceOverlayView::FaceOverlayView(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setMouseTracking(false);
    setCursor(Qt::PointingHandCursor);
    setAccessibleName(tr("Photo with the faces found"));
}

void FaceOverlayView::setImage(const QImage& image, const QSize& sourceSize)
{
    m_image = image;
    m_source = sourceSize.isValid() ? sourceSize : image.size();
    update();
}

void FaceOverlayView::setFaces(const QVector<Face>& faces)
{
    m_faces = faces;
    if (m_selected >= m_faces.size())
        m_selected = -1;
    update();
}

void FaceOverlayView::clear()
{
    m_image = {};
    m_source = {};
    m_faces.clear();
    m_selected = -1;
    update();
}

void FaceOverlayView::setSelected(int face)
{
    m_selected = face >= 0 && face < m_faces.size() ? face : -1;
    update();
}

QRectF FaceOverlayView::imageRect() const
{
    if (m_source.isEmpty())
        return {};
    const QSizeF fitted = QSizeF(m_source).scaled(QSizeF(size()), Qt::KeepAspectRatio);
    return QRectF(QPointF((width() - fitted.width()) / 2.0, (height() - fitted.height()) / 2.0), fitted);
}

double FaceOverlayView::scale() const
{
    return m_source.isEmpty() ? 1.0 : imageRect().width() / m_source.width();
}

QRectF FaceOverlayView::widgetRectOf(int index) const
{
    if (index < 0 || index >= m_faces.size())
        return {};
    const QRectF r = imageRect();
    const double s = scale();
    const QRectF& b = m_faces[index].box;
    return QRectF(r.left() + b.left() * s, r.top() + b.top() * s, b.width() * s, b.height() * s);
}

int FaceOverlayView::faceAt(const QPointF& p) const
{
    int best = -1;
    double bestArea = 0.0;
    for (int i = 0; i < m_faces.size(); ++i) {
        const QRectF r = widgetRectOf(i);
        const double area = r.width() * r.height();
        if (r.contains(p) && (best < 0 || area < bestArea)) {
            best = i;
            bestArea = area;
        }
    }
    return best;
}

void FaceOverlayView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    if (m_image.isNull())
        return;
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF target = imageRect();
    p.drawImage(target, m_image);
    const double s = scale();
    QFont captionFont = font();
    captionFont.setBold(true);
    p.setFont(captionFont);
    const QFontMetricsF fm(captionFont);
    for (int i = 0; i < m_faces.size(); ++i) {
        const Face& f = m_faces[i];
        const QRectF box = widgetRectOf(i);
        const bool selected = i == m_selected;
        p.setPen(QPen(selected ? kSelected : kBox, selected ? 3.0 : 2.0));
        p.setBrush(Qt::NoBrush);
        p.drawRect(box);
        // Dots sized to the face as drawn: on a small face large dots would hide it.
        const double dot = std::clamp(box.width() / 70.0, 1.0, 3.0);
        p.setPen(Qt::NoPen);
        p.setBrush(kLandmark);
        for (const QPointF& q : f.landmarks)
            p.drawEllipse(QPointF(target.left() + q.x() * s, target.top() + q.y() * s), dot, dot);
        if (f.caption.isEmpty())
            continue;
        // The caption on a dark band above the box (inside it when the box touches the top), so it
        // reads on any photo.
        const QSizeF textSize(fm.horizontalAdvance(f.caption) + 8.0, fm.height() + 4.0);
        QPointF at(box.left(), box.top() - textSize.height());
        if (at.y() < 0)
            at.setY(box.top());
        const QRectF band(at, textSize);
        p.setBrush(QColor(0, 0, 0, 170));
        p.drawRect(band);
        p.setPen(selected ? kSelected.lighter(140) : kBox);
        p.drawText(band, Qt::AlignCenter, f.caption);
    }
}

void FaceOverlayView::mousePressEvent(QMouseEvent* event)
{
    const int face = faceAt(event->position());
    if (face < 0) {
        QWidget::mousePressEvent(event);
        return;
    }
    setSelected(face);
    Q_EMIT faceClicked(face);
}

} // namespace arm
