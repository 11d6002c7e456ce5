#pragma once

#include "console/operatoractions.h"
#include "domain/order.h"

#include <QDialog>
#include <QList>
#include <QPair>
#include <QTimer>

class QFormLayout;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace paynudge {

class Engine;

// One order as the operator asks about it (a double-click in a list): the order, each reminder
// with the message it says (rendered as it goes out), every send attempt with its outcome and
// reason in the UI's language, and the commands for it — through OperatorActions, so they are
// confirmed as from the menus. It names the order by id and reads it again whenever the engine
// reports a change, so the list moving under it changes nothing. Without `actions` it only shows.
class OrderDetailDialog : public QDialog
{
    Q_OBJECT
public:
    OrderDetailDialog(Engine &engine, OperatorActions *actions, qint64 orderId, QWidget *parent = nullptr);

    qint64 orderId() const { return m_orderId; }
    // What the dialog shows, as plain text (tests, copy).
    QString text() const;
    // The order as the commands see it: its open reminder (send now, skip) and the order (resend).
    ActionTarget target() const;
    QPushButton &sendNowButton() const { return *m_sendNow; }
    QPushButton &skipButton() const { return *m_skip; }
    QPushButton &resendButton() const { return *m_resend; }

public slots:
    // Reads the order, its reminders and attempts again.
    void refresh();

private:
    QList<QPair<QString, QString>> facts() const;
    QString html() const;
    QString reminderMessage(const ReminderRecord &reminder) const;

    Engine &m_engine;
    OperatorActions *m_actions;
    qint64 m_orderId;
    std::optional<OrderRecord> m_order;
    QList<ReminderRecord> m_reminders;
    QString m_readError;
    QLabel *m_heading = nullptr;
    QFormLayout *m_facts = nullptr;
    QTextBrowser *m_body = nullptr;
    QPushButton *m_sendNow = nullptr;
    QPushButton *m_skip = nullptr;
    QPushButton *m_resend = nullptr;
    QTimer m_refresh;
};

} // namespace paynudge
