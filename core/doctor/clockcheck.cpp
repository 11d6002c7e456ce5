#include "doctor/clockcheck.h"

#include "common/clock.h"
#include "common/logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

QString seconds(qint64 ms)
{
    return QString::number(double(std::abs(ms)) / 1000.0, 'f', std::abs(ms) < 10000 ? 1 : 0);
}

} // namespace

std::optional<qint64> parseHttpDate(const QByteArray &value)
{
    // Day and month names are English whatever the locale; the zone is always GMT.
    const QStringList parts = QString::fromLatin1(value).simplified().split(u' ');
    if (parts.size() != 6 || parts.at(5) != u"GMT")
        return std::nullopt;
    const QDate date = QLocale::c().toDate(parts.mid(1, 3).join(u' '), u"d MMM yyyy"_s);
    const QTime time = QTime::fromString(parts.at(4), u"HH:mm:ss"_s);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch();
}

QByteArray formatHttpDate(qint64 epochMs)
{
    return QLocale::c()
        .toString(QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s)
        .toLatin1();
}

void checkClock(const QUrl &apiBase, const Clock &clock, QNetworkAccessManager &nam, int timeoutMs,
    QObject *context, std::function<void(const SetupCheck &)> done)
{
    const QString id = u"clock"_s;
    QNetworkRequest request(apiBase);
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    const qint64 sentAt = clock.nowMs();
    QNetworkReply *reply = nam.get(request);
    QObject::connect(reply, &QNetworkReply::finished, context, [=, &clock] {
        reply->deleteLater();
        const qint64 answeredAt = clock.nowMs();
        const std::optional<qint64> server = parseHttpDate(reply->rawHeader("Date"));
        if (!server) {
            const QString why = reply->error() != QNetworkReply::NoError
                    && !reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid()
                ? logging::redact(reply->errorString())
                : QCoreApplication::translate("Doctor", "its answer has no Date header");
            done(SetupCheck::warning(id,
                QCoreApplication::translate(
                    "Doctor", "Could not compare this computer's clock with WeChat's (%1): %2")
                    .arg(logging::urlForLog(apiBase), why),
                QCoreApplication::translate(
                    "Doctor", "Check the network and [wechat] apiBase; keep the clock synchronised (NTP).")));
            return;
        }
        // The header has whole seconds: compare with the middle of the exchange and of that second.
        const qint64 skew = (sentAt + answeredAt) / 2 - (*server + 500);
        const QString summary = skew > 0
            ? QCoreApplication::translate("Doctor", "This computer's clock is %1 s ahead of WeChat's.")
                  .arg(seconds(skew))
            : QCoreApplication::translate("Doctor", "This computer's clock is %1 s behind WeChat's.")
                  .arg(seconds(skew));
        const QString fix = QCoreApplication::translate("Doctor",
            "Synchronise the clock (timedatectl set-ntp true, or the system's date settings): every reminder "
            "is due by this clock.");
        if (std::abs(skew) > kClockProblemMs)
            done(SetupCheck::problem(id, summary, fix));
        else if (std::abs(skew) > kClockWarningMs)
            done(SetupCheck::warning(id, summary, fix));
        else
            done(SetupCheck::ok(id,
                QCoreApplication::translate(
                    "Doctor", "This computer's clock agrees with WeChat's (within %1 s).")
                    .arg(kClockWarningMs / 1000)));
    });
}

} // namespace paynudge
