// fake-wechat: the tests' fake WeChat API server, for trying PayNudge by hand without WeChat.
//   fake-wechat --serve [--port N] [--account APPID:SECRET]… [--template APPID:TEMPLATE_ID]…
//               [--deliveries FILE] [--faults SPEC]   (the soak test, tests/soak)
// then set [wechat] apiBase=http://127.0.0.1:N in PayNudge's configuration.
#include "common/clock.h"
#include "deliveryjournal.h"
#include "fakewechat.h"
#include "faultmix.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using paynudge::test::FakeWeChat;

namespace {

void print(const QString &line)
{
    const QByteArray bytes = (line + u'\n').toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"fake-wechat"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A fake WeChat API server (token, stable_token, template and subscribe sends) "
        u"on 127.0.0.1, for trying PayNudge without WeChat."_s);
    parser.addHelpOption();
    const QCommandLineOption serve(u"serve"_s, u"Run the server until interrupted."_s);
    const QCommandLineOption port(
        u"port"_s, u"Port to listen on (default 0: any free port)."_s, u"N"_s, u"0"_s);
    const QCommandLineOption account(u"account"_s,
        u"Accept only these accounts (repeatable). Without it any wx… appid and "
        u"any secret are accepted."_s,
        u"APPID:SECRET"_s);
    const QCommandLineOption templ(u"template"_s,
        u"Accept only these template ids for APPID (repeatable); the template list shows each with the "
        u"given keys, by default those of a category-library unpaid-order template "
        u"(character_string1,thing2,amount3,time4,time5)."_s,
        u"APPID:TEMPLATE_ID[:KEY,…]"_s);
    const QCommandLineOption deliveries(u"deliveries"_s,
        u"Append every delivery, and every repeat dropped by its client_msg_id, to FILE as JSON lines."_s,
        u"FILE"_s);
    const QCommandLineOption faults(u"faults"_s,
        u"Inject a random mix of WeChat's failures, e.g. busy=0.1,slow=0.05,drop=0.05,down=0.01,"
        u"slowMs=3000,downSeconds=5,for=600 (probabilities per second; see faultmix.h)."_s,
        u"SPEC"_s);
    parser.addOptions({ serve, port, account, templ, deliveries, faults });
    parser.process(app);
    if (!parser.isSet(serve)) {
        print(parser.helpText());
        return 2;
    }
    bool ok = false;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535) {
        print(u"fake-wechat: --port needs a number from 0 to 65535"_s);
        return 2;
    }

    paynudge::SystemClock clock;
    FakeWeChat fake(clock);
    // APPID:VALUE options, each handed to `add`.
    const auto pairs = [&](const QCommandLineOption &option, const QString &form,
                           const std::function<void(const QString &, const QString &)> &add) {
        for (const QString &v : parser.values(option)) {
            const qsizetype colon = v.indexOf(u':');
            if (colon <= 0) {
                print(u"fake-wechat: --%1 needs %2"_s.arg(option.names().constFirst(), form));
                return false;
            }
            add(v.left(colon), v.mid(colon + 1));
        }
        return true;
    };
    if (!pairs(account, u"APPID:SECRET"_s,
            [&](const QString &appid, const QString &secret) { fake.addAccount(appid, secret); })
        || !pairs(templ, u"APPID:TEMPLATE_ID[:KEY,…]"_s, [&](const QString &appid, const QString &rest) {
               const QString id = rest.section(u':', 0, 0);
               const QString keys = rest.section(u':', 1);
               fake.addTemplate(appid, id,
                   keys.isEmpty() ? QStringList { u"character_string1"_s, u"thing2"_s, u"amount3"_s,
                       u"time4"_s, u"time5"_s }
                                  : keys.split(u',', Qt::SkipEmptyParts));
           }))
        return 2;
    paynudge::test::DeliveryJournal journal(fake);
    QString why;
    if (parser.isSet(deliveries) && !journal.open(parser.value(deliveries), &why)) {
        print(u"fake-wechat: --deliveries %1: %2"_s.arg(parser.value(deliveries), why));
        return 2;
    }
    paynudge::test::FaultMix mix(fake);
    if (parser.isSet(faults) && !mix.configure(parser.value(faults), &why)) {
        print(u"fake-wechat: --faults: %1"_s.arg(why));
        return 2;
    }
    if (parser.isSet(deliveries) || parser.isSet(faults))
        fake.setRecording(false); // runs for hours: no per-request log in memory
    if (!fake.listen(quint16(portNumber))) {
        print(u"fake-wechat: cannot listen on 127.0.0.1:%1"_s.arg(portNumber));
        return 1;
    }
    QObject::connect(&fake, &FakeWeChat::delivered, &app, [](const FakeWeChat::Delivery &d) {
        print(u"delivered msgid=%1 appid=%2 touser=%3 %4 %5"_s.arg(d.msgid).arg(d.appid, d.openid,
            FakeWeChat::path(d.api),
            QString::fromUtf8(
                QJsonDocument(d.body.value(u"data"_s).toObject()).toJson(QJsonDocument::Compact))));
    });
    print(u"fake WeChat API listening on %1 — set [wechat] apiBase=%1"_s.arg(fake.baseUrl().toString()));
    if (parser.isSet(faults))
        mix.start();
    return app.exec();
}
