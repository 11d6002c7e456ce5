// paynudge-soak: the real headless PayNudge against fake-wechat under a random fault mix, killed
// with SIGKILL again and again, while this driver posts orders (single and batch), marks a share
// of them paid (some racing their reminder) and slow clients hold intake connections. After a
// quiet period it asserts that every unpaid order got each due reminder once, that nothing
// reached an order after its payment was acknowledged and that no accepted order was lost.
// Run by tests/soak/run.sh SECONDS (see there); exit code 0 = all held, 1 = a check failed,
// 2 = could not run.
#include "slowclients.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

constexpr int kFirstRoundSec = 3;
constexpr int kLastRoundSec = 12;
const QString kAccount = u"soak"_s;
const QString kAppid = u"wx50a4000000000001"_s;
const QByteArray kIntakeToken = "soak-intake-token-0123456789abcdef";

void say(const QString &line)
{
    const QByteArray bytes = (u"soak: "_s + line + u'\n').toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

struct Order
{
    QString no;
    QString openid;
    qint64 placedSec = 0;
    bool accepted = false;
    bool paid = false; // the driver decided to mark it paid (its first /paid went out)
    bool racing = false; // /paid aimed at its first round's due time
    qint64 paidAckMs = 0; // when a 200 from /paid arrived
    int inFlightAtPaid = 0; // what that 200 said was already on its way to WeChat (`in_flight`)
    QJsonObject json() const
    {
        return { { u"order_no"_s, no }, { u"account"_s, kAccount }, { u"openid"_s, openid },
            { u"nickname"_s, u"顾客"_s }, { u"product"_s, u"有机苹果 5kg"_s }, { u"amount_fen"_s, 12850 },
            { u"placed_at"_s, placedSec } };
    }
};

struct Delivery
{
    qint64 at = 0;
    QString openid;
    QString clientMsgId;
    bool repeat = false;
};

struct Settings
{
    QString paynudge;
    QString fake;
    int seconds = 120;
    int slowClients = 20;
    int quietMaxSec = 90;
    int requestsPerSec = 5;
    QString faults;
    QString dir;
};

class Soak : public QObject
{
public:
    explicit Soak(const Settings &s)
        : m_s(s)
    { }

    int run();

private:
    bool startFake();
    bool startApp();
    void writeConfig();
    QNetworkReply *call(const QByteArray &verb, const QString &path, const QJsonObject &body = {});
    // Calls the intake API as the shop does: while PayNudge is down or restarting (no answer, 503)
    // `again` runs half a second later; a 200/201 goes to `done`; anything else is a refusal.
    void send(const QByteArray &verb, const QString &path, const QJsonObject &body, const QString &what,
        const std::function<void(QNetworkReply *)> &done, const std::function<void()> &again);
    void postSome();
    // The order `no`, made on its first post (counted in `newOrders`), as it was on a retry.
    Order &orderFor(const QString &no, int &newOrders);
    void postSingle(const QString &no);
    void postBatch(const QStringList &nos);
    void accepted(const QStringList &nos);
    void schedulePaid(const QString &no);
    void markPaid(const QString &no);
    void killAndRestart();
    void readFake();
    QList<Delivery> readDeliveries() const;
    bool allDueDelivered(const QList<Delivery> &deliveries) const;
    int check();
    // Runs the event loop until `done` or `ms` passed; false on timeout.
    bool waitFor(const std::function<bool()> &done, int ms);
    QString newOrderNo() { return u"S%1-%2"_s.arg(m_runId).arg(++m_sequence, 7, 10, QChar(u'0')); }

    Settings m_s;
    QTemporaryDir m_tmp;
    QDir m_dir;
    QString m_runId = QString::number(nowMs() % 100000000, 36);
    QProcess m_fakeProcess;
    QProcess m_app;
    quint16 m_intakePort = 0;
    QUrl m_fakeBase;
    QNetworkAccessManager m_nam;
    QRandomGenerator m_random { QRandomGenerator::securelySeeded() };
    QHash<QString, Order> m_orders;
    QStringList m_order; // order numbers as created
    int m_sequence = 0;
    int m_inFlight = 0;
    int m_retryPending = 0;
    bool m_loading = false;
    QTimer m_postTimer;
    QTimer m_killTimer;
    std::unique_ptr<paynudge::test::SlowClients> m_slow;
    QByteArray m_fakeOut;
    QHash<QString, int> m_faultCounts;
    // Figures for the report.
    int m_kills = 0;
    int m_singles = 0;
    int m_batches = 0;
    int m_batchOrders = 0;
    int m_retries = 0;
    int m_slowConnections = 0;
    int m_slowClosed = 0;
    QStringList m_refused; // answers a valid request must never get
};

QNetworkReply *Soak::call(const QByteArray &verb, const QString &path, const QJsonObject &body)
{
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/api/v1%2"_s.arg(m_intakePort).arg(path)));
    request.setRawHeader("Authorization", "Bearer " + kIntakeToken);
    request.setTransferTimeout(15000);
    if (verb == "GET")
        return m_nam.get(request);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return m_nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

bool Soak::startFake()
{
    const QString spec = m_s.faults + u",for=%1"_s.arg(m_s.seconds);
    m_fakeProcess.setProcessChannelMode(QProcess::SeparateChannels);
    m_fakeProcess.setStandardErrorFile(m_dir.filePath(u"fake-wechat.err"_s));
    connect(&m_fakeProcess, &QProcess::readyReadStandardOutput, this, &Soak::readFake);
    m_fakeProcess.start(m_s.fake,
        { u"--serve"_s, u"--template"_s, kAppid + u":SOAK_TEMPLATE"_s, u"--deliveries"_s,
            m_dir.filePath(u"deliveries.jsonl"_s), u"--faults"_s, spec });
    if (!waitFor(
            [this] { return !m_fakeBase.isEmpty() || m_fakeProcess.state() == QProcess::NotRunning; }, 10000)
        || m_fakeBase.isEmpty()) {
        say(u"fake-wechat did not start: %1"_s.arg(
            QString::fromUtf8(m_fakeOut + m_fakeProcess.readAllStandardError())));
        return false;
    }
    return true;
}

void Soak::readFake()
{
    m_fakeOut += m_fakeProcess.readAllStandardOutput();
    qsizetype end;
    while ((end = m_fakeOut.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_fakeOut.left(end));
        m_fakeOut.remove(0, end + 1);
        if (line.startsWith(u"fake WeChat API listening on "_s))
            m_fakeBase = QUrl(line.section(u' ', 5, 5));
        else if (line.startsWith(u"fault "_s) && !line.startsWith(u"fault mix"_s) && line != u"fault up"_s)
            ++m_faultCounts[line.section(u' ', 1, 1)];
    }
}

void Soak::writeConfig()
{
    QFile ini(m_dir.filePath(u"paynudge.ini"_s));
    ini.open(QIODevice::WriteOnly);
    ini.write(u"[reminder]\nrounds=%1, %2\ncloseAfter=3600\nsafetyTick=1\n"
              u"[intake]\nlisten=127.0.0.1:%3\ntoken=%4\n"
              u"[wechat]\napiBase=%5\ntimeout=2\n"
              u"[accounts/%6]\nname=Soak shop\nappid=%7\nsecretEnv=PN_SOAK_SECRET\nkind=template\n"
              u"templateId=SOAK_TEMPLATE\nurl=https://shop.example/order/{order_no}\n"
              u"fields/character_string1={order_no}\nfields/thing2={product}\nfields/amount3={amount}\n"
              u"fields/time4={placed_at:yyyy-MM-dd HH:mm}\nfields/time5={close_at:yyyy-MM-dd HH:mm}\n"_s
                  .arg(kFirstRoundSec)
                  .arg(kLastRoundSec)
                  .arg(m_intakePort)
                  .arg(QString::fromLatin1(kIntakeToken), m_fakeBase.toString(), kAccount, kAppid)
                  .toUtf8());
}

bool Soak::startApp()
{
    m_app.start(m_s.paynudge,
        { u"--headless"_s, u"--config"_s, m_dir.filePath(u"paynudge.ini"_s), u"--data-dir"_s,
            m_dir.filePath(u"data"_s) });
    return m_app.waitForStarted(10000);
}

void Soak::killAndRestart()
{
    if (m_app.state() == QProcess::Running) {
        m_app.kill(); // SIGKILL: a crash, mid-commit or mid-send
        m_app.waitForFinished(10000);
        ++m_kills;
    }
    QTimer::singleShot(int(m_random.bounded(800)), this, [this] {
        if (!startApp())
            say(u"cannot restart paynudge: %1"_s.arg(m_app.errorString()));
    });
    if (m_loading)
        m_killTimer.start(3000 + int(m_random.bounded(9000)));
}

void Soak::postSome()
{
    // A steady rate, in singles and batches, without piling requests up while PayNudge is down.
    if (m_inFlight > 24)
        return;
    if (m_random.bounded(10) < 8) {
        postSingle(newOrderNo());
        return;
    }
    QStringList nos;
    const int n = 2 + int(m_random.bounded(19));
    for (int k = 0; k < n; ++k)
        nos << newOrderNo();
    postBatch(nos);
}

Order &Soak::orderFor(const QString &no, int &newOrders)
{
    Order &o = m_orders[no];
    if (o.no.isEmpty()) { // first post, not a retry
        o.no = no;
        o.openid = u"oSoak"_s + no;
        o.placedSec = nowMs() / 1000;
        m_order << no;
        ++newOrders;
    }
    return o;
}

void Soak::postSingle(const QString &no)
{
    const Order &o = orderFor(no, m_singles);
    send(
        "POST", u"/orders"_s, o.json(), u"POST /orders "_s + no,
        [this, no](QNetworkReply *) { accepted({ no }); }, [this, no] { postSingle(no); });
}

void Soak::postBatch(const QStringList &nos)
{
    QJsonArray list;
    for (const QString &no : nos)
        list.append(orderFor(no, m_batchOrders).json());
    ++m_batches;
    send(
        "POST", u"/orders:batch"_s, { { u"orders"_s, list } },
        u"POST /orders:batch (%1 orders)"_s.arg(nos.size()), [this, nos](QNetworkReply *) { accepted(nos); },
        [this, nos] {
            --m_batches;
            postBatch(nos);
        });
}

void Soak::accepted(const QStringList &nos)
{
    for (const QString &no : nos) {
        Order &o = m_orders[no];
        if (o.accepted)
            continue;
        o.accepted = true;
        if (m_loading && m_random.bounded(100) < 30)
            schedulePaid(no);
    }
}

void Soak::schedulePaid(const QString &no)
{
    Order &o = m_orders[no];
    o.racing = m_random.bounded(2) == 0;
    // Racing: around the first round's due time, so /paid and the send meet. Otherwise anywhere
    // up to just after the last round.
    const qint64 target = o.racing
        ? (o.placedSec + kFirstRoundSec) * 1000 - 600 + qint64(m_random.bounded(900))
        : o.placedSec * 1000 + qint64(m_random.bounded((kLastRoundSec + 2) * 1000));
    ++m_retryPending;
    QTimer::singleShot(int(std::max<qint64>(0, target - nowMs())), this, [this, no] {
        --m_retryPending;
        markPaid(no);
    });
}

void Soak::markPaid(const QString &no)
{
    m_orders[no].paid = true;
    // A 202 would mean PayNudge has not seen an order it answered 201 for: refused.
    send(
        "POST", u"/orders/%1/paid"_s.arg(no), {}, u"POST /orders/%1/paid"_s.arg(no),
        [this, no](QNetworkReply *reply) {
            Order &order = m_orders[no];
            if (order.paidAckMs == 0) {
                order.paidAckMs = nowMs();
                order.inFlightAtPaid
                    = QJsonDocument::fromJson(reply->readAll()).object().value(u"in_flight"_s).toInt();
            }
        },
        [this, no] { markPaid(no); });
}

void Soak::send(const QByteArray &verb, const QString &path, const QJsonObject &body, const QString &what,
    const std::function<void(QNetworkReply *)> &done, const std::function<void()> &again)
{
    ++m_inFlight;
    QNetworkReply *reply = call(verb, path, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, what, done, again] {
        reply->deleteLater();
        --m_inFlight;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 200 || status == 201)
            return done(reply);
        if (status == 0 || status == 503) { // PayNudge down or restarting: the shop retries
            ++m_retries;
            ++m_retryPending;
            QTimer::singleShot(500, this, [this, again] {
                --m_retryPending;
                again();
            });
            return;
        }
        m_refused << u"%1 → %2 %3"_s.arg(what).arg(status).arg(QString::fromUtf8(reply->readAll().left(300)));
    });
}

