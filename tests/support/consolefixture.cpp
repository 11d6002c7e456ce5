#include "consolefixture.h"

#include "engine/sweeper.h"
#include "engineinternals.h"
#include "intake/csvreader.h"
#include "send/senderrouter.h"
#include "store/database.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace paynudge::test {

Config ConsoleFixture::consoleConfig()
{
    Config c = testConfig();
    c.accounts.clear();
    AccountConfig a;
    a.key = u"shop1"_s;
    a.name = u"西瓜乐园"_s;
    c.accounts << a;
    a.key = u"shop2"_s;
    a.name = u"山野茶舍"_s;
    c.accounts << a;
    return c;
}

ConsoleFixture::ConsoleFixture(Config config)
{
    f = std::make_unique<EngineFixture>(config);
    sender = std::make_unique<ScriptedSender>();
    sender->setRule([](const OutgoingMessage &m) {
        if (m.order.input.openid.startsWith(u"unfollowed"_s)) {
            SendResult r = ScriptedSender::resultFor(m, SendStatus::RecipientRejected, 43004);
            r.errmsg = u"require subscribe"_s;
            r.latencyMs = 120;
            return std::optional<SendResult>(r);
        }
        SendResult r = ScriptedSender::resultFor(m, SendStatus::DryRun);
        r.latencyMs = 3;
        return std::optional<SendResult>(r);
    });
    for (const AccountConfig &a : config.accounts)
        f->engine->routeAccount(a.key, sender.get());
}

ConsoleFixture::~ConsoleFixture()
{
    f.reset();
    sender.reset();
}

qint64 ConsoleFixture::add(const QString &orderNo, qint64 placedAt, qint64 amountFen, const QString &account,
    const QString &nickname, const QString &openid)
{
    OrderInput o = sampleOrder(orderNo, placedAt, account);
    o.amountFen = amountFen;
    o.nickname = nickname;
    o.openid = openid;
    const AcceptResult r = f->engine->acceptOrder(o);
    if (r.kind != AcceptResult::Kind::Created)
        qWarning("order %s not created: %s", qPrintable(orderNo), qPrintable(r.error));
    return r.order.id;
}

bool ConsoleFixture::advance(qint64 ms)
{
    return recordedAfter([this, ms] { f->clock.advance(ms); });
}

bool ConsoleFixture::recordedAfter(const std::function<void()> &cause)
{
    const Sweeper &sweeper = EngineInternals::sweeper(*f->engine);
    bool recorded = false;
    // A sweep writes the results that came in before it; a rule's answer is a send finished, which
    // asks for a sweep. So a sweep that ends with nothing in flight but what waits for the test
    // has written every answer the rule gave.
    const auto check = [&] { recorded = recorded || sweeper.inFlight() == sender->pending.size(); };
    const QMetaObject::Connection watch = QObject::connect(f->engine.get(), &Engine::swept, check);
    // A payment check between the sweep and the sender (a shared store's re-read) hands the sends
    // over after the sweep ended: the last one kept for the test may be what completes it.
    const QMetaObject::Connection held = QObject::connect(sender.get(), &ScriptedSender::held, check);
    if (cause)
        cause();
    const bool ok = QTest::qWaitFor([&] { return recorded; }, 5000);
    QObject::disconnect(watch);
    QObject::disconnect(held);
    return ok;
}

qint64 ConsoleFixture::orderId(const QString &orderNo)
{
    const auto o = f->engine->orderByNo(orderNo);
    return o ? o->id : 0;
}

void ConsoleFixture::makeUnknown(const QString &orderNo)
{
    const ReminderRecord r = f->onlyReminder(orderNo);
    QSqlQuery q(EngineInternals::connection(*f->engine));
    q.prepare(u"UPDATE reminders SET state = 'unknown', attempts = 1, first_attempt_at = ? WHERE id = ?"_s);
    q.addBindValue(f->clock.nowMs());
    q.addBindValue(r.id);
    q.exec();
    q.prepare(u"INSERT INTO send_attempts (reminder_id, started_at, finished_at, outcome, errmsg) "
              u"VALUES (?, ?, ?, 'unknown', 'PayNudge stopped while this request was in flight')"_s);
    q.addBindValue(r.id);
    q.addBindValue(f->clock.nowMs());
    q.addBindValue(f->clock.nowMs());
    q.exec();
    emit f->engine->remindersChanged({ r.id }); // the console hears of it as it would of a recovery
}

QList<QStringList> readExportedCsv(const QByteArray &bytes)
{
    CsvReader::Encoding encoding = CsvReader::Encoding::Utf8;
    Error error;
    const std::optional<QString> text = CsvReader::decode(bytes, &encoding, &error);
    if (!text || encoding != CsvReader::Encoding::Utf8WithBom)
        return {};
    int line = 0;
    QList<QStringList> out;
    if (const auto records = CsvReader::parse(*text, &error, &line))
        for (const CsvReader::Record &r : *records)
            out << r.fields;
    return out;
}

} // namespace paynudge::test
