#include "app/gui/ProblemsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace arm {

ProblemsDialog::ProblemsDialog(const QString& datasetPath, const std::vector<Problem>& problems, QWidget* parent)
    : QDialog(parent), m_table(new QTableWidget(static_cast<int>(problems.size()), 2, this))
{
    setObjectName(QStringLiteral("ProblemsDialog"));
    setWindowTitle(tr("Dataset problems"));
    auto* intro = new QLabel(tr("%n entries of %1 were skipped:", nullptr, static_cast<int>(problems.size()))
                                 .arg(datasetPath),
                             this);
    intro->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("Where"), tr("Reason")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setProperty("armNoTranslate", true);
    for (int i = 0; i < static_cast<int>(problems.size()); ++i) {
        m_table->setItem(i, 0, new QTableWidgetItem(QString::fromStdString(problems[static_cast<std::size_t>(i)].where)));
        m_table->setItem(i, 1, new QTableWidgetItem(QString::fromStdString(problems[static_cast<std::size_t>(i)].reason)));
    }
    m_table->resizeColumnToContents(0);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(720, 420);
}

} // namespace arm