bool Soak::waitFor(const std::function<bool()> &done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 100);
    }
    return true;
}

QList<Delivery> Soak::readDeliveries() const
{
    QList<Delivery> out;
    QFile f(m_dir.filePath(u"deliveries.jsonl"_s));
    if (!f.open(QIODevice::ReadOnly))
        return out;
    while (!f.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(f.readLine()).object();
        if (o.isEmpty())
            continue;
        out.append({ qint64(o.value(u"at"_s).toDouble()), o.value(u"openid"_s).toString(),
            o.value(u"client_msg_id"_s).toString(), o.value(u"repeat"_s).toBool() });
    }
    return out;
}

bool Soak::allDueDelivered(const QList<Delivery> &deliveries) const
{
    // The last round is never superseded, and cannot go out before it is due: an unpaid order
    // is done once a delivery to it came at or after that time.
    QHash<QString, qint64> latest;
    for (const Delivery &d : deliveries)
        if (!d.repeat)
            latest[d.openid] = std::max(latest.value(d.openid), d.at);
    for (const Order &o : m_orders) {
        if (!o.accepted || o.paid)
            continue;
        if (latest.value(o.openid) < (o.placedSec + kLastRoundSec) * 1000)
            return false;
    }
    return true;
}

int Soak::run()
{
    if (!m_s.dir.isEmpty()) {
        QDir().mkpath(m_s.dir);
        m_dir = QDir(m_s.dir);
    } else {
        m_tmp.setAutoRemove(false); // kept for a look after a failure; removed after a pass
        m_dir = QDir(m_tmp.path());
    }
    {
        QTcpServer probe; // a free port for the intake API, the same across restarts
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return say(u"no free port"_s), 2;
        m_intakePort = probe.serverPort();
    }
    if (!startFake())
        return 2;
    writeConfig();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PN_SOAK_SECRET"_s, u"soak-appsecret-0123456789abcdef"_s);
    m_app.setProcessEnvironment(env);
    m_app.setProcessChannelMode(QProcess::MergedChannels);
    m_app.setStandardOutputFile(m_dir.filePath(u"paynudge.log"_s), QIODevice::Append);
    if (!startApp())
        return say(u"cannot start %1: %2"_s.arg(m_s.paynudge, m_app.errorString())), 2;
    say(u"work dir %1; intake 127.0.0.1:%2, fake WeChat %3; faults %4; %5 slow clients; %6 s"_s
            .arg(m_dir.path())
            .arg(m_intakePort)
            .arg(m_fakeBase.toString(), m_s.faults)
            .arg(m_s.slowClients)
            .arg(m_s.seconds));

    m_slow = std::make_unique<paynudge::test::SlowClients>(m_intakePort, m_s.slowClients);
    m_loading = true;
    connect(&m_postTimer, &QTimer::timeout, this, &Soak::postSome);
    m_postTimer.start(1000 / m_s.requestsPerSec);
    m_killTimer.setSingleShot(true);
    connect(&m_killTimer, &QTimer::timeout, this, &Soak::killAndRestart);
    m_killTimer.start(3000 + int(m_random.bounded(9000)));
    const qint64 loadEnd = nowMs() + qint64(m_s.seconds) * 1000;
    qint64 nextReport = nowMs() + 30000;
    waitFor(
        [&] {
            if (nowMs() >= nextReport) {
                nextReport += 30000;
                say(u"%1 orders, %2 kills, %3 slow-client connections so far"_s.arg(m_order.size())
                        .arg(m_kills)
                        .arg(m_slow->connections()));
            }
            return nowMs() >= loadEnd;
        },
        m_s.seconds * 1000 + 5000);
    m_loading = false;
    m_postTimer.stop();
    m_killTimer.stop();
    if (m_app.state() == QProcess::NotRunning)
        startApp();

    // Quiet: no new orders, no kills, no faults; what is accepted, retried and due must go out.
    QElapsedTimer quiet;
    quiet.start();
    const bool settled = waitFor([&] { return m_inFlight == 0 && m_retryPending == 0; }, 60000);
    const qint64 lastDue = (nowMs() / 1000 + kLastRoundSec + 1) * 1000;
    qint64 nextLook = 0; // the journal is read every 2 s, not at every event
    const bool drained = waitFor(
        [&] {
            if (nowMs() < std::max(lastDue, nextLook))
                return false;
            nextLook = nowMs() + 2000;
            return allDueDelivered(readDeliveries());
        },
        m_s.quietMaxSec * 1000);
    say(u"quiet period %1 s (%2)"_s.arg(quiet.elapsed() / 1000.0, 0, 'f', 1)
            .arg(settled && drained ? u"all due went out"_s : u"ended by its limit"_s));
    m_slowConnections = m_slow->connections();
    m_slowClosed = m_slow->closedByServer();
    m_slow.reset();

    const int failures = check();
    m_app.terminate();
    if (!m_app.waitForFinished(15000))
        m_app.kill();
    m_fakeProcess.terminate();
    if (!m_fakeProcess.waitForFinished(5000))
        m_fakeProcess.kill();
    if (failures == 0 && m_s.dir.isEmpty())
        m_tmp.remove();
    return failures == 0 ? 0 : 1;
}

