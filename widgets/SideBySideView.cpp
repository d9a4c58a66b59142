#include "widgets/SideBySideView.h"

#include <QPainter>

namespace arm {

namespace {
constexpr int kMargin = 6;
}

SideBySideView::SideBySideView(QWidget* parent) : QWidget(parent)
{
    setAccessibleName(tr("Image pair"));
}

void SideBySideView::setImages(const QImage& left, const QString& leftCaption, const QImage& right,
                               const QString& rightCaption)
{
    m_images[0] = left;
    m_images[1] = right;
    m_captions[0] = leftCaption;
    m_captions[1] = rightCaption;
    setAccessibleDescription(leftCaption + QStringLiteral(" | ") + rightCaption);
    update();
}

void SideBySideView::setTitle(const QString& title)
{
    m_title = title;
    update();
}

namespace {
QFont boldOf(const QFont& f)
{
    QFont b = f;
    b.setBold(true);
    return b;
}
} // namespace

// The title wraps onto as many lines as the width needs: a narrow dock clipped it at both ends.
QRect SideBySideView::titleRect() const
{
    const QRect room(kMargin, kMargin, std::max(1, width() - 2 * kMargin), 10000);
    const QRect used = QFontMetrics(boldOf(font())).boundingRect(room, Qt::AlignHCenter | Qt::TextWordWrap, m_title);
    return {room.x(), room.y(), room.width(), used.height()};
}

int SideBySideView::titleHeight() const
{
    return m_title.isEmpty() ? 0 : titleRect().height() + kMargin;
}

QRect SideBySideView::slot(int side) const
{
    const int w = (width() - 3 * kMargin) / 2;
    const int top = kMargin + titleHeight();
    const int h = height() - top - kMargin - fontMetrics().height() - kMargin;
    return {kMargin + side * (w + kMargin), top, std::max(0, w), std::max(0, h)};
}

QRect SideBySideView::imageRect(int side) const
{
    const QImage& img = m_images[side == 0 ? 0 : 1];
    const QRect s = slot(side);
    if (img.isNull() || s.isEmpty())
        return {};
    const QSize fitted = img.size().scaled(s.size(), Qt::KeepAspectRatio);
    return {s.x() + (s.width() - fitted.width()) / 2, s.y() + (s.height() - fitted.height()) / 2, fitted.width(),
            fitted.height()};
}

void SideBySideView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    const QPalette pal = palette();
    if (!m_title.isEmpty()) {
        p.setFont(boldOf(font()));
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(titleRect(), Qt::AlignHCenter | Qt::TextWordWrap, m_title);
        p.setFont(font());
    }
    for (int side = 0; side < 2; ++side) {
        const QRect s = slot(side);
        if (m_images[side].isNull()) {
            p.setPen(pal.color(QPalette::PlaceholderText));
            p.drawText(s, Qt::AlignCenter, tr("No image"));
        } else {
            p.drawImage(imageRect(side), m_images[side]);
        }
        p.setPen(pal.color(QPalette::WindowText));
        const QRect cap(s.x(), s.bottom() + 1 + kMargin / 2, s.width(), fontMetrics().height());
        p.drawText(cap, Qt::AlignHCenter | Qt::AlignTop | Qt::TextSingleLine,
                   fontMetrics().elidedText(m_captions[side], Qt::ElideMiddle, cap.width()));
    }
}

QSize SideBySideView::sizeHint() const
{
    return {480, 280};
}

} // namespace arm
