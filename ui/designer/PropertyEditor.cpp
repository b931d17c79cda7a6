#include "designer/PropertyEditor.h"

#include "ProjectDocument.h"
#include "graph/LayerRegistry.h"
#include "graph/NumberFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>
#include <cmath>

namespace netsmith::ui {

PropertyEditor::PropertyEditor(ProjectDocument* document, QWidget* parent)
    : QWidget(parent)
    , document_(document)
{
    auto* outer = new QVBoxLayout(this);
    header_ = new QLabel(this);
    header_->setTextFormat(Qt::RichText);
    help_ = new QLabel(this);
    help_->setWordWrap(true);
    help_->setForegroundRole(QPalette::PlaceholderText); // muted, and readable under a dark palette
    form_ = new QFormLayout;
    form_->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    info_ = new QLabel(this);
    info_->setWordWrap(true);
    info_->setTextFormat(Qt::RichText);
    info_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    outer->addWidget(header_);
    outer->addWidget(help_);
    outer->addLayout(form_);
    outer->addWidget(info_);
    outer->addStretch(1);

    connect(document_, &ProjectDocument::graphReset, this, [this] { setNode(0); });
    connect(document_, &ProjectDocument::nodeRemoved, this, [this](int id) {
        if (id == nodeId_)
            setNode(0);
    });
    connect(document_, &ProjectDocument::nodeChanged, this, [this](int id) {
        if (id == nodeId_)
            refreshValues();
    });
    connect(document_, &ProjectDocument::analysisChanged, this, &PropertyEditor::refreshInfo);
    rebuild();
}

void PropertyEditor::setNode(int nodeId)
{
    if (nodeId == nodeId_ && !fields_.empty())
        return;
    nodeId_ = nodeId;
    rebuild();
}

QWidget* PropertyEditor::field(const QString& paramId) const
{
    if (paramId == QLatin1String("name"))
        return name_;
    const auto it = fields_.find(paramId);
    return it == fields_.end() ? nullptr : it->second;
}

QString PropertyEditor::nameProblem() const
{
    return nameProblem_ ? nameProblem_->text() : QString();
}

void PropertyEditor::rebuild()
{
    while (form_->rowCount() > 0)
        form_->removeRow(0);
    fields_.clear();
    name_ = nullptr;
    nameProblem_ = nullptr;
    session_ = 0;
    const GraphNode* node = document_->graph().node(nodeId_);
    const LayerKind* kind = node ? LayerRegistry::instance().find(node->kind) : nullptr;
    if (!node || !kind) {
        header_->setText(tr("<b>No layer selected</b>"));
        help_->setText(tr("Select a layer on the canvas to edit its parameters."));
        info_->clear();
        return;
    }
    header_->setText(QStringLiteral("<b>%1</b> <span style='color:#777'>(%2)</span>")
                         .arg(kind->translatedName().toHtmlEscaped(), kind->id));
    help_->setText(kind->translatedHelp());

    name_ = new QLineEdit(this);
    name_->setToolTip(tr("Unique name: letters, digits, _ and -. Weights, errors and the summary use it."));
    connect(name_, &QLineEdit::editingFinished, this, &PropertyEditor::commitName);
    connect(name_, &QLineEdit::textEdited, this, [this](const QString& text) {
        // Check as the user types, but only rename when the edit is finished.
        const GraphNode* n = document_->graph().node(nodeId_);
        QString problem;
        if (!ModelGraph::isValidName(text))
            problem = tr("Use a letter or _ first, then letters, digits, _ or -.");
        else if (const GraphNode* other = document_->graph().nodeByName(text); other && n && other->id != n->id)
            problem = tr("Another layer is already called \"%1\".").arg(text);
        nameProblem_->setText(problem);
        nameProblem_->setVisible(!problem.isEmpty());
    });
    form_->addRow(tr("Name"), name_);
    nameProblem_ = new QLabel(this);
    nameProblem_->setStyleSheet(QStringLiteral("color: #c62828;"));
    nameProblem_->setWordWrap(true);
    nameProblem_->hide();
    form_->addRow(QString(), nameProblem_);

    for (const ParamSpec& spec : kind->params) {
        QWidget* editor = nullptr;
        const QString id = spec.id;
        switch (spec.type) {
        case ParamType::Int: {
            auto* box = new QSpinBox(this);
            box->setRange(int(spec.minimum), int(std::min(spec.maximum, 2.0e9)));
            if (!spec.specialText.isEmpty())
                box->setSpecialValueText(spec.specialText);
            box->setKeyboardTracking(true); // live shapes while typing
            connect(box, &QSpinBox::valueChanged, this,
                    [this, id](int v) { applyValue(id, QVariant::fromValue<qlonglong>(v)); });
            editor = box;
            break;
        }
        case ParamType::Float: {
            auto* box = new QDoubleSpinBox(this);
            box->setDecimals(4);
            box->setRange(spec.minimum, spec.maximum);
            box->setSingleStep(spec.maximum <= 1.0 ? 0.05 : 0.1);
            connect(box, &QDoubleSpinBox::valueChanged, this, [this, id](double v) { applyValue(id, v); });
            editor = box;
            break;
        }
        case ParamType::Bool: {
            auto* box = new QCheckBox(this);
            connect(box, &QCheckBox::toggled, this, [this, id](bool v) { applyValue(id, v); });
            editor = box;
            break;
        }
        case ParamType::Choice: {
            auto* box = new QComboBox(this);
            box->addItems(spec.choices);
            connect(box, &QComboBox::currentTextChanged, this,
                    [this, id](const QString& v) { applyValue(id, v); });
            editor = box;
            break;
        }
        }
        editor->setToolTip(QCoreApplication::translate("LayerParam", spec.help));
        editor->installEventFilter(this);
        editor->setObjectName(id);
        fields_[id] = editor;
        form_->addRow(QCoreApplication::translate("LayerParam", spec.label), editor);
    }
    refreshValues();
    refreshInfo();
}

void PropertyEditor::refreshValues()
{
    const GraphNode* node = document_->graph().node(nodeId_);
    const LayerKind* kind = node ? LayerRegistry::instance().find(node->kind) : nullptr;
    if (!node || !kind)
        return;
    updating_ = true;
    if (name_ && !name_->hasFocus())
        name_->setText(node->name);
    for (const ParamSpec& spec : kind->params) {
        QWidget* editor = field(spec.id);
        const QVariant value = node->params.value(spec.id, spec.defaultValue);
        if (auto* box = qobject_cast<QSpinBox*>(editor); box && box->value() != value.toInt())
            box->setValue(value.toInt());
        else if (auto* dbox = qobject_cast<QDoubleSpinBox*>(editor); dbox && dbox->value() != value.toDouble())
            dbox->setValue(value.toDouble());
        else if (auto* check = qobject_cast<QCheckBox*>(editor))
            check->setChecked(value.toBool());
        else if (auto* combo = qobject_cast<QComboBox*>(editor))
            combo->setCurrentText(value.toString());
    }
    updating_ = false;
}

void PropertyEditor::refreshInfo()
{
    const NodeAnalysis* a = document_->analysis().node(nodeId_);
    if (!a || !document_->graph().node(nodeId_)) {
        return;
    }
    QStringList lines;
    QStringList inputs;
    for (const Shape& s : a->inputs)
        inputs << shapeToString(s);
    lines << tr("Input: %1").arg(inputs.isEmpty() ? tr("none") : inputs.join(QStringLiteral(", ")));
    lines << tr("Output: %1").arg(a->ok ? shapeToString(a->output) : QStringLiteral("?"));
    lines << tr("Parameters: %1").arg(formatCount(a->cost.trainableParams + a->cost.frozenParams));
    lines << tr("Multiply-accumulates: %1").arg(formatCount(a->cost.macs));
    QString html = lines.join(QStringLiteral("<br>"));
    if (!a->error.isEmpty())
        html += QStringLiteral("<br><span style='color:#c62828'>%1</span>").arg(a->error.toHtmlEscaped());
    info_->setText(html);
}

void PropertyEditor::commitName()
{
    if (!name_ || updating_)
        return;
    const QString problem = document_->renameNode(nodeId_, name_->text().trimmed());
    if (nameProblem_) {
        nameProblem_->setText(problem);
        nameProblem_->setVisible(!problem.isEmpty());
    }
    if (!problem.isEmpty()) {
        // Keep the model's name: the field goes back to it so it never shows a name that is not
        // in effect.
        if (const GraphNode* n = document_->graph().node(nodeId_))
            name_->setText(n->name);
    }
}

void PropertyEditor::applyValue(const QString& paramId, const QVariant& value)
{
    if (updating_ || nodeId_ == 0)
        return;
    if (session_ == 0)
        session_ = nextSession_++;
    document_->setParam(nodeId_, paramId, value, session_);
}

bool PropertyEditor::eventFilter(QObject* watched, QEvent* event)
{
    // A new focus on a field starts a new undo step; typing within it merges.
    if (event->type() == QEvent::FocusIn)
        session_ = nextSession_++;
    return QWidget::eventFilter(watched, event);
}

void PropertyEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace netsmith::ui