// When PayNudge started the send that reached a paid order, against the payment's answer: tells
// a send claimed before the payment (and not stopped) from one started after it.
QString claimedWhen(const QJsonObject &view, const QString &clientMsgId, qint64 paidAckMs)
{
    qint64 reminderId = -1;
    for (const QJsonValue &v : view.value(u"reminders"_s).toArray())
        if (v.toObject().value(u"client_msg_id"_s).toString() == clientMsgId)
            reminderId = qint64(v.toObject().value(u"id"_s).toDouble());
    for (const QJsonValue &v : view.value(u"attempts"_s).toArray()) {
        const QJsonObject a = v.toObject();
        if (qint64(a.value(u"reminder_id"_s).toDouble()) != reminderId)
            continue;
        const qint64 started = QDateTime::fromString(a.value(u"started_at"_s).toString(), Qt::ISODateWithMs)
                                   .toMSecsSinceEpoch();
        return u"its send attempt started %1 ms %2 the answer"_s.arg(std::abs(paidAckMs - started))
            .arg(started <= paidAckMs ? u"before"_s : u"after"_s);
    }
    return u"no send attempt recorded"_s;
}

int Soak::check()
{
    // Every accepted order, read back over the API: nothing lost, and its reminders' ids and states.
    QHash<QString, QJsonObject> views;
    QStringList lost;
    QStringList todo;
    for (const QString &no : std::as_const(m_order))
        if (m_orders.value(no).accepted)
            todo << no;
    const int acceptedCount = int(todo.size());
    int running = 0;
    std::function<void()> next = [&] {
        while (running < 8 && !todo.isEmpty()) {
            const QString no = todo.takeFirst();
            ++running;
            QNetworkReply *reply = call("GET", u"/orders/"_s + no);
            connect(reply, &QNetworkReply::finished, this, [&, reply, no] {
                reply->deleteLater();
                --running;
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (status == 200)
                    views.insert(no, QJsonDocument::fromJson(reply->readAll()).object());
                else
                    lost << u"%1 (GET → %2)"_s.arg(no).arg(status);
                next();
            });
        }
    };
    next();
    waitFor([&] { return running == 0 && todo.isEmpty(); }, 300000);

    const QList<Delivery> deliveries = readDeliveries();
    QHash<QString, QList<Delivery>> byOpenid;
    int delivered = 0;
    int repeats = 0;
    for (const Delivery &d : deliveries) {
        if (d.repeat) {
            ++repeats;
            continue;
        }
        ++delivered;
        byOpenid[d.openid] << d;
    }
    QStringList missing;
    QStringList doubled;
    QStringList afterPaid;
    QStringList stray;
    int dueReminders = 0;
    int superseded = 0;
    int unpaid = 0;
    int paid = 0;
    int racing = 0;
    int inFlightWhenPaid = 0;
    QSet<QString> ourOpenids;
    for (const QString &no : std::as_const(m_order)) {
        const Order &o = m_orders.value(no);
        ourOpenids.insert(o.openid);
        if (!o.accepted || !views.contains(no))
            continue;
        const QList<Delivery> got = byOpenid.value(o.openid);
        if (o.paid) {
            ++paid;
            const QString status = views.value(no).value(u"order"_s).toObject().value(u"status"_s).toString();
            if (o.paidAckMs != 0 && status != u"paid"_s)
                lost << u"%1: its payment was answered 200, the store says %2"_s.arg(no, status);
            racing += o.racing ? 1 : 0;
            // A send already on its way when /paid came may still arrive: the answer said how many.
            int mayArrive = o.inFlightAtPaid;
            for (const Delivery &d : got)
                if (o.paidAckMs != 0 && d.at > o.paidAckMs && mayArrive > 0) {
                    --mayArrive;
                    ++inFlightWhenPaid;
                } else if (o.paidAckMs == 0 || d.at > o.paidAckMs)
                    afterPaid << u"%1 %2 delivered %3 ms after /paid was answered (%4)"_s
                                     .arg(no, d.clientMsgId)
                                     .arg(o.paidAckMs ? d.at - o.paidAckMs : -1)
                                     .arg(claimedWhen(views.value(no), d.clientMsgId, o.paidAckMs));
            continue;
        }
        ++unpaid;
        QSet<QString> ids;
        for (const QJsonValue &v : views.value(no).value(u"reminders"_s).toArray()) {
            const QJsonObject r = v.toObject();
            if (r.value(u"manual"_s).toBool())
                continue;
            const QString id = r.value(u"client_msg_id"_s).toString();
            ids.insert(id);
            ++dueReminders;
            const auto n = std::count_if(
                got.cbegin(), got.cend(), [&](const Delivery &d) { return d.clientMsgId == id; });
            const QString state = r.value(u"state"_s).toString();
            if (n > 1)
                doubled << u"%1 %2 delivered %3 times"_s.arg(no, id).arg(n);
            else if (n == 0 && state == u"skipped"_s
                && r.value(u"reason"_s).toString().contains(u"superseded"_s))
                ++superseded;
            else if (n == 0)
                missing << u"%1 %2 never delivered (state %3 %4)"_s.arg(
                    no, id, state, r.value(u"reason"_s).toString());
        }
        for (const Delivery &d : got)
            if (!ids.contains(d.clientMsgId))
                stray << u"%1 got %2, not one of its reminders"_s.arg(no, d.clientMsgId);
    }
    for (auto it = byOpenid.cbegin(); it != byOpenid.cend(); ++it)
        if (!ourOpenids.contains(it.key()))
            stray << u"a delivery to %1, no order of ours"_s.arg(it.key());

    QStringList faults;
    for (auto it = m_faultCounts.cbegin(); it != m_faultCounts.cend(); ++it)
        faults << u"%1 %2"_s.arg(it.key()).arg(it.value());
    faults.sort();
    say(u"orders %1 accepted (%2 single, %3 in %4 batches; %5 retried requests), %6 paid (%7 racing their "
        u"first round), %8 unpaid"_s.arg(acceptedCount)
            .arg(m_singles)
            .arg(m_batchOrders)
            .arg(m_batches)
            .arg(m_retries)
            .arg(paid)
            .arg(racing)
            .arg(unpaid));
    say(u"kills %1; faults %2; slow-client connections %3 (closed by PayNudge %4)"_s.arg(m_kills)
            .arg(faults.isEmpty() ? u"none"_s : faults.join(u", "_s))
            .arg(m_slowConnections)
            .arg(m_slowClosed));
    say(u"deliveries %1 (raw duplicates dropped by client_msg_id %2); reminders of unpaid orders %3: "
        u"%4 delivered once, %5 superseded"_s.arg(delivered)
            .arg(repeats)
            .arg(dueReminders)
            .arg(dueReminders - superseded - int(missing.size()) - int(doubled.size()))
            .arg(superseded));
    int failures = 0;
    const auto report = [&](const QString &what, const QStringList &items) {
        say(u"%1: %2"_s.arg(what).arg(items.size()));
        for (const QString &i : items.mid(0, 10))
            say(u"  "_s + i);
        failures += int(items.size());
    };
    report(u"lost (an accepted order or payment not in the store)"_s, lost);
    report(u"missing (due, never delivered)"_s, missing);
    report(u"doubled (delivered more than once)"_s, doubled);
    say(u"delivered after /paid, announced by its in_flight: %1"_s.arg(inFlightWhenPaid));
    report(u"after payment"_s, afterPaid);
    if (!afterPaid.isEmpty())
        say(u"  of those, the send started before /paid was answered (claimed, then not stopped): %1"_s.arg(
            afterPaid.filter(u"ms before the answer"_s).size()));
    report(u"stray deliveries"_s, stray);
    report(u"refused valid requests"_s, m_refused);
    say(failures == 0 ? u"PASS"_s : u"FAIL — logs in %1"_s.arg(m_dir.path()));
    return failures;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"PayNudge soak test (see tests/soak/run.sh)."_s);
    parser.addHelpOption();
    const QCommandLineOption paynudge(u"paynudge"_s, u"The paynudge binary."_s, u"FILE"_s);
    const QCommandLineOption fake(u"fake"_s, u"The fake-wechat binary."_s, u"FILE"_s);
    const QCommandLineOption seconds(
        u"seconds"_s, u"Seconds of load (then a quiet period)."_s, u"N"_s, u"120"_s);
    const QCommandLineOption slow(
        u"slow-clients"_s, u"Connections holding an unfinished request."_s, u"N"_s, u"20"_s);
    const QCommandLineOption rate(u"rate"_s,
        u"Order requests per second: 8 in 10 one order, the rest a batch of 2 to 20."_s, u"N"_s, u"5"_s);
    const QCommandLineOption faults(u"faults"_s, u"fake-wechat --faults SPEC."_s, u"SPEC"_s,
        u"busy=0.15,slow=0.08,drop=0.08,down=0.02,token=0.02,slowMs=3000,downSeconds=5"_s);
    const QCommandLineOption dir(
        u"dir"_s, u"Work directory (kept); default a temporary one, kept on failure."_s, u"DIR"_s);
    parser.addOptions({ paynudge, fake, seconds, slow, rate, faults, dir });
    parser.process(app);
    Settings s;
    s.paynudge = parser.value(paynudge);
    s.fake = parser.value(fake);
    s.seconds = parser.value(seconds).toInt();
    s.slowClients = parser.value(slow).toInt();
    s.requestsPerSec = std::clamp(parser.value(rate).toInt(), 1, 1000);
    s.faults = parser.value(faults);
    s.dir = parser.value(dir);
    if (s.paynudge.isEmpty() || s.fake.isEmpty() || s.seconds <= 0) {
        say(u"needs --paynudge FILE --fake FILE --seconds N (> 0)"_s);
        return 2;
    }
    Soak soak(s);
    return soak.run();
}
