#include "doctor/intakecheck.h"

#include "common/hostport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTcpServer>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

const QString kId = u"intake.address"_s;

// PayNudge's intake answers every path, with or without a token, as JSON: {"status": …} from
// health, or {"error": {"code": …}} (401 without a token).
bool answersAsPayNudge(QNetworkReply *reply)
{
    if (!reply->isOpen())
        return false; // nothing came back (refused, reset, timed out)
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 200)
        return body.contains(u"status"_s) && body.contains(u"accounts"_s);
    return status == 401 && body.value(u"error"_s).toObject().value(u"code"_s).toString() == u"unauthorized";
}

} // namespace

void checkIntakeAddress(const IntakeSettings &intake, QNetworkAccessManager &nam, int timeoutMs,
    QObject *context, std::function<void(const SetupCheck &)> done)
{
    const auto later = [context, done](const SetupCheck &line) {
        QTimer::singleShot(0, context, [done, line] { done(line); });
    };
    if (!intake.enabled) {
        later(SetupCheck::ok(kId,
            QCoreApplication::translate("Doctor",
                "The intake API is off ([intake] enabled=false): orders come by CSV import only.")));
        return;
    }
    const QString where = hostPortText(intake.address, intake.port);
    QTcpServer probe;
    if (probe.listen(intake.address, intake.port)) {
        probe.close();
        later(SetupCheck::ok(kId,
            intake.port == 0
                ? QCoreApplication::translate("Doctor", "The intake API takes any free port on %1 (port 0).")
                      .arg(intake.address.toString())
                : QCoreApplication::translate("Doctor", "The intake address %1 is free for PayNudge.")
                      .arg(where)));
        return;
    }
    const QString listenFix = QCoreApplication::translate("Doctor",
        "Stop the program that uses %1, or choose another address in [intake] listen (and tell the shop's "
        "backend).")
                                  .arg(where);
    if (probe.serverError() != QAbstractSocket::AddressInUseError) {
        later(SetupCheck::problem(kId,
            QCoreApplication::translate("Doctor", "The intake API cannot listen on %1: %2")
                .arg(where, probe.errorString()),
            listenFix));
        return;
    }
    // In use: by PayNudge itself (fine) or by another program (PayNudge would not start).
    QHostAddress host = intake.address;
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress::LocalHost;
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHostIPv6;
    QNetworkRequest request(QUrl(u"http://%1/api/v1/health"_s.arg(hostPortText(host, intake.port))));
    request.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = nam.get(request);
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, where, listenFix, done] {
        reply->deleteLater();
        if (answersAsPayNudge(reply))
            done(SetupCheck::ok(kId,
                QCoreApplication::translate(
                    "Doctor", "The intake address %1 is held by the running PayNudge.")
                    .arg(where)));
        else
            done(SetupCheck::problem(kId,
                QCoreApplication::translate("Doctor",
                    "Another program uses the intake address %1: PayNudge cannot start its intake API there.")
                    .arg(where),
                listenFix));
    });
}

} // namespace paynudge
