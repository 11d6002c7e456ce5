#pragma once

#include "faketokens.h"

#include <QHash>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>
#include <map>
#include <memory>
#include <optional>

class QHttpServerRequest;
class QHttpServerResponder;
class QTcpSocket;

namespace paynudge {
class Clock;
}

namespace paynudge::test {

// A WeChat API server for tests and for trying PayNudge by hand, on 127.0.0.1, written from
// wechat-api.md (not from PayNudge's client): /cgi-bin/token, /cgi-bin/stable_token,
// /cgi-bin/message/template/send, /cgi-bin/message/subscribe/bizsend,
// /cgi-bin/message/subscribe/send, /cgi-bin/template/get_all_private_template (the templates
// added with addTemplate, their content built from the keys), /cgi-bin/openapi/quota/get (the
// day's delivered sends per API against setDailyQuota, 100 000 by default) and
// /cgi-bin/openapi/rid/get (every errcode answer remembered by its rid), plus /fake/shop-token standing in
// added with addTemplate, their content built from the keys), /wxaapi/newtmpl/gettemplate (those
// added with addSubscribeTemplate, with their enum values), plus /fake/shop-token standing in
// for a shop's own token service (tokenSource=url: it relays the appid's stable token).
// Errors are HTTP 200 with {"errcode","errmsg"} and a "rid: …" suffix, as WeChat sends them.
// Every answer, an unknown path's 404 too, carries a Date header from the fake's clock.
// Sends are validated (token, touser, template_id, value types → 47003, a mini program's released
// pages → 41030), deduplicated by
// openid + client_msg_id for 10 minutes (template/send), and recorded as deliveries.
// Time (token lifetimes, dedupe window, quota day) follows an injectable clock.
class FakeWeChat : public QObject
{
    Q_OBJECT
public:
    enum class Api
    {
        Token,
        StableToken,
        ShopToken,
        TemplateSend,
        BizSend,
        SubscribeSend,
        TemplateList,
        QuotaGet, // /cgi-bin/openapi/quota/get
        RidGet, // /cgi-bin/openapi/rid/get
        SubscribeTemplateList,
        AnySend,
        AnyToken
    };
    Q_ENUM(Api)
    enum class Drop
    {
        BeforeHandling,
        AfterHandling
    };

    struct Delivery
    {
        QString appid;
        Api api = Api::TemplateSend;
        QString openid;
        QString templateId;
        QString clientMsgId;
        QJsonObject body;
        qint64 msgid = 0;
        qint64 at = 0;
    };
    struct Request
    {
        Api api = Api::TemplateSend;
        QByteArray method;
        QUrlQuery query;
        QByteArray body;
        QByteArray contentType;
    };

    static constexpr qint64 kDedupeWindowMs = 10 * 60 * 1000;

    explicit FakeWeChat(const Clock &clock, QObject *parent = nullptr);
    ~FakeWeChat() override;

    bool listen(quint16 port = 0); // 127.0.0.1; 0 picks a free port
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;
    static QString path(Api api);

