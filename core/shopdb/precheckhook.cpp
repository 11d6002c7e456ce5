#include "shopdb/precheckhook.h"

#include "common/logging.h"
#include "secrets/secretstore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <optional>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPrecheck, "paynudge.core.precheck")

namespace paynudge {
namespace {
// An order number in "unpaid": a string, or a whole number where the shop's column is numeric.
std::optional<QString> orderNoOf(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble() && v.toDouble() == double(v.toInteger()))
        return QString::number(v.toInteger());
    return std::nullopt;
}
} // namespace

PrecheckHook::PrecheckHook(const PrecheckSettings &settings, QObject *parent)
    : PaymentCheck(parent)
    , m_settings(settings)
    , m_net(new QNetworkAccessManager(this))
{ }

PrecheckHook::~PrecheckHook() = default;

QString PrecheckHook::describe() const
{
    return u"payment check "_s
        + m_settings.url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

void PrecheckHook::fail(quint64 ticket, const QString &error, qint64 elapsedMs)
{
    PaymentCheckAnswer a;
    a.ok = false;
    a.error = logging::redact(error);
    a.elapsedMs = elapsedMs;
    emit answered(ticket, a);
}

void PrecheckHook::check(quint64 ticket, const QStringList &orderNos)
{
    QString token;
    QString why;
    // A hook without a token named needs none (no keychain: the shop's service chose it).
    if (!m_settings.tokenEnv.isEmpty() || !m_settings.tokenFile.isEmpty()) {
        const auto value = SecretStore::resolve({ m_settings.tokenEnv, m_settings.tokenFile, {} }, &why);
        if (!value)
            why = (m_settings.tokenEnv.isEmpty() ? u"[precheck] tokenFile: "_s : u"[precheck] tokenEnv: "_s)
                + why;
        token = value.value_or(QString());
    }
    if (!why.isEmpty()) {
        // answered() never comes from inside check().
        QTimer::singleShot(0, this, [this, ticket, why] { fail(ticket, why); });
        return;
    }

    QNetworkRequest request(m_settings.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("Accept", "application/json");
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setTransferTimeout(m_settings.timeoutSec * 1000);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    const QByteArray body
        = QJsonDocument(QJsonObject { { u"order_nos"_s, QJsonArray::fromStringList(orderNos) } })
              .toJson(QJsonDocument::Compact);
    const qint64 started = QDateTime::currentMSecsSinceEpoch();
    QNetworkReply *reply = m_net->post(request, body);
    connect(reply, &QNetworkReply::finished, this,
        [this, reply, ticket, orderNos, started] { onFinished(reply, ticket, orderNos, started); });
}

void PrecheckHook::onFinished(
    QNetworkReply *reply, quint64 ticket, const QStringList &asked, qint64 startedMs)
{
    reply->deleteLater();
    const qint64 elapsed = QDateTime::currentMSecsSinceEpoch() - startedMs;
    const QString where = describe();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::OperationCanceledError
        || reply->error() == QNetworkReply::TimeoutError)
        return fail(
            ticket, u"%1 gave no answer within %2 s"_s.arg(where).arg(m_settings.timeoutSec), elapsed);
    if (status == 0)
        return fail(ticket, u"%1 cannot be reached: %2"_s.arg(where, reply->errorString()), elapsed);
    if (status != 200)
        return fail(ticket, u"%1 answered HTTP %2 (expected 200)"_s.arg(where).arg(status), elapsed);
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll(), &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject())
        return fail(ticket,
            u"%1 did not answer with a JSON object (%2)"_s.arg(where,
                parse.error != QJsonParseError::NoError ? parse.errorString() : u"another JSON value"_s),
            elapsed);
    const QJsonValue unpaid = doc.object().value(u"unpaid"_s);
    if (!unpaid.isArray())
        return fail(ticket, u"%1 answered without an \"unpaid\" list"_s.arg(where), elapsed);

    PaymentCheckAnswer a;
    a.ok = true;
    a.elapsedMs = elapsed;
    const QSet<QString> askedSet(asked.cbegin(), asked.cend());
    int strangers = 0;
    for (const QJsonValue &v : unpaid.toArray()) {
        const std::optional<QString> orderNo = orderNoOf(v);
        if (orderNo && askedSet.contains(*orderNo))
            a.unpaid.insert(*orderNo);
        else
            ++strangers;
    }
    if (strangers > 0)
        qCInfo(lcPrecheck).noquote() << where << "listed" << strangers
                                     << "entries as unpaid that were not asked about; ignored";
    emit answered(ticket, a);
}

} // namespace paynudge
