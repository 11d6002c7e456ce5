#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace paynudge {

class Engine;

// Puts one customer on the do-not-remind list with a reason: from the list page (the operator types
// the openid) or from an order's row (the customer is given and shown masked). Accepting writes
// it through the engine; a refusal (bad openid, the store) shows in the dialog, which stays open.
class OptOutDialog : public QDialog
{
    Q_OBJECT
public:
    // `openid` empty: the operator types one.
    OptOutDialog(Engine &engine, const QString &openid, const QString &customer, QWidget *parent);

    QLineEdit &openidEdit() const { return *m_openid; }
    QLineEdit &reasonEdit() const { return *m_reason; }
    QLabel &customerLabel() const { return *m_customer; }
    QString problem() const; // what the last try refused, shown in the dialog

    void accept() override;

signals:
    // Listed (or its reason changed); for the status bar.
    void listed(const QString &message);

private:
    void check();

    Engine &m_engine;
    QString m_givenOpenid;
    QLabel *m_customer = nullptr;
    QLineEdit *m_openid = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace paynudge
