#pragma once

#include "app/gui/jobs/AffinityJob.h"
#include "engine/analysis/AffinityResult.h"

#include <QImage>
#include <QStringList>
#include <QVector>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QSplitter;
class QTableWidget;

namespace arm {

class MatrixPlot;
class SideBySideView;
class Workspace;

// Batch affinity: how similar the images of one batch look to ARM (B x B cosine of F_expression or
// F_unique, or the class x class mean), which share of each image's feature is the batch-shared term,
// and whose prediction changes when it is classified inside this batch instead of alone. The batch is
// the gallery selection or a stratified sample; clicking a cell opens the pair side by side.
class AffinityPanel : public QWidget {
    Q_OBJECT
public:
    enum class View { ExpressionCosine, UniqueCosine, ClassAffinity };
    Q_ENUM(View)

    explicit AffinityPanel(Workspace* workspace, QWidget* parent = nullptr);
    ~AffinityPanel() override;

    void setRunner(AffinityRunner runner); // default: EngineRunners::affinity()

    // Shows a result directly. names, images: one per image of the batch (images may be empty);
    // sampleIndices: their dataset indices (optional).
    void setAffinity(const AffinityResult& result, const QStringList& names, const QVector<QImage>& images,
                     const QVector<int>& sampleIndices = {});
    bool hasAffinity() const { return m_has; }
    const AffinityResult& affinity() const { return m_result; }

    void setView(View view);
    View view() const;

    // The batch to compute: dataset indices. compute() runs the job on it.
    QVector<int> batch() const { return m_batch; }
    void setBatch(const QVector<int>& sampleIndices);
    // perClass samples of each class (labels in force), spread evenly over each class's samples.
    static QVector<int> stratifiedSample(const Workspace& workspace, int perClass);
    bool isComputing() const;

    // Shows images a and b side by side (row and column of the B x B matrix).
    void openPair(int a, int b);

    MatrixPlot* matrixPlot() const { return m_matrix; }
    SideBySideView* pairView() const { return m_pair; }
    QTableWidget* table() const { return m_table; }
    QComboBox* viewCombo() const { return m_viewCombo; }
    QPushButton* selectionButton() const { return m_useSelection; }
    QPushButton* stratifiedButton() const { return m_stratified; }
    QSpinBox* perClassSpin() const { return m_perClass; }
    QString statusText() const;
    // Under the pair: each image's given label and predictions alone / in this batch.
    QString pairDetailsText() const;

public Q_SLOTS:
    void useSelection();
    void useStratifiedSample();
    void compute();
    void cancel();

protected:
    // Opening the view shows a result rather than an empty plot: the stratified test batch, once.
    void showEvent(QShowEvent* event) override;
    // Below kSideBySideWidth the pair view goes under the matrix: beside it, in a 460 px dock, it left
    // the matrix ~50 px of cells and cut its title.
    void resizeEvent(QResizeEvent* event) override;

Q_SIGNALS:
    void pairOpened(int a, int b);
    void computed();

private:
    void buildUi();
    void showMatrix();
    void fillTable();
    void onCellClicked(int row, int col);
    QString caption(int i) const;
    QString predictionText(int i) const;
    QString className(int label) const;

    Workspace* m_ws;
    AffinityRunner m_runner;
    AffinityJob* m_job = nullptr;
    QVector<int> m_batch;
    bool m_has = false;
    AffinityResult m_result;
    QStringList m_names;
    QVector<QImage> m_images;
    QVector<QImage> m_thumbs;
    QVector<int> m_indices;
    QComboBox* m_viewCombo = nullptr;
    QPushButton* m_useSelection = nullptr;
    QPushButton* m_stratified = nullptr;
    QPushButton* m_cancel = nullptr;
    QSpinBox* m_perClass = nullptr;
    QLabel* m_status = nullptr;
    QSplitter* m_matrixSplit = nullptr; // matrix | pair view
    MatrixPlot* m_matrix = nullptr;
    SideBySideView* m_pair = nullptr;
    QLabel* m_pairDetails = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace arm
