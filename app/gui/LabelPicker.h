#pragma once

#include <QStringList>
#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QToolButton;

namespace arm {

// The label of the sample the relabel view shows, as one button per class ("1 Surprise" … "7 Neutral":
// the key beside the name). The label in force is checked. A sample with no label yet has no button
// checked: the model's prediction is only marked (outlined, "suggested") and offered by an Accept
// button, so a prediction becomes a label only when the annotator says so. Keys while it has focus:
// 1-9 choose a class, Enter accepts the suggestion. It only reports choices; the owner edits.
class LabelPicker : public QWidget {
    Q_OBJECT
public:
    explicit LabelPicker(QWidget* parent = nullptr);

    void setClasses(const QStringList& names);
    // label: the label in force (-1: none yet). suggested: the class offered while label < 0 (-1: no
    // prediction), with its probability. editable: false without a writable project (buttons disabled).
    void setState(int label, int suggested, double confidence, bool editable);

    int label() const { return m_label; }
    int suggested() const { return m_label < 0 ? m_suggested : -1; }
    QToolButton* classButton(int classIndex) const;
    QPushButton* acceptButton() const { return m_accept; }
    QString hintText() const;

Q_SIGNALS:
    void labelChosen(int classIndex);        // a class button or key 1-9
    void suggestionAccepted(int classIndex); // Accept or Enter, only while a suggestion is offered

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void choose(int classIndex);
    void accept();
    void refresh();

    std::vector<QToolButton*> m_buttons;
    QWidget* m_row;
    QPushButton* m_accept;
    QLabel* m_hint;
    QStringList m_names;
    int m_label = -1;
    int m_suggested = -1;
    double m_confidence = 0.0;
    bool m_editable = false;
};

} // namespace arm