    // Accounts. With none added every wx + 16 hex appid is accepted with any non-empty secret.
    void addAccount(const QString &appid, const QString &secret);
    // Templates of an appid; an appid with none accepts any template id. `keys` must all be sent.
    // The template list shows it with `title` and a content of one {{key.DATA}} line per key.
    void addTemplate(const QString &appid, const QString &templateId, const QStringList &keys = {},
        const QString &title = QStringLiteral("订单未付款提醒"));
    // A customer who cannot receive: 40003 unknown, 43004 not following, 43019 blacklisted,
    // 48002 refuses messages, 43101 no subscription consent.
    // A subscribe-message template (/wxaapi/newtmpl/gettemplate lists it): keys with their labels
    // ("thing1" → "商品名称"), the allowed values of enum keys, type 2 one-time / 3 long-term.
    // Its keys must be sent, as addTemplate's.
    struct SubscribeTemplate
    {
        QString id;
        QString title;
        QList<QPair<QString, QString>> keys; // key → label
        QHash<QString, QStringList> enumValues;
        int type = 2;
    };
    void addSubscribeTemplate(const QString &appid, const SubscribeTemplate &t);
    // Labels a template message's key shows instead of the one its type gives ("time5" → "关闭时间").
    void setKeyLabel(const QString &templateId, const QString &key, const QString &label)
    {
        m_keyLabels[templateId].insert(key, label);
    }
    void setRecipient(const QString &openid, int errcode);
    // The pages of the released version of a mini program (as in its app.json); once set, a
    // subscribe/send of that appid whose page is not one of them is answered 41030.
    void setReleasedPages(const QString &appid, const QStringList &pages)
    {
        m_releasedPages.insert(appid, pages);
    }
    void setTokenLifetime(int seconds) { m_tokens.setLifetimeSec(seconds); }
    void setNextMsgId(qint64 msgid) { m_nextMsgId = msgid; }
    // The token endpoints check the caller against the whitelist (when one is set); loopback
    // callers are seen as `ip`.
    void setCallerIp(const QString &ip) { m_callerIp = ip; }
    void setWhitelist(const QStringList &ips) { m_whitelist = ips; }
    // 45009 once an appid made `perDay` calls of the API in one Beijing day (midnight UTC+8).
    // quota/get reports it as daily_limit (default 100 000, wechat-api.md §5).
    void setDailyQuota(Api api, int perDay) { m_quota.insert(api, perDay); }
    // Every errcode answer is remembered by its rid for /cgi-bin/openapi/rid/get.
    struct RidEntry
    {
        QString appid; // the account whose token made the call (empty: token endpoints)
        qint64 at = 0;
        QString url; // path?query, as WeChat logs it (with the access_token)
        QByteArray body;
        QByteArray response;
    };
    QStringList rids() const { return m_rids.keys(); }
    void invalidateTokens(const QString &appid) { m_tokens.invalidateAll(appid); }

    // Faults for the next `times` matching calls (AnySend / AnyToken match groups).
    void failNext(Api api, int errcode, int times = 1, const QString &errmsg = {});
    void httpErrorNext(Api api, int status, int times = 1);
    // Handled at once (a send is delivered), answered only after `ms` — a timeout after delivery.
    void delayNext(Api api, int ms, int times = 1);
    // Handled at once, answered only when releaseHeld() is called: "still in flight" for as long
    // as a test needs, however slow the machine.
    void holdNext(Api api, int times = 1);
    void releaseHeld();
    int heldCount() const;
    void dropNext(Api api, Drop when, int times = 1);
    void clearFaults() { m_faults.clear(); }
    // Every answer waits this long (concurrency tests).
    void setReplyDelay(int ms) { m_replyDelayMs = ms; }
    // Unreachable: the port stops listening and open connections are closed, so clients get
    // "connection refused" as from a machine offline; reachable again: it listens on the same port.
    // Tokens, deliveries and faults are kept.
    bool setReachable(bool reachable);

    const QList<Delivery> &deliveries() const { return m_deliveries; }
    QList<Delivery> deliveriesTo(const QString &openid) const;
    const QList<Request> &requests() const { return m_requests; }
    int requestCount(Api api) const;
    int tokenRequestCount() const; // token + stable_token + shop-token
    QStringList issuedTokens() const { return m_tokens.issued(); }
    int maxConcurrentPerOpenid() const { return m_maxPerOpenid; }
    int maxConcurrentPerAppid() const { return m_maxPerAppid; }
    int connectionCount() const { return m_connections; }
    void setRecording(bool on) { m_recording = on; } // the benchmark keeps no per-request log

