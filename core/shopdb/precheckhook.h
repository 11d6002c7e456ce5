#pragma once

#include "config/config.h"
#include "shopdb/paymentcheck.h"

#include <QHash>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

namespace paynudge {

// The payment check over HTTP ([precheck]), for shops whose database PayNudge cannot reach:
// POST {"order_nos": [...]} to `url` with the token as a bearer, expecting 200 and
// {"unpaid": [...]}. Anything else — no answer within `timeout`, another status, not JSON, no
// "unpaid" list — is a failed answer with an English error that never holds the token. Numbers in
// "unpaid" that were not asked for are ignored. The token is read at each check (a replaced file
// applies at once), from tokenEnv or an owner-only tokenFile.
class PrecheckHook final : public PaymentCheck
{
    Q_OBJECT
public:
    explicit PrecheckHook(const PrecheckSettings &settings, QObject *parent = nullptr);
    ~PrecheckHook() override;

    void check(quint64 ticket, const QStringList &orderNos) override;
    QString describe() const override;

private:
    void onFinished(QNetworkReply *reply, quint64 ticket, const QStringList &asked, qint64 startedMs);
    void fail(quint64 ticket, const QString &error, qint64 elapsedMs = 0);

    PrecheckSettings m_settings;
    QNetworkAccessManager *m_net;
};

} // namespace paynudge
