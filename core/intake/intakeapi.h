#pragma once

#include "intake/groupcommitter.h"
#include "intake/intakeerror.h"
#include "intake/intaketoken.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrlQuery>
#include <functional>

namespace paynudge {

class Engine;
class OrderParser;

// One HTTP request as the API sees it, free of the transport.
struct ApiRequest
{
    QByteArray method; // "GET", "POST", …
    QString path; // "/api/v1/orders/A1/paid"
    QByteArray contentType;
    QByteArray authorization;
    QByteArray body;
    QUrlQuery query; // ?search=…&limit=… of the GET endpoints that list
};

struct ApiReply
{
    int status = 200;
    QByteArray body; // compact UTF-8 JSON
    QByteArray allow; // 405: the methods the path takes

    static ApiReply json(int status, const QJsonObject &object);
};

// The intake API's endpoints: authentication, routing, validation, and the engine calls behind
// each endpoint. A rejected request changes nothing; an accepted order is answered only after
// its group's commit (see GroupCommitter).
class IntakeApi : public QObject
{
    Q_OBJECT
public:
    using Reply = std::function<void(const ApiReply &)>;

    static constexpr qsizetype kMaxBodyBytes = 1024 * 1024; // every endpoint but the batch
    static constexpr qsizetype kMaxBatchBodyBytes = 16 * 1024 * 1024; // 10,000 orders need more than 1 MiB
    static constexpr int kMaxBatchOrders = 10000;

    IntakeApi(Engine &engine, const IntakeToken &token, QObject *parent = nullptr);
    ~IntakeApi() override;

    // Answers through `reply`, at once or (orders) after the commit.
    void handle(const ApiRequest &request, const Reply &reply);

    // The body limit for a path (the batch endpoint takes more).
    static qsizetype maxBodyBytes(const QString &path);

    GroupCommitter &committer() { return m_committer; }
    const IntakeToken &token() const { return m_token; }
    // A regenerated token (settings) applies to the next request; the old one stops working.
    void setToken(const IntakeToken &token) { m_token = token; }

private:
    // One endpoint: what `handle` checks before calling it (see routes()).
    struct Route
    {
        QByteArray method;
        QStringList path;
        bool bodyRequired;
        // `segment`: what stands for kOrderNo in the path (an order number, an openid).
        void (*call)(IntakeApi &api, const QString &segment, const ApiRequest &request, const Reply &reply);
    };
    static const QList<Route> &routes();

    OrderParser parser() const;
    void postOrder(const QByteArray &body, const Reply &reply);
    void postBatch(const QByteArray &body, const Reply &reply);
    void postEvent(const QString &orderNo, bool paid, const QByteArray &body, const Reply &reply);
    void getOrder(const QString &orderNo, const Reply &reply);
    void getHealth(const Reply &reply);
    // The do-not-remind list (issue 17): /optout/{openid} and /optout.
    void putOptOut(const QString &openid, const QByteArray &body, const Reply &reply);
    void deleteOptOut(const QString &openid, const Reply &reply);
    void getOptOut(const QString &openid, const Reply &reply);
    void listOptOuts(const QUrlQuery &query, const Reply &reply);
    // GET /api/v1/audit (issue 17): the audit log, newest first, by from/to/kind/actor/search, in
    // pages of `limit` after the cursor `before`.
    void getAudit(const QUrlQuery &query, const Reply &reply);
    void addQuota(QJsonObject &account, const QString &key) const;

    Engine &m_engine;
    IntakeToken m_token;
    GroupCommitter m_committer;
};

} // namespace paynudge
