#pragma once
// PropertyEditor: the selected layer's parameters, generated from its ParamSpec schema —
// spin boxes with the schema's ranges (the special minimum such as "same" or "auto" shown
// as text), combo boxes and check boxes — plus its name, checked for validity and
// uniqueness. Every change is applied to the document as you type; successive changes to
// one field merge into one undo step.
#include <QPointer>
#include <QWidget>
#include <map>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace netsmith::ui {

class ProjectDocument;

class PropertyEditor : public QWidget
{
    Q_OBJECT
public:
    explicit PropertyEditor(ProjectDocument* document, QWidget* parent = nullptr);

    int nodeId() const { return nodeId_; }
    /// Shows this layer (0: nothing selected).
    void setNode(int nodeId);
    /// The editor widget of a parameter, or the name field for "name" (for tests).
    QWidget* field(const QString& paramId) const;
    QString nameProblem() const;

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rebuild();
    void refreshValues();
    void refreshInfo();
    void commitName();
    void applyValue(const QString& paramId, const QVariant& value);

    ProjectDocument* document_;
    int nodeId_ = 0;
    QFormLayout* form_ = nullptr;
    QLabel* header_ = nullptr;
    QLabel* help_ = nullptr;
    QLineEdit* name_ = nullptr;
    QLabel* nameProblem_ = nullptr;
    QLabel* info_ = nullptr;
    std::map<QString, QWidget*> fields_;
    int session_ = 0;     ///< merge key of the field being edited
    int nextSession_ = 1;
    bool updating_ = false;
};

} // namespace netsmith::ui
