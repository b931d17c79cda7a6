#include "designer/ProblemsPanel.h"

#include "ProjectDocument.h"

#include <QEvent>

namespace netsmith::ui {

ProblemsPanel::ProblemsPanel(ProjectDocument* document, QWidget* parent)
    : QListWidget(parent)
    , document_(document)
{
    setWordWrap(true);
    connect(document_, &ProjectDocument::analysisChanged, this, &ProblemsPanel::refresh);
    connect(this, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        if (int id = item->data(NodeRole).toInt())
            Q_EMIT nodeActivated(id);
    });
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (int id = item->data(NodeRole).toInt())
            Q_EMIT nodeActivated(id);
    });
    refresh();
}

void ProblemsPanel::refresh()
{
    clear();
    const GraphAnalysis& analysis = document_->analysis();
    for (const GraphProblem& p : analysis.problems) {
        auto* item = new QListWidgetItem(QStringLiteral("⚠ ") + p.message, this);
        item->setData(NodeRole, p.nodeId);
        item->setToolTip(p.message);
        item->setForeground(QColor(0xb7, 0x1c, 0x1c));
    }
    if (analysis.problems.empty()) {
        auto* item = new QListWidgetItem(analysis.valid() ? tr("✓ The model is valid.") : tr("The model is empty."), this);
        item->setFlags(Qt::ItemIsEnabled);
        item->setForeground(QColor(0x2e, 0x7d, 0x32));
    }
}

void ProblemsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QListWidget::changeEvent(event);
}

} // namespace netsmith::ui
