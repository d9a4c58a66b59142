#pragma once

#include <QImage>
#include <QWidget>

namespace arm {

// Two images with captions side by side, each fitted to half the widget keeping its aspect ratio (the
// pair behind a cell of the batch affinity matrix), with an optional title line (e.g. the affinity).
class SideBySideView : public QWidget {
    Q_OBJECT
public:
    explicit SideBySideView(QWidget* parent = nullptr);

    void setImages(const QImage& left, const QString& leftCaption, const QImage& right, const QString& rightCaption);
    void setTitle(const QString& title);
    QString title() const { return m_title; }
    QImage image(int side) const { return m_images[side == 0 ? 0 : 1]; }
    QString caption(int side) const { return m_captions[side == 0 ? 0 : 1]; }
    // Where image `side` (0 left, 1 right) is drawn, in widget coordinates.
    QRect imageRect(int side) const;
    // Where the title is drawn: the whole width, as many lines as the words need.
    QRect titleRect() const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QRect slot(int side) const;
    int titleHeight() const;

    QImage m_images[2];
    QString m_captions[2];
    QString m_title;
};

} // namespace arm
