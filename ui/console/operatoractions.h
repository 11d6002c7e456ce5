#pragma once

#include "common/error.h"

#include <QList>
#include <QObject>
#include <QString>
#include <functional>

class QWidget;

namespace paynudge {

class Engine;

// What an operator command acts on: an order chosen in the pending list or the history.
struct ActionTarget
{
    qint64 orderId = 0;
    QString orderNo;
    QString nickname;
    QString openid;
    QString account;
    qint64 openReminderId = 0; // its scheduled or retrying reminder: send now, skip
    qint64 unknownReminderId = 0; // its reminder in `unknown`: mark sent, resend
};

// The operator's commands, each confirmed first with a list of exactly what it will do, then
// carried out through the engine (recorded as manual, by the operator's name). What the engine
// refuses is reported, with its reason, in one warning.
class OperatorActions : public QObject
{
    Q_OBJECT
public:
    OperatorActions(Engine &engine, QWidget *dialogParent);

    // Each returns how many targets it acted on (0 when the operator said no).
    int resend(const QList<ActionTarget> &targets);
    int sendNow(const QList<ActionTarget> &targets);
    int skip(const QList<ActionTarget> &targets);
    int resolveUnknown(const QList<ActionTarget> &targets, bool markSent);

    void setAllPaused(bool paused);
    void setAccountPaused(const QString &account, bool paused);

    // Who manual commands are recorded as: the desktop user.
    static QString actor();

signals:
    // One line for the status bar: what was done.
    void done(const QString &message);

private:
    // The lines a confirmation lists: order, customer (masked), account, and for a resend the
    // message exactly as it would be rendered now.
    QString describe(const QList<ActionTarget> &targets, bool withMessage) const;
    QString accountName(const QString &key) const;
    // Runs `command` on each target; reports the refusals in one warning titled `failureTitle`.
    int runEach(const QList<ActionTarget> &targets, const std::function<Error(const ActionTarget &)> &command,
        const QString &failureTitle);
    static QList<ActionTarget> having(const QList<ActionTarget> &targets, qint64 ActionTarget::*reminder);

    Engine &m_engine;
    QWidget *m_parent;
};

} // namespace paynudge
