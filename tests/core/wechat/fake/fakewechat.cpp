#include "fakewechat.h"

#include "common/clock.h"
#include "fakevaluerules.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace paynudge::test {
namespace {

bool isSend(FakeWeChat::Api api)
{
    using Api = FakeWeChat::Api;
    return api == Api::TemplateSend || api == Api::BizSend || api == Api::SubscribeSend;
}

bool isToken(FakeWeChat::Api api)
{
    using Api = FakeWeChat::Api;
    return api == Api::Token || api == Api::StableToken || api == Api::ShopToken;
}

// RFC 7231's IMF-fixdate, as every HTTP server sends it ("Sun, 06 Nov 1994 08:49:37 GMT").
QByteArray httpDate(qint64 epochMs)
{
    return QLocale::c()
        .toString(QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s)
        .toLatin1();
}

// A label per keyword type, as the category library names them, for the template's content.
QString labelFor(const QString &key)
{
    static const QList<QPair<QString, QString>> labels { { u"character_string"_s, u"订单编号"_s },
        { u"thing"_s, u"商品名称"_s }, { u"amount"_s, u"订单金额"_s }, { u"time"_s, u"下单时间"_s },
        { u"first"_s, u"标题"_s }, { u"remark"_s, u"备注"_s } };
    for (const auto &[prefix, label] : labels)
        if (key.startsWith(prefix))
            return label;
    return key;
}

qint64 beijingDay(qint64 ms)
{
    return (ms + 8LL * 3600 * 1000) / (24LL * 3600 * 1000);
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

FakeWeChat::FakeWeChat(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_tokens(clock)
{
    for (Api api : { Api::Token, Api::StableToken, Api::ShopToken, Api::TemplateSend, Api::BizSend,
             Api::SubscribeSend, Api::TemplateList, Api::SubscribeTemplateList }) {
        m_http.route(
            path(api), [this, api](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                handle(api, request, std::move(responder));
            });
    }
    // The API-management endpoints (wechat-api.md §5).
    for (Api api : { Api::QuotaGet, Api::RidGet }) {
        m_http.route(
            path(api), [this, api](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                handle(api, request, std::move(responder));
            });
    }
    m_http.setMissingHandler([this](const QHttpServerRequest &, QHttpServerResponder &&responder) {
        answer(responder, { 404, "<html><body>404 Not Found</body></html>", "text/html" });
    });
}

FakeWeChat::~FakeWeChat() = default;

QString FakeWeChat::path(Api api)
{
    switch (api) {
    case Api::Token:
        return u"/cgi-bin/token"_s;
    case Api::StableToken:
        return u"/cgi-bin/stable_token"_s;
    case Api::ShopToken:
        return u"/fake/shop-token"_s;
    case Api::TemplateSend:
        return u"/cgi-bin/message/template/send"_s;
    case Api::BizSend:
        return u"/cgi-bin/message/subscribe/bizsend"_s;
    case Api::SubscribeSend:
        return u"/cgi-bin/message/subscribe/send"_s;
    case Api::TemplateList:
        return u"/cgi-bin/template/get_all_private_template"_s;
    case Api::QuotaGet:
        return u"/cgi-bin/openapi/quota/get"_s;
    case Api::RidGet:
        return u"/cgi-bin/openapi/rid/get"_s;
    case Api::SubscribeTemplateList:
        return u"/wxaapi/newtmpl/gettemplate"_s;
    case Api::AnySend:
    case Api::AnyToken:
        break;
    }
    return {};
}

bool FakeWeChat::listen(quint16 port)
{
    m_port = m_http.listen(QHostAddress::LocalHost, port);
    if (m_port == 0)
        return false;
    for (QTcpServer *server : m_http.servers())
        connect(server, &QTcpServer::newConnection, this, [this] { ++m_connections; });
    return true;
}

bool FakeWeChat::setReachable(bool reachable)
{
    for (QTcpServer *server : m_http.servers()) {
        if (reachable) {
            if (!server->isListening() && !server->listen(QHostAddress::LocalHost, m_port))
                return false;
            continue;
        }
        server->close();
        // QTcpServer parents the sockets it accepts; kept-alive ones would otherwise still answer.
        for (QTcpSocket *socket : server->findChildren<QTcpSocket *>())
            socket->abort();
    }
    return true;
}

QUrl FakeWeChat::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

void FakeWeChat::addAccount(const QString &appid, const QString &secret)
{
    m_accounts.insert(appid, secret);
}

void FakeWeChat::addTemplate(
    const QString &appid, const QString &templateId, const QStringList &keys, const QString &title)
{
    m_templates[appid].insert(templateId, keys);
    m_templateTitles.insert(templateId, title);
}

void FakeWeChat::addSubscribeTemplate(const QString &appid, const SubscribeTemplate &t)
{
    QStringList keys;
    for (const auto &[key, label] : t.keys)
        keys << key;
    m_templates[appid].insert(t.id, keys);
    auto &list = m_subscribeTemplates[appid];
    list.removeIf([&t](const SubscribeTemplate &o) { return o.id == t.id; });
    list.append(t);
}

void FakeWeChat::setRecipient(const QString &openid, int errcode)
{
    m_recipients.insert(openid, errcode);
}

void FakeWeChat::failNext(Api api, int errcode, int times, const QString &errmsg)
{
    m_faults.append({ Fault::Errcode, api, errcode, Drop::BeforeHandling, errmsg, times });
}

void FakeWeChat::httpErrorNext(Api api, int status, int times)
{
    m_faults.append({ Fault::Http, api, status, Drop::BeforeHandling, {}, times });
}

void FakeWeChat::delayNext(Api api, int ms, int times)
{
    m_faults.append({ Fault::Delay, api, ms, Drop::BeforeHandling, {}, times });
}

void FakeWeChat::holdNext(Api api, int times)
{
    m_faults.append({ Fault::Delay, api, kHeld, Drop::BeforeHandling, {}, times });
}

void FakeWeChat::releaseHeld()
{
    const QList<quint64> held = m_held;
    m_held.clear();
    for (quint64 id : held)
        complete(id);
}

int FakeWeChat::heldCount() const
{
    return int(m_held.size());
}

void FakeWeChat::dropNext(Api api, Drop when, int times)
{
    m_faults.append({ Fault::DropFault, api, 0, when, {}, times });
}

bool FakeWeChat::matches(Api scope, Api api)
{
    if (scope == Api::AnySend)
        return isSend(api);
    if (scope == Api::AnyToken)
        return isToken(api);
    return scope == api;
}

std::optional<FakeWeChat::Fault> FakeWeChat::takeFault(Api api)
{
    for (auto it = m_faults.begin(); it != m_faults.end(); ++it) {
        if (!matches(it->api, api))
            continue;
        const Fault f = *it;
        if (--it->remaining <= 0)
            m_faults.erase(it);
        return f;
    }
    return std::nullopt;
}

QString FakeWeChat::defaultErrmsg(int errcode)
{
    // errmsg texts as wechat-api.md §1 and §4 quote them.
    static const QHash<int, QString> texts {
        { -1, u"system error"_s },
        { 40001, u"invalid credential, access_token is invalid or not latest"_s },
        { 40002, u"invalid grant_type"_s },
        { 40003, u"invalid openid"_s },
        { 40013, u"invalid appid"_s },
        { 40014, u"invalid access_token"_s },
        { 40036, u"invalid template_id size"_s },
        { 40037, u"invalid template_id"_s },
        { 40125, u"invalid appsecret"_s },
        { 40243, u"AppSecret已被冻结"_s },
        { 41001, u"access_token missing"_s },
        { 41002, u"appid missing"_s },
        { 41004, u"appsecret missing"_s },
        { 41030, u"invalid page"_s },
        { 42001, u"access_token expired"_s },
        { 43002, u"require POST method"_s },
        { 43004, u"require subscribe"_s },
        { 43019, u"require remove blacklist"_s },
        { 43101, u"user refuse to accept the msg"_s },
        { 43107, u"订阅消息能力封禁"_s },
        { 43108, u"并发下发消息给同一个粉丝"_s },
        { 45009, u"reach max api daily quota limit"_s },
        { 45011, u"api minute-quota reach limit mustslower retry next minute"_s },
        { 45103, u"This API has been unsupported"_s },
        { 45168, u"命中敏感词"_s },
        { 47001, u"data format error"_s },
        { 47003, u"argument invalid!"_s },
        { 48001, u"api unauthorized"_s },
        { 48002, u"粉丝拒收消息"_s },
        { 50002, u"user limited"_s },
    };
    return texts.value(errcode, u"errcode %1"_s.arg(errcode));
}

QString FakeWeChat::withRid(const QString &errmsg)
{
    auto *rng = QRandomGenerator::global();
    return errmsg
        + u" rid: %1-%2-%3"_s.arg(rng->generate(), 8, 16, QLatin1Char('0'))
              .arg(rng->generate(), 8, 16, QLatin1Char('0'))
              .arg(rng->generate(), 8, 16, QLatin1Char('0'));
}

FakeWeChat::Reply FakeWeChat::error(int errcode, const QString &errmsg) const
{
    QString text = errmsg;
    if (text.isEmpty())
        text = errcode == 40164 ? u"invalid ip %1 ipv6 ::ffff:%1, not in whitelist"_s.arg(m_callerIp)
                                : defaultErrmsg(errcode);
    return { 200, json({ { u"errcode"_s, errcode }, { u"errmsg"_s, withRid(text) } }) };
}

void FakeWeChat::handle(Api api, const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    ++m_counts[api];
    if (m_recording) {
        const QByteArray method = request.method() == QHttpServerRequest::Method::Post ? "POST"
            : request.method() == QHttpServerRequest::Method::Get                      ? "GET"
                                                                                       : "OTHER";
        m_requests.append({ api, method, request.query(), request.body(), request.value("content-type") });
    }
    QTcpSocket *socket = responder.socket();
    const std::optional<Fault> fault = takeFault(api);
    if (fault && fault->kind == Fault::DropFault && fault->drop == Drop::BeforeHandling) {
        socket->abort();
        return;
    }
    if (fault && fault->kind == Fault::Errcode) {
        const Reply reply = error(fault->value, fault->errmsg);
        rememberRid(api, request, reply);
        answer(responder, reply);
        return;
    }
    if (fault && fault->kind == Fault::Http) {
        answer(responder, { fault->value, "<html><body>bad gateway</body></html>", "text/html" });
        return;
    }

    QString appid;
    QString openid;
    const Reply reply = process(api, request, &appid, &openid);
    rememberRid(api, request, reply);
    // A send is in flight from its arrival until its answer leaves.
    const QString key = openid.isEmpty() ? QString() : appid + u'|' + openid;
    if (!key.isEmpty()) {
        m_maxPerOpenid = std::max(m_maxPerOpenid, ++m_inFlightPerOpenid[key]);
        m_maxPerAppid = std::max(m_maxPerAppid, ++m_inFlightPerAppid[appid]);
    }
    if (fault && fault->kind == Fault::DropFault) { // after handling: done, but no answer
        leave(key, appid);
        socket->abort();
        return;
    }
    const int delay = fault && fault->kind == Fault::Delay ? fault->value : m_replyDelayMs;
    if (delay <= 0 && delay != kHeld) {
        answer(responder, reply);
        leave(key, appid);
        return;
    }
    const quint64 id = ++m_nextPending;
    Pending &p = m_pending[id];
    p.responder = std::make_unique<QHttpServerResponder>(std::move(responder));
    p.socket = socket;
    p.reply = reply;
    p.concurrencyKey = key;
    p.appid = appid;
    if (delay == kHeld)
        m_held.append(id);
    else
        QTimer::singleShot(delay, this, [this, id] { complete(id); });
}

void FakeWeChat::complete(quint64 pendingId)
{
    const auto it = m_pending.find(pendingId);
    if (it == m_pending.end())
        return;
    // The client may have given up (timeout) and closed the connection meanwhile.
    if (it->second.socket && it->second.socket->state() == QAbstractSocket::ConnectedState)
        answer(*it->second.responder, it->second.reply);
    leave(it->second.concurrencyKey, it->second.appid);
    m_pending.erase(it);
}

void FakeWeChat::leave(const QString &concurrencyKey, const QString &appid)
{
    if (concurrencyKey.isEmpty())
        return;
    if (--m_inFlightPerOpenid[concurrencyKey] <= 0)
        m_inFlightPerOpenid.remove(concurrencyKey);
    if (--m_inFlightPerAppid[appid] <= 0)
        m_inFlightPerAppid.remove(appid);
}

void FakeWeChat::answer(QHttpServerResponder &responder, const Reply &reply)
{
    responder.write(reply.body,
        { { "Content-Type", reply.contentType }, { "Date", httpDate(m_clock.nowMs()) } },
        QHttpServerResponder::StatusCode(reply.status));
}

FakeWeChat::Reply FakeWeChat::process(
    Api api, const QHttpServerRequest &request, QString *appid, QString *openid)
{
    if (isSend(api))
        return send(api, request, appid, openid);
    if (api == Api::TemplateList)
        return templateList(request);
    if (api == Api::QuotaGet)
        return quotaGet(request);
    if (api == Api::RidGet)
        return ridGet(request);
    if (api == Api::SubscribeTemplateList)
        return subscribeTemplateList(request);
    return token(api, request);
}

std::optional<FakeWeChat::Reply> FakeWeChat::accountError(
    const QString &appid, const QString &secret, bool classic) const
{
    static const QRegularExpression appidRe(u"^wx[0-9a-f]{16}$"_s);
    const bool known = m_accounts.isEmpty() ? appidRe.match(appid).hasMatch() : m_accounts.contains(appid);
    if (!known)
        return error(40013);
    if (!m_accounts.isEmpty() && m_accounts.value(appid) != secret)
        // /cgi-bin/token answers a wrong AppSecret with 40001 (wechat-api.md §4); stable_token with 40125.
        return classic ? error(40001, u"invalid credential, access_token is invalid or not latest"_s)
                       : error(40125);
    return std::nullopt;
}

std::optional<FakeWeChat::Reply> FakeWeChat::quotaError(Api api, const QString &appid)
{
    const auto limit = m_quota.constFind(api);
    if (limit == m_quota.cend())
        return std::nullopt;
    const QString key = u"%1|%2|%3"_s.arg(appid).arg(int(api)).arg(beijingDay(m_clock.nowMs()));
    if (++m_quotaUsed[key] > *limit)
        return error(45009);
    return std::nullopt;
}

FakeWeChat::Reply FakeWeChat::token(Api api, const QHttpServerRequest &request)
{
    QString grantType;
    QString appid;
    QString secret;
    bool force = false;
    const QUrlQuery query = request.query();
    if (api == Api::StableToken) {
        if (request.method() != QHttpServerRequest::Method::Post)
            return error(43002);
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            return error(47001);
        const QJsonObject body = doc.object();
        grantType = body.value(u"grant_type"_s).toString();
        appid = body.value(u"appid"_s).toString();
        secret = body.value(u"secret"_s).toString();
        force = body.value(u"force_refresh"_s).toBool(false);
    } else if (api == Api::Token) {
        grantType = query.queryItemValue(u"grant_type"_s, QUrl::FullyDecoded);
        appid = query.queryItemValue(u"appid"_s, QUrl::FullyDecoded);
        secret = query.queryItemValue(u"secret"_s, QUrl::FullyDecoded);
    } else { // the shop's token service holds the secret itself
        appid = query.queryItemValue(u"appid"_s, QUrl::FullyDecoded);
        grantType = u"client_credential"_s;
        secret = m_accounts.value(appid, u"(held by the shop)"_s);
    }
    if (grantType != u"client_credential")
        return error(40002);
    if (appid.isEmpty())
        return error(41002);
    if (secret.isEmpty())
        return error(41004);
    if (auto e = accountError(appid, secret, api == Api::Token))
        return *e;
    if (!m_whitelist.isEmpty() && !m_whitelist.contains(m_callerIp))
        return error(40164);
    if (auto e = quotaError(api, appid))
        return *e;
    const FakeTokens::Issued issued
        = api == Api::Token ? m_tokens.issueClassic(appid) : m_tokens.issueStable(appid, force);
    if (issued.errcode != 0)
        return error(issued.errcode, issued.errmsg);
    return { 200, json({ { u"access_token"_s, issued.token }, { u"expires_in"_s, issued.expiresInSec } }) };
}

FakeWeChat::Reply FakeWeChat::send(
    Api api, const QHttpServerRequest &request, QString *appid, QString *openid)
{
    FakeTokens::Checked token;
    if (auto refusal = refused(request, QHttpServerRequest::Method::Post, &token))
        return *refusal;
    if (auto e = quotaError(api, token.appid))
        return *e;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return error(47001);
    const QJsonObject body = doc.object();
    const QString touser = body.value(u"touser"_s).toString();
    if (touser.isEmpty())
        return error(40003);
    *appid = token.appid;
    *openid = touser;
    // Mini-program subscribe messages refuse a second concurrent send to one user.
    if (api == Api::SubscribeSend && m_inFlightPerOpenid.value(token.appid + u'|' + touser) > 0)
        return error(43108);

    const QString templateId = body.value(u"template_id"_s).toString();
    if (templateId.isEmpty())
        return error(40036);
    const auto templates = m_templates.value(token.appid);
    if (!templates.isEmpty() && !templates.contains(templateId))
        return error(40037);
    if (const int refusal = m_recipients.value(touser); refusal != 0)
        return error(refusal);

    const QJsonObject data = body.value(u"data"_s).toObject();
    QStringList keys = templates.value(templateId);
    for (auto it = data.constBegin(); it != data.constEnd(); ++it)
        if (!keys.contains(it.key()))
            keys.append(it.key());
    for (const QString &key : std::as_const(keys)) {
        const QString value = data.value(key).toObject().value(u"value"_s).toString();
        if (const auto problem = FakeValueRules::check(key, value))
            return error(47003, *problem);
    }
    if (api == Api::SubscribeSend && m_releasedPages.contains(token.appid)) {
        // The page must exist in the released mini program; its query is the page's business.
        const QString page = body.value(u"page"_s).toString().section(u'?', 0, 0);
        if (!page.isEmpty() && !m_releasedPages.value(token.appid).contains(page))
            return error(41030);
    }
    if (api == Api::SubscribeSend) {
        const QString state = body.value(u"miniprogram_state"_s).toString(u"formal"_s);
        const QString lang = body.value(u"lang"_s).toString(u"zh_CN"_s);
        if (!QStringList { u"developer"_s, u"trial"_s, u"formal"_s }.contains(state))
            return error(47003, u"argument invalid! miniprogram_state invalid"_s);
        if (!QStringList { u"zh_CN"_s, u"en_US"_s, u"zh_HK"_s, u"zh_TW"_s }.contains(lang))
            return error(47003, u"argument invalid! lang invalid"_s);
    }

    const qint64 now = m_clock.nowMs();
    const QString clientMsgId
        = api == Api::TemplateSend ? body.value(u"client_msg_id"_s).toString() : QString();
    const QString dedupeKey = token.appid + u'|' + touser + u'|' + clientMsgId;
    if (!clientMsgId.isEmpty()) {
        // At most one message per openid + client_msg_id within 10 minutes. What WeChat answers
        // to the repeat is undocumented; the fake answers it as the first, with the same msgid.
        const auto seen = m_dedupe.constFind(dedupeKey);
        if (seen != m_dedupe.cend() && now - seen->first < kDedupeWindowMs) {
            emit deduplicated({ token.appid, api, touser, templateId, clientMsgId, body, seen->second, now });
            return { 200,
                "{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":" + QByteArray::number(seen->second) + '}' };
        }
    }
    const qint64 msgid = m_nextMsgId++;
    if (!clientMsgId.isEmpty())
        m_dedupe.insert(dedupeKey, { now, msgid });
    ++m_sentPerDay[u"%1|%2|%3"_s.arg(token.appid).arg(int(api)).arg(beijingDay(now))];
    const Delivery d { token.appid, api, touser, templateId, clientMsgId, body, msgid, now };
    m_deliveries.append(d);
    emit delivered(d);
    if (api != Api::TemplateSend) // bizsend and subscribe/send document no msgid
        return { 200, "{\"errcode\":0,\"errmsg\":\"ok\"}" };
    // Written by hand so a msgid above 2^53 goes out exactly, whatever a JSON writer does with it.
    return { 200, "{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":" + QByteArray::number(msgid) + '}' };
}

// What every authenticated API checks first: its method (43002) and the access token.
std::optional<FakeWeChat::Reply> FakeWeChat::refused(
    const QHttpServerRequest &request, QHttpServerRequest::Method method, FakeTokens::Checked *token) const
{
    if (request.method() != method)
        return error(43002);
    *token = m_tokens.check(request.query().queryItemValue(u"access_token"_s, QUrl::FullyDecoded));
    if (token->errcode != 0)
        return error(token->errcode, token->errmsg);
    return std::nullopt;
}

FakeWeChat::Reply FakeWeChat::templateList(const QHttpServerRequest &request) const
{
    FakeTokens::Checked token;
    if (auto refusal = refused(request, QHttpServerRequest::Method::Get, &token))
        return *refusal;
    // wechat-api.md §2.2: template_list[] with template_id, title, primary_industry,
    // deputy_industry, content ("{{key.DATA}}" placeholders) and example.
    QJsonArray list;
    QHash<QString, QStringList> templates = m_templates.value(token.appid);
    for (const SubscribeTemplate &t : m_subscribeTemplates.value(token.appid))
        templates.remove(t.id); // listed by gettemplate, not here
    QStringList ids = templates.keys();
    ids.sort();
    for (const QString &id : std::as_const(ids)) {
        QStringList content;
        QStringList example;
        for (const QString &key : templates.value(id)) {
            const QString label = m_keyLabels.value(id).value(key, labelFor(key));
            content << (key == u"first" || key == u"remark" ? u"{{%1.DATA}}"_s.arg(key)
                                                            : u"%1：{{%2.DATA}}"_s.arg(label, key));
            example << u"%1：…"_s.arg(label);
        }
        list.append(QJsonObject { { u"template_id"_s, id }, { u"title"_s, m_templateTitles.value(id) },
            { u"primary_industry"_s, u"IT科技"_s }, { u"deputy_industry"_s, u"互联网|电子商务"_s },
            { u"content"_s, content.join(u'\n') }, { u"example"_s, example.join(u'\n') } });
    }
    return { 200, json({ { u"template_list"_s, list } }) };
}

FakeWeChat::Reply FakeWeChat::quotaGet(const QHttpServerRequest &request) const
{
    FakeTokens::Checked token;
    if (auto refusal = refused(request, QHttpServerRequest::Method::Post, &token))
        return *refusal;
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    const QString cgiPath = body.value(u"cgi_path"_s).toString();
    // wechat-api.md §5: 76021 for a cgi_path WeChat does not count (the /sns/* paths among them).
    std::optional<Api> api;
    for (Api a : { Api::TemplateSend, Api::BizSend, Api::SubscribeSend, Api::TemplateList, Api::Token,
             Api::StableToken })
        if (path(a) == cgiPath)
            api = a;
    if (!api)
        return error(76021, u"cgi_path not found, please check"_s);
    const qint64 limit = m_quota.value(*api, 100000);
    const qint64 used
        = m_sentPerDay.value(u"%1|%2|%3"_s.arg(token.appid).arg(int(*api)).arg(beijingDay(m_clock.nowMs())));
    return { 200,
        json({ { u"errcode"_s, 0 }, { u"errmsg"_s, u"ok"_s },
            { u"quota"_s,
                QJsonObject { { u"daily_limit"_s, limit }, { u"used"_s, used },
                    { u"remain"_s, std::max<qint64>(0, limit - used) } } },
            { u"rate_limit"_s, QJsonObject { { u"call_count"_s, 0 }, { u"refresh_second"_s, 0 } } },
            { u"component_rate_limit"_s,
                QJsonObject { { u"call_count"_s, 0 }, { u"refresh_second"_s, 0 } } } }) };
}

void FakeWeChat::rememberRid(Api api, const QHttpServerRequest &request, const Reply &reply)
{
    if (api == Api::RidGet)
        return;
    static const QRegularExpression ridRe(u"rid: ([0-9a-f-]+)"_s);
    const QString errmsg = QJsonDocument::fromJson(reply.body).object().value(u"errmsg"_s).toString();
    const auto m = ridRe.match(errmsg);
    if (!m.hasMatch())
        return;
    const QUrlQuery query = request.query();
    RidEntry e;
    e.appid = m_tokens.check(query.queryItemValue(u"access_token"_s, QUrl::FullyDecoded)).appid;
    e.at = m_clock.nowMs();
    e.url = path(api) + (query.isEmpty() ? QString() : u'?' + query.toString(QUrl::FullyEncoded));
    e.body = request.body();
    e.response = reply.body;
    m_rids.insert(m.captured(1), e);
}

FakeWeChat::Reply FakeWeChat::ridGet(const QHttpServerRequest &request) const
{
    FakeTokens::Checked token;
    if (auto refusal = refused(request, QHttpServerRequest::Method::Post, &token))
        return *refusal;
    const QString rid = QJsonDocument::fromJson(request.body()).object().value(u"rid"_s).toString();
    if (rid.isEmpty())
        return error(76002, u"rid is error"_s);
    const auto it = m_rids.constFind(rid);
    if (it == m_rids.cend())
        return error(76001, u"rid not found"_s);
    // Same account only, 7 days (wechat-api.md §5).
    if (!it->appid.isEmpty() && it->appid != token.appid)
        return error(76003, u"rid is not belong to current account"_s);
    if (m_clock.nowMs() - it->at > 7LL * 24 * 3600 * 1000)
        return error(76004, u"rid is expired"_s);
    return { 200,
        json({ { u"errcode"_s, 0 }, { u"errmsg"_s, u"ok"_s },
            { u"request"_s,
                QJsonObject { { u"invoke_time"_s, it->at / 1000 }, { u"cost_in_ms"_s, 12 },
                    { u"request_url"_s, it->url }, { u"request_body"_s, QString::fromUtf8(it->body) },
                    { u"response_body"_s, QString::fromUtf8(it->response) },
                    { u"client_ip"_s, m_callerIp } } } }) };
}

FakeWeChat::Reply FakeWeChat::subscribeTemplateList(const QHttpServerRequest &request) const
{
    FakeTokens::Checked token;
    if (auto refusal = refused(request, QHttpServerRequest::Method::Get, &token))
        return *refusal;
    // The newtmpl answer: errcode 0 with data[] of priTmplId, title, content ("label:{{key.DATA}}"
    // lines), example, type and keywordEnumValueList[{keywordCode, enumValueList}].
    QJsonArray data;
    for (const SubscribeTemplate &t : m_subscribeTemplates.value(token.appid)) {
        QString content;
        QString example;
        for (const auto &[key, label] : t.keys) {
            content += u"%1:{{%2.DATA}}\n"_s.arg(label, key);
            example += u"%1:%2\n"_s.arg(label, t.enumValues.value(key).value(0, u"…"_s));
        }
        QJsonArray enums;
        for (auto it = t.enumValues.cbegin(); it != t.enumValues.cend(); ++it)
            enums.append(QJsonObject { { u"keywordCode"_s, it.key() },
                { u"enumValueList"_s, QJsonArray::fromStringList(it.value()) } });
        QJsonObject o { { u"priTmplId"_s, t.id }, { u"title"_s, t.title }, { u"content"_s, content },
            { u"example"_s, example }, { u"type"_s, t.type } };
        if (!enums.isEmpty())
            o.insert(u"keywordEnumValueList"_s, enums);
        data.append(o);
    }
    return { 200, json({ { u"errcode"_s, 0 }, { u"errmsg"_s, u"ok"_s }, { u"data"_s, data } }) };
}

QList<FakeWeChat::Delivery> FakeWeChat::deliveriesTo(const QString &openid) const
{
    QList<Delivery> out;
    for (const Delivery &d : m_deliveries)
        if (d.openid == openid)
            out.append(d);
    return out;
}

int FakeWeChat::requestCount(Api api) const
{
    int n = 0;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
        if (matches(api, it.key()))
            n += it.value();
    return n;
}

int FakeWeChat::tokenRequestCount() const
{
    return requestCount(Api::AnyToken);
}

} // namespace paynudge::test
