#pragma once

#include "config/configwriter.h"
#include "shell/fieldbindings.h"

#include <QWidget>

class QFormLayout;
class QLayout;

namespace paynudge {

// One page of the settings dialog. A page shows the INI values it owns as they are written in
// the file (ConfigValues) and writes them back; it never validates them itself — the dialog
// loads the result through Config::load, and the errors that come back lead to the page and
// field they belong to.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(QWidget *parent = nullptr);

    virtual QString title() const = 0;
    virtual void load(const ConfigValues &values) { m_fields.load(values); }
    virtual void save(ConfigValues &values) const { m_fields.save(values); }

    // Rules no INI key can express (two accounts under one key). Returns the problems.
    virtual QList<Error> check(const Config &result) const;

    // The widget and label for a key this page edits; nullptr / empty when it is not this page's.
    virtual QWidget *fieldFor(const QString &key) const { return m_fields.widget(key); }
    virtual QString labelFor(const QString &key) const { return m_fields.label(key); }
    // Shows the field of `key` and puts the cursor there.
    virtual void focusKey(const QString &key);

    // Work that must succeed before the new configuration is written (storing a secret).
    // Returns why it failed, or an empty string.
    virtual QString beforeCommit() { return {}; }
    // Work that follows a written configuration (start on login). Returns a problem, or "".
    virtual QString afterCommit() { return {}; }
    // The keys of the secrets the last beforeCommit() stored ("accounts/shop1/secret"): the
    // audit log records them as changed, never their values (issue 17).
    virtual QStringList secretsStored() const { return {}; }
    // What the last save did that the operator should know (where a secret was kept), or "".
    virtual QString notice() const { return {}; }

signals:
    void edited();

protected:
    void bind(const QString &key, const QString &label, QWidget *widget)
    {
        m_fields.bind(key, label, widget);
    }
    void addField(
        QFormLayout *form, const QString &key, const QString &label, QWidget *widget, QLayout *row = nullptr)
    {
        m_fields.addRow(form, key, label, widget, row);
    }

private:
    FieldBindings m_fields;
};

} // namespace paynudge
