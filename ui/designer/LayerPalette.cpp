#include "designer/LayerPalette.h"

#include "Icons.h"
#include "designer/LayerTree.h"
#include "graph/LayerRegistry.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QVBoxLayout>
#include <map>

namespace netsmith::ui {

LayerPalette::LayerPalette(QWidget* parent)
    : QWidget(parent)
    , search_(new QLineEdit(this))
    , tree_(new LayerTree(this))
{
    search_->setClearButtonEnabled(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(search_);
    layout->addWidget(tree_);
    setFocusProxy(search_);
    connect(search_, &QLineEdit::textChanged, this, &LayerPalette::applyFilter);
    connect(search_, &QLineEdit::returnPressed, this, [this] {
        // Enter in the search field adds the first match: palette use without the mouse.
        for (int c = 0; c < tree_->topLevelItemCount(); ++c)
            for (int i = 0; i < tree_->topLevelItem(c)->childCount(); ++i)
                if (!tree_->topLevelItem(c)->child(i)->isHidden()) {
                    Q_EMIT layerActivated(tree_->topLevelItem(c)->child(i)->data(0, LayerTree::KindRole).toString());
                    return;
                }
    });
    connect(tree_, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QString kind = item->data(0, LayerTree::KindRole).toString();
        if (!kind.isEmpty())
            Q_EMIT layerActivated(kind);
    });
    populate();
}

QTreeWidgetItem* LayerPalette::itemForKind(const QString& kind) const
{
    for (int c = 0; c < tree_->topLevelItemCount(); ++c)
        for (int i = 0; i < tree_->topLevelItem(c)->childCount(); ++i)
            if (tree_->topLevelItem(c)->child(i)->data(0, LayerTree::KindRole).toString() == kind)
                return tree_->topLevelItem(c)->child(i);
    return nullptr;
}

void LayerPalette::populate()
{
    search_->setPlaceholderText(tr("Search layers…"));
    search_->setToolTip(tr("Type to filter; Enter adds the first match after the selected layer."));
    tree_->clear();
    std::map<int, QTreeWidgetItem*> categories;
    for (const LayerKind& kind : LayerRegistry::instance().kinds()) {
        QTreeWidgetItem*& category = categories[int(kind.category)];
        if (!category) {
            category = new QTreeWidgetItem(QStringList{categoryDisplayName(kind.category)});
            category->setFlags(Qt::ItemIsEnabled);
            category->setIcon(0, Icons::category(kind.category));
            QFont f = category->font(0);
            f.setBold(true);
            category->setFont(0, f);
        }
        auto* item = new QTreeWidgetItem(category, QStringList{kind.translatedName()});
        item->setData(0, LayerTree::KindRole, kind.id);
        item->setToolTip(0, QStringLiteral("<b>%1</b> (%2)<br>%3")
                                .arg(kind.translatedName().toHtmlEscaped(), kind.id, kind.translatedHelp().toHtmlEscaped()));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    }
    for (auto& [order, item] : categories)
        tree_->addTopLevelItem(item);
    tree_->expandAll();
    applyFilter(search_->text());
}

void LayerPalette::applyFilter(const QString& text)
{
    const QString needle = text.trimmed();
    for (int c = 0; c < tree_->topLevelItemCount(); ++c) {
        QTreeWidgetItem* category = tree_->topLevelItem(c);
        int visible = 0;
        for (int i = 0; i < category->childCount(); ++i) {
            QTreeWidgetItem* item = category->child(i);
            const QString kind = item->data(0, LayerTree::KindRole).toString();
            const bool match = needle.isEmpty() || item->text(0).contains(needle, Qt::CaseInsensitive) ||
                               kind.contains(needle, Qt::CaseInsensitive) ||
                               category->text(0).contains(needle, Qt::CaseInsensitive);
            item->setHidden(!match);
            visible += match ? 1 : 0;
        }
        category->setHidden(visible == 0);
    }
}

void LayerPalette::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        populate();
    QWidget::changeEvent(event);
}

} // namespace netsmith::ui
