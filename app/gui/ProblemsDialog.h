#pragma once

#include "engine/data/DatasetIndex.h"

#include <QDialog>

#include <vector>

class QTableWidget;

namespace arm {

// Lists the problems found while opening a dataset (where: file:line or path, reason), so the user
// sees exactly which entries were skipped.
class ProblemsDialog : public QDialog {
    Q_OBJECT
public:
    ProblemsDialog(const QString& datasetPath, const std::vector<Problem>& problems, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table;
};

} // namespace arm
