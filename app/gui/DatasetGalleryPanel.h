#pragma once

#include "app/models/GalleryFilterModel.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListView;

namespace arm {

class GalleryDelegate;
class GalleryModel;
class Workspace;

// The dataset gallery: a filter bar (split, given, predicted, correct/wrong, confidence range,
// edited/flagged, name search, sort) over a QListView of GalleryDelegate tiles, and a count label.
// Selecting tiles sets the Workspace's current sample and selection. Keyboard relabelling in the
// list: 1-9 set the current sample's label (class index = key - 1), J/K next/previous, F toggles the
// review flag, Enter gives a sample with no label yet the model's prediction (never implicitly); arrows
// move as in any list. Undo/redo are the main window's Edit actions. Samples with no label yet follow
// the labelled ones; the label filter has a "Not labelled yet" entry when the dataset has any.
class DatasetGalleryPanel : public QWidget {
    Q_OBJECT
public:
    explicit DatasetGalleryPanel(Workspace* workspace, QWidget* parent = nullptr);
    ~DatasetGalleryPanel() override;

    GalleryModel* galleryModel() const { return m_model; }
    GalleryFilterModel* filterModel() const { return m_proxy; }
    QListView* listView() const { return m_view; }
    GalleryDelegate* delegate() const { return m_delegate; }

    // Shows exactly the samples of a confusion cell (true label, predicted label); resets the rest.
    void showConfusionCell(int trueLabel, int predictedLabel, const QString& split = QString());
    void clearFilter();
    void setThumbnailSize(int size);
    // Moves the current sample by `step` rows in the filtered order (J/K); returns false at an end.
    bool moveCurrent(int step);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rebuildLabelCombos();
    void applyFilterFromControls();
    void syncControlsFromFilter();
    void updateCount();
    void onCurrentChanged();
    void onSelectionChanged();
    void onWorkspaceCurrentChanged(int sample);
    void updateHiddenNotice();
    void applySort();

    Workspace* m_ws;
    QWidget* m_hiddenBar = nullptr;   // "the sample chosen elsewhere is hidden by the filter"
    QLabel* m_hiddenText = nullptr;
    GalleryModel* m_model;
    GalleryFilterModel* m_proxy;
    GalleryDelegate* m_delegate;
    QListView* m_view;
    QComboBox* m_split;
    QComboBox* m_given;
    QComboBox* m_predicted;
    QComboBox* m_correct;
    QDoubleSpinBox* m_minConf;
    QDoubleSpinBox* m_maxConf;
    QCheckBox* m_edited;
    QCheckBox* m_flagged;
    QLineEdit* m_search;
    QComboBox* m_sort;
    QLabel* m_cellLabel;
    QLabel* m_count;
    QLabel* m_emptyText = nullptr;
    bool m_syncing = false;
};

} // namespace arm
