#include "app/gui/LabelPicker.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace arm {

namespace {
constexpr int kColumns = 3;
} // namespace

LabelPicker::LabelPicker(QWidget* parent)
    : QWidget(parent), m_row(new QWidget(this)), m_accept(new QPushButton(this)), m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("labelPicker"));
    // Keys reach it when it (or one of its buttons) has focus: clicking a class button gives it focus.
    setFocusPolicy(Qt::StrongFocus);
    m_accept->setObjectName(QStringLiteral("labelPickerAccept"));
    m_accept->setToolTip(tr("Give this sample the model's prediction (Enter); it stays unlabelled until you do"));
    m_hint->setObjectName(QStringLiteral("labelPickerHint"));
    m_hint->setWordWrap(true);
    // Three buttons a row: seven in one row ("1 Überraschung" ...) were wider than a 420 px dock.
    auto* row = new QGridLayout(m_row);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(2);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_hint, 1);
    bottom->addWidget(m_accept);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_row);
    layout->addLayout(bottom);
    connect(m_accept, &QPushButton::clicked, this, &LabelPicker::accept);
    refresh();
}

void LabelPicker::setClasses(const QStringList& names)
{
    if (names == m_names)
        return;
    m_names = names;
    for (QToolButton* b : m_buttons)
        delete b;
    m_buttons.clear();
    for (int c = 0; c < names.size(); ++c) {
        auto* b = new QToolButton(m_row);
        b->setObjectName(QStringLiteral("labelPickerClass%1").arg(c + 1));
        // The key that sets the class stands before its name, as the gallery's keys 1-7 do.
        b->setText(c < 9 ? QStringLiteral("%1 %2").arg(c + 1).arg(names[c]) : names[c]);
        b->setCheckable(true);
        b->setAutoRaise(false);
        b->setFocusPolicy(Qt::StrongFocus);
        connect(b, &QToolButton::clicked, this, [this, c] { choose(c); });
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        static_cast<QGridLayout*>(m_row->layout())->addWidget(b, c / kColumns, c % kColumns);
        m_buttons.push_back(b);
    }
    refresh();
}

void LabelPicker::setState(int label, int suggested, double confidence, bool editable)
{
    m_label = label;
    m_suggested = suggested;
    m_confidence = confidence;
    m_editable = editable;
    refresh();
}

QToolButton* LabelPicker::classButton(int classIndex) const
{
    return classIndex >= 0 && classIndex < static_cast<int>(m_buttons.size())
               ? m_buttons[static_cast<std::size_t>(classIndex)]
               : nullptr;
}

QString LabelPicker::hintText() const
{
    return m_hint->text();
}

void LabelPicker::choose(int classIndex)
{
    refresh(); // a click toggles the button; the state is the owner's to set once the edit is made
    if (m_editable && classIndex >= 0 && classIndex < static_cast<int>(m_buttons.size()))
        Q_EMIT labelChosen(classIndex);
}

void LabelPicker::accept()
{
    if (m_editable && suggested() >= 0)
        Q_EMIT suggestionAccepted(suggested());
}

void LabelPicker::refresh()
{
    const int offered = suggested();
    for (int c = 0; c < static_cast<int>(m_buttons.size()); ++c) {
        QToolButton* b = m_buttons[static_cast<std::size_t>(c)];
        b->setEnabled(m_editable);
        b->setChecked(c == m_label);
        // The prediction is shown, not chosen: an outline on its button, never the checked state.
        b->setStyleSheet(c == offered ? QStringLiteral("QToolButton { border: 2px dashed #1565c0; border-radius: 3px; "
                                                       "padding: 2px 4px; font-weight: bold; }")
                                      : QString());
        b->setProperty("suggested", c == offered);
    }
    m_accept->setVisible(offered >= 0);
    m_accept->setEnabled(m_editable && offered >= 0);
    if (offered >= 0 && offered < m_names.size())
        m_accept->setText(tr("Accept %1").arg(m_names[offered]));
    if (m_label >= 0 || m_names.isEmpty())
        m_hint->clear();
    else if (offered >= 0 && offered < m_names.size())
        m_hint->setText(tr("Not labelled yet. The model suggests %1 (%2%): press Enter to accept it, or 1-%3 "
                           "for another class.")
                            .arg(m_names[offered])
                            .arg(m_confidence * 100.0, 0, 'f', 0)
                            .arg(std::min<qsizetype>(9, m_names.size())));
    else
        m_hint->setText(tr("Not labelled yet: press 1-%1 to label it.").arg(std::min<qsizetype>(9, m_names.size())));
    m_hint->setVisible(!m_hint->text().isEmpty());
}

void LabelPicker::keyPressEvent(QKeyEvent* event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const int k = event->key();
    if (mods == Qt::NoModifier && k >= Qt::Key_1 && k <= Qt::Key_9 && k - Qt::Key_1 < static_cast<int>(m_buttons.size())) {
        choose(k - Qt::Key_1);
        return;
    }
    if (mods == Qt::NoModifier && (k == Qt::Key_Return || k == Qt::Key_Enter) && suggested() >= 0) {
        accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace arm