    static QString defaultErrmsg(int errcode);
    static QString withRid(const QString &errmsg);

signals:
    void delivered(const paynudge::test::FakeWeChat::Delivery &delivery);
    // A send dropped as a repeat of an already delivered client_msg_id (the soak counts them).
    void deduplicated(const paynudge::test::FakeWeChat::Delivery &repeat);

private:
    struct Fault
    {
        enum Kind
        {
            Errcode,
            Http,
            Delay,
            DropFault
        } kind
            = Errcode;
        Api api = Api::AnySend;
        int value = 0; // errcode, HTTP status or delay ms (kHeld: until releaseHeld())
        Drop drop = Drop::BeforeHandling;
        QString errmsg;
        int remaining = 1;
    };
    struct Reply
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json; encoding=utf-8";
    };
    struct Pending
    {
        std::unique_ptr<QHttpServerResponder> responder;
        QPointer<QTcpSocket> socket;
        Reply reply;
        QString concurrencyKey;
        QString appid;
    };

    void handle(Api api, const QHttpServerRequest &request, QHttpServerResponder &&responder);
    Reply process(Api api, const QHttpServerRequest &request, QString *appid, QString *openid);
    Reply token(Api api, const QHttpServerRequest &request);
    Reply send(Api api, const QHttpServerRequest &request, QString *appid, QString *openid);
    std::optional<Reply> refused(const QHttpServerRequest &request, QHttpServerRequest::Method method,
        FakeTokens::Checked *token) const;
    Reply templateList(const QHttpServerRequest &request) const;
    Reply quotaGet(const QHttpServerRequest &request) const;
    Reply ridGet(const QHttpServerRequest &request) const;
    void rememberRid(Api api, const QHttpServerRequest &request, const Reply &reply);
    Reply subscribeTemplateList(const QHttpServerRequest &request) const;
    std::optional<Reply> accountError(const QString &appid, const QString &secret, bool classic) const;
    std::optional<Reply> quotaError(Api api, const QString &appid);
    std::optional<Fault> takeFault(Api api);
    void answer(QHttpServerResponder &responder, const Reply &reply);
    void complete(quint64 pendingId);
    void leave(const QString &concurrencyKey, const QString &appid);
    static bool matches(Api scope, Api api);
    Reply error(int errcode, const QString &errmsg = {}) const;

    const Clock &m_clock;
    FakeTokens m_tokens;
    QHttpServer m_http;
    quint16 m_port = 0;
    QHash<QString, QString> m_accounts; // appid → secret
    QHash<QString, QHash<QString, QStringList>> m_templates; // appid → template id → keys
    QHash<QString, QString> m_templateTitles; // template id → title
    QHash<QString, QHash<QString, QString>> m_keyLabels; // template id → key → label
    QHash<QString, QList<SubscribeTemplate>> m_subscribeTemplates; // appid → its subscribe templates
    QHash<QString, int> m_recipients;
    QHash<QString, QStringList> m_releasedPages; // mini program appid → pages
    QHash<Api, int> m_quota;
    QHash<QString, int> m_quotaUsed; // "appid|api|day" → calls
    QHash<QString, int> m_sentPerDay; // "appid|api|day" → messages delivered (quota/get's "used")
    QHash<QString, RidEntry> m_rids;
    QHash<QString, QPair<qint64, qint64>> m_dedupe; // appid|openid|client_msg_id → (first at, msgid)
    QStringList m_whitelist;
    QString m_callerIp = QStringLiteral("127.0.0.1");
    QList<Fault> m_faults;
    int m_replyDelayMs = 0;
    qint64 m_nextMsgId = 200228332;
    QList<Delivery> m_deliveries;
    QList<Request> m_requests;
    QHash<Api, int> m_counts;
    bool m_recording = true;
    QHash<QString, int> m_inFlightPerOpenid;
    QHash<QString, int> m_inFlightPerAppid;
    int m_maxPerOpenid = 0;
    int m_maxPerAppid = 0;
    int m_connections = 0;
    quint64 m_nextPending = 0;
    std::map<quint64, Pending> m_pending; // after m_http: destroyed first
    QList<quint64> m_held; // pending answers that wait for releaseHeld()
    static constexpr int kHeld = -1;
};

} // namespace paynudge::test
