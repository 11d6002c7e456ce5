// `paynudge doctor` and Help → Check setup: each check against the fake WeChat server and real
// files — the line it writes (status and the words an operator acts on) and the overall result —
// and the real binary's --json and exit codes.
#include "appprocess.h"
#include "doctor/clockcheck.h"
#include "doctor/doctor.h"
#include "doctor/ordernocheck.h"
#include "doctor/reportjson.h"
#include "doctor/reporttext.h"
#include "engine/engine.h"
#include "fakewechat.h"
#include "intake/intakeserver.h"
#include "intake/intaketoken.h"
#include "store/database.h"
#include "templates/templatekeys.h"
#include "testsupport.h"
#include "wechattestkit.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

namespace {

const QString kIntakeToken = u"paynudge-test-intake-token-0123456789"_s;
const QStringList kMappedKeys { u"amount3"_s, u"character_string1"_s, u"thing2"_s, u"time4"_s };
using Status = SetupCheck::Status;

} // namespace

namespace QTest {
template<> inline char *toString(const paynudge::SetupCheck::Status &s)
{
    return qstrdup(paynudge::SetupCheck::wireName(s).toUtf8().constData());
}
} // namespace QTest

class TestDoctor : public FakeWeChatTest
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dataDir;

    QString configPath() const { return m_dir->filePath(u"paynudge.ini"_s); }
    QString storePath() const { return QDir(m_dataDir).filePath(u"paynudge.sqlite"_s); }

    // DESIGN.md's example account, pointed at the fake.
    static QString account(const QString &key = u"shop1"_s, const QString &appid = kTestAppid,
        const QString &secretEnv = QString::fromLatin1(kTestSecretEnv))
    {
        return u"[accounts/%1]\nname=西瓜乐园\nappid=%2\nsecretEnv=%3\ntemplateId=TPL\n"
               u"fields/character_string1={order_no}\nfields/thing2={product}\nfields/amount3={amount}\n"
               u"fields/time4={close_at:yyyy-MM-dd HH:mm}\n"_s.arg(key, appid, secretEnv);
    }

    void writeConfig(const QString &accounts, const QString &intake = {})
    {
        QFile f(configPath());
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write((u"[wechat]\napiBase=%1\ntimeout=2\n\n"_s.arg(m_fake->baseUrl().toString())
            + (intake.isEmpty() ? u"[intake]\nlisten=127.0.0.1:0\ntoken=%1\n"_s.arg(kIntakeToken) : intake)
            + u"\n"_s + accounts)
                    .toUtf8());
        f.close();
        // The token is in the file: owner-only, as the intake check asks.
        QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    }

    // A real store with some orders in it, closed again.
    void makeStore(int orders = 0)
    {
        Engine engine;
        Engine::Options options;
        options.config = testConfig();
        options.dataDir = m_dataDir;
        options.clock = m_clock;
        QString error;
        QVERIFY2(engine.open(options, &error), qPrintable(error));
        for (int i = 0; i < orders; ++i)
            QVERIFY(engine.acceptOrder(sampleOrder(u"D%1"_s.arg(i, 6, 10, QLatin1Char('0')), kT0)).kind
                == AcceptResult::Kind::Created);
    }

    DoctorReport run(qint64 clockSkewMs = 0, int overallTimeoutMs = 0)
    {
        ManualClock clock(m_clock->nowMs() + clockSkewMs);
        Doctor::Options options;
        options.configPath = configPath();
        options.dataDir = m_dataDir;
        options.clock = &clock;
        options.timeoutOverrideMs = 2000;
        options.overallTimeoutMs = overallTimeoutMs;
        Doctor doctor(options);
        int reports = 0;
        connect(&doctor, &Doctor::finished, this, [&reports] { ++reports; });
        doctor.start();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(reports > 0, 20000); }();
        // A second report would come from the same last answer (at once) or a call it queued: the
        // event loop runs what is queued; the bound's timer is stopped with the first report.
        QCoreApplication::processEvents();
        [&] { QCOMPARE(reports, 1); }();
        return doctor.report();
    }

    // The line `id` has `status` and says each of `words`.
    static void expectLine(
        const DoctorReport &report, const QString &id, Status status, const QStringList &words = {})
    {
        const SetupCheck *line = report.find(id);
        QVERIFY2(line, qPrintable(u"no line %1 in:\n%2"_s.arg(id, reportToText(report))));
        QVERIFY2(line->status == status,
            qPrintable(u"%1 is %2, expected %3: %4 → %5"_s.arg(id, SetupCheck::wireName(line->status),
                SetupCheck::wireName(status), line->summary, line->action)));
        for (const QString &w : words)
            QVERIFY2(QString(line->summary + u' ' + line->action).contains(w),
                qPrintable(u"%1 does not say \"%2\": %3 → %4"_s.arg(id, w, line->summary, line->action)));
    }

    static void expectNoSecret(const DoctorReport &report, const QStringList &secrets)
    {
        const QString text = reportToText(report) + QString::fromUtf8(reportToJson(report));
        for (const QString &s : secrets)
            QVERIFY2(!s.isEmpty() && !text.contains(s), "a secret reached the report");
    }

    // The real binary, without blocking this thread: the fake WeChat answers from its event loop.
    int runBinary(const QStringList &args, QByteArray *output)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::SeparateChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        env.insert(u"LANGUAGE"_s, u"en"_s);
        p.setProcessEnvironment(env);
        p.start(AppProcess::binary(),
            QStringList { u"doctor"_s } + args
                + QStringList { u"--config"_s, configPath(), u"--data-dir"_s, m_dataDir });
        [&] { QVERIFY(p.waitForStarted(10000)); }();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 60000); }();
        *output = p.readAllStandardOutput();
        const QByteArray err = p.readAllStandardError();
        if (!err.isEmpty())
            qInfo("stderr: %s", err.constData());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

private slots:
    // The order number line follows the mapping and tooLong: said with shorten, warned with fail.
    void orderNumberLineByTooLong()
    {
        AccountConfig a;
        a.key = u"shop1"_s;
        a.fields = { { u"character_string1"_s, u"NO.{order_no}"_s }, { u"thing2"_s, u"{product}"_s } };
        QList<SetupCheck> lines = checkOrderNumberLength({ a });
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.at(0).status, Status::Ok);
        a.tooLong = TooLongPolicy::Fail;
        lines = checkOrderNumberLength({ a });
        QCOMPARE(lines.at(0).status, Status::Warning);
        QVERIFY(lines.at(0).summary.contains(u"tooLong=fail"_s));
        QVERIFY(lines.at(0).action.contains(u"[accounts/shop1]"_s));
        a.fields = { { u"thing2"_s, u"{order_no}"_s } }; // a thing key: cut like text, no line
        QVERIFY(checkOrderNumberLength({ a }).isEmpty());
    }

    void init()
    {
        QVERIFY(startFake());
        m_dir = std::make_unique<QTemporaryDir>();
        m_dataDir = m_dir->filePath(u"data"_s);
        m_fake->addTemplate(kTestAppid, u"TPL"_s, kMappedKeys);
    }

    void cleanup()
    {
        if (m_dir)
            QFile::setPermissions(
                m_dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        m_dir.reset();
        stopFake();
    }

    void healthySetupHasNoProblem()
    {
        writeConfig(account());
        makeStore(3);
        QVERIFY(QFile::setPermissions(
            m_dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        const DoctorReport report = run();
        QVERIFY2(!report.hasProblems(), qPrintable(reportToText(report)));
        expectLine(report, u"config"_s, Status::Ok, { configPath(), u"1 account"_s });
        expectLine(report, u"store.integrity"_s, Status::Ok, { u"quick check"_s });
        expectLine(
            report, u"store.schema"_s, Status::Ok, { QString::number(Database::currentSchemaVersion()) });
        expectLine(report, u"engine.running"_s, Status::Warning, { u"No PayNudge is running"_s });
        expectLine(report, u"disk.space"_s, Status::Ok, { u"MiB free"_s });
        expectLine(report, u"datadir.access"_s, Status::Ok);
        expectLine(report, u"datadir.permissions"_s, Status::Ok);
        expectLine(report, u"intake.token"_s, Status::Ok);
        expectLine(report, u"intake.address"_s, Status::Ok);
        expectLine(report, u"account.shop1.secret"_s, Status::Ok,
            { u"environment variable PN_TEST_WECHAT_SECRET"_s });
        expectLine(report, u"account.shop1.token"_s, Status::Ok, { kTestAppid });
        expectLine(report, u"account.shop1.template"_s, Status::Ok,
            { u"TPL"_s, u"character_string1"_s, u"time4"_s });
        expectLine(report, u"account.shop1.ordernumber"_s, Status::Ok,
            { u"character_string1"_s, u"tooLong=shorten"_s });
        expectLine(report, u"clock"_s, Status::Ok);
        QCOMPARE(report.problems(), 0);
        QCOMPARE(report.warnings(), 1); // only: no engine runs
        expectNoSecret(report, QStringList { kTestSecret, kIntakeToken } + m_fake->issuedTokens());
        QCOMPARE(m_fake->requestCount(FakeWeChat::Api::TemplateList), 1);
        QCOMPARE(m_fake->requestCount(FakeWeChat::Api::AnySend), 0); // a check never sends
    }

    void aRunningEngineAndItsIntakeAreFine()
    {
        Engine engine;
        Engine::Options options;
        options.config = testConfig();
        options.dataDir = m_dataDir;
        QString error;
        QVERIFY2(engine.open(options, &error), qPrintable(error));
        IntakeToken::Options tokenOptions;
        tokenOptions.settings.token = kIntakeToken;
        tokenOptions.dataDir = m_dataDir;
        tokenOptions.useKeychain = false;
        const auto token = IntakeToken::resolve(tokenOptions, &error);
        QVERIFY(token);
        IntakeServer server(engine, *token);
        QVERIFY2(server.start(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        writeConfig({}, u"[intake]\nlisten=127.0.0.1:%1\ntoken=%2\n"_s.arg(server.port()).arg(kIntakeToken));

        const DoctorReport report = run();
        expectLine(
            report, u"engine.running"_s, Status::Ok, { QString::number(QCoreApplication::applicationPid()) });
        expectLine(report, u"intake.address"_s, Status::Ok, { u"held by the running PayNudge"_s });
        expectLine(report, u"accounts"_s, Status::Warning, { u"nothing is really sent"_s });
        QVERIFY2(!report.hasProblems(), qPrintable(reportToText(report)));
    }

    void anotherProgramOnTheIntakeAddressIsAProblem()
    {
        QTcpServer other; // accepts and never answers HTTP
        QVERIFY(other.listen(QHostAddress::LocalHost, 0));
        writeConfig(account(),
            u"[intake]\nlisten=127.0.0.1:%1\ntoken=%2\n"_s.arg(other.serverPort()).arg(kIntakeToken));
        const DoctorReport report = run();
        expectLine(report, u"intake.address"_s, Status::Problem,
            { u"Another program"_s, u"127.0.0.1:%1"_s.arg(other.serverPort()), u"[intake] listen"_s });
        QVERIFY(report.hasProblems());
    }

    void ipNotWhitelistedNamesTheIp()
    {
        m_fake->setWhitelist({ u"198.51.100.1"_s });
        m_fake->setCallerIp(u"203.0.113.9"_s);
        writeConfig(account());
        const DoctorReport report = run();
        expectLine(report, u"account.shop1.token"_s, Status::Problem,
            { u"203.0.113.9"_s, u"40164"_s, u"IP白名单"_s, u"Add 203.0.113.9 to the IP whitelist"_s });
        QVERIFY(!report.find(u"account.shop1.template"_s)); // no token, no template list
        QVERIFY(report.hasProblems());
    }

    void wrongSecretAndWrongAppid()
    {
        qputenv("PN_DOCTOR_WRONG_SECRET", "not-the-secret");
        writeConfig(account(u"shop1"_s, kTestAppid, u"PN_DOCTOR_WRONG_SECRET"_s)
            + account(u"shop2"_s, u"wx1111111111111111"_s));
        const DoctorReport report = run();
        expectLine(report, u"account.shop1.token"_s, Status::Problem,
            { u"AppSecret"_s, u"wrong"_s, u"40125"_s, u"PN_DOCTOR_WRONG_SECRET"_s });
        expectLine(report, u"account.shop2.token"_s, Status::Problem,
            { u"wx1111111111111111"_s, u"40013"_s, u"appid in [accounts/shop2]"_s });
        expectNoSecret(report, { u"not-the-secret"_s, kTestSecret });
        qunsetenv("PN_DOCTOR_WRONG_SECRET");
    }

    void missingSecretIsNamedWithItsSource()
    {
        qunsetenv("PN_DOCTOR_UNSET_SECRET");
        writeConfig(account(u"shop1"_s, kTestAppid, u"PN_DOCTOR_UNSET_SECRET"_s));
        const DoctorReport report = run();
        expectLine(report, u"account.shop1.secret"_s, Status::Problem,
            { u"PN_DOCTOR_UNSET_SECRET"_s, u"no AppSecret"_s });
        QCOMPARE(m_fake->tokenRequestCount(), 0);
    }

    void templateKeyTheMappingLeavesEmpty()
    {
        m_fake->addTemplate(kTestAppid, u"TPL"_s, kMappedKeys + QStringList { u"thing5"_s });
        writeConfig(account());
        const DoctorReport report = run();
        expectLine(report, u"account.shop1.template"_s, Status::Problem,
            { u"thing5"_s, u"47003"_s, u"fields/thing5="_s });
        QVERIFY(report.hasProblems());
    }

    void mappingKeyMissingFromTheTemplate()
    {
        m_fake->addTemplate(
            kTestAppid, u"TPL"_s, { u"first"_s, u"character_string1"_s, u"thing2"_s, u"amount3"_s });
        writeConfig(account());
        const DoctorReport report = run();
        // first stays empty (WeChat drops it since 2023); time4 is mapped but the template lacks it.
        expectLine(report, u"account.shop1.template"_s, Status::Problem, { u"time4"_s, u"does not have"_s });
        QVERIFY(!report.find(u"account.shop1.template"_s)->summary.contains(u"first"_s));
    }

    void aMappingThatSaysNothingAboutTheDeadlineIsAWarning()
    {
        writeConfig(account().replace(u"{close_at:"_s, u"{placed_at:"_s));
        const DoctorReport report = run();
        expectLine(report, u"account.shop1.template"_s, Status::Warning,
            { u"TPL"_s, u"{close_in}"_s, u"[accounts/shop1]"_s });
        QVERIFY(!report.hasProblems());
    }

    void anAccountWithoutFieldsIsCheckedWithTheSuggestedMapping()
    {
        QString config = account();
        config.remove(QRegularExpression(u"fields/[^\n]*\n"_s));
        // A category template whose second time key is the close time.
        m_fake->addTemplate(kTestAppid, u"TPL"_s, kMappedKeys + QStringList { u"time5"_s });
        m_fake->setKeyLabel(u"TPL"_s, u"time5"_s, u"关闭时间"_s);
        writeConfig(config);
        DoctorReport report = run();
        expectLine(report, u"account.shop1.template"_s, Status::Ok, { u"suggests"_s, u"time5"_s });

        // A key the suggestion cannot fill (a phone number) is named: every send would fail.
        m_fake->addTemplate(kTestAppid, u"TPL"_s, kMappedKeys + QStringList { u"phone_number5"_s });
        report = run();
        expectLine(report, u"account.shop1.template"_s, Status::Problem,
            { u"phone_number5"_s, u"47003"_s, u"fields/phone_number5="_s });
    }

    void subscribeKindsAreCheckedThroughGetTemplate()
    {
        FakeWeChat::SubscribeTemplate t;
        t.id = u"TPL"_s;
        t.title = u"待支付提醒"_s;
        t.keys = { { u"character_string1"_s, u"订单号"_s }, { u"thing2"_s, u"商品"_s },
            { u"amount3"_s, u"金额"_s }, { u"time4"_s, u"截止时间"_s } };
        m_fake->addSubscribeTemplate(kTestAppid, t);
        writeConfig(account() + u"kind=subscribe\n"_s);
        DoctorReport report = run();
        expectLine(report, u"account.shop1.template"_s, Status::Ok, { u"TPL"_s, u"待支付提醒"_s });
        QCOMPARE(m_fake->requestCount(FakeWeChat::Api::SubscribeTemplateList), 1);

        t.keys.append({ u"phrase5"_s, u"状态"_s });
        m_fake->addSubscribeTemplate(kTestAppid, t);
        report = run();
        expectLine(report, u"account.shop1.template"_s, Status::Problem, { u"phrase5"_s, u"47003"_s });

        writeConfig(account().replace(u"templateId=TPL"_s, u"templateId=GONE"_s) + u"kind=miniprogram\n"_s);
        report = run();
        expectLine(
            report, u"account.shop1.template"_s, Status::Problem, { u"GONE"_s, u"40037"_s, u"订阅通知"_s });
    }

    void unknownTemplateAndUnreadableList()
    {
        m_fake->addTemplate(u"wx2222222222222222"_s, u"OTHER"_s, kMappedKeys);
        m_fake->addAccount(u"wx2222222222222222"_s, kTestSecret);
        writeConfig(account(u"shop1"_s, kTestAppid, QString::fromLatin1(kTestSecretEnv))
                        .replace(u"templateId=TPL"_s, u"templateId=GONE"_s)
            + account(u"shop2"_s, u"wx2222222222222222"_s));
        m_fake->failNext(FakeWeChat::Api::TemplateList, 48001); // one of the two lists is refused
        const DoctorReport report = run();
        const SetupCheck *one = report.find(u"account.shop1.template"_s);
        const SetupCheck *two = report.find(u"account.shop2.template"_s);
        QVERIFY(one && two);
        // Which account's request met the fault depends on the order they were made in.
        const SetupCheck *refused = one->status == Status::Warning ? one : two;
        QCOMPARE(refused->status, Status::Warning);
        QVERIFY2(refused->summary.contains(u"48001"_s) && refused->summary.contains(u"skipped"_s),
            qPrintable(refused->summary));
        if (refused == two)
            expectLine(report, u"account.shop1.template"_s, Status::Problem,
                { u"GONE"_s, u"40037"_s, u"templateId"_s });
        else
            expectLine(report, u"account.shop2.template"_s, Status::Problem, { u"TPL"_s, u"40037"_s });
    }

    void skewedClock_data()
    {
        QTest::addColumn<qint64>("skewMs");
        QTest::addColumn<Status>("status");
        QTest::addColumn<QString>("words");
        QTest::newRow("in step") << qint64(0) << Status::Ok << u"agrees"_s;
        QTest::newRow("10 s ahead") << qint64(10 * kSecond) << Status::Warning << u"10 s ahead of"_s;
        QTest::newRow("2 min behind") << qint64(-120 * kSecond) << Status::Problem << u"120 s behind"_s;
        QTest::newRow("an hour ahead") << qint64(3600 * kSecond) << Status::Problem << u"3600 s ahead of"_s;
    }

    void skewedClock()
    {
        QFETCH(qint64, skewMs);
        QFETCH(Status, status);
        QFETCH(QString, words);
        m_clock->setNow(kT0 + 500); // half a second into the fake's second
        writeConfig({});
        const DoctorReport report = run(skewMs);
        expectLine(report, u"clock"_s, status, { words });
        QCOMPARE(report.hasProblems(), status == Status::Problem);
    }

    void unwritableDataDir_data()
    {
        QTest::addColumn<bool>("underAFile");
        QTest::newRow("under a regular file") << true;
        QTest::newRow("chmod 0500") << false;
    }

    void unwritableDataDir()
    {
        QFETCH(bool, underAFile);
        writeConfig({});
        if (underAFile) {
            // Not even root can create a folder inside a regular file.
            QFile blocker(m_dir->filePath(u"blocker"_s));
            QVERIFY(blocker.open(QIODevice::WriteOnly));
            m_dataDir = blocker.fileName() + u"/data"_s;
        } else {
            if (::geteuid() == 0)
                QSKIP("running as root, whom permission bits do not stop: the regular-file row covers this");
            QVERIFY(QDir().mkpath(m_dataDir));
            QVERIFY(QFile::setPermissions(m_dataDir, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        }
        const DoctorReport report = run();
        expectLine(report, u"datadir.access"_s, Status::Problem, { m_dataDir, u"--data-dir"_s });
        QVERIFY(report.hasProblems());
    }

    void corruptedStoreIsAProblem()
    {
        writeConfig({});
        makeStore(400);
        QFile f(storePath());
        const qint64 size = f.size();
        QVERIFY(size > 16 * 4096);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek((size / 2) / 4096 * 4096)); // a whole page in the middle
        QVERIFY(f.write(QByteArray(4096, char(0xA5))) == 4096);
        f.close();

        const DoctorReport report = run();
        expectLine(report, u"store.integrity"_s, Status::Problem, { storePath(), u"damaged"_s, u"backup"_s });
        QVERIFY(report.hasProblems());
        QCOMPARE(QFile(storePath()).size(), size); // read only: nothing "repaired"
    }

    void missingStoreIsNotCreated()
    {
        writeConfig({});
        const DoctorReport report = run();
        expectLine(report, u"store.integrity"_s, Status::Warning, { u"not created yet"_s });
        QVERIFY(!report.find(u"store.schema"_s));
        expectLine(report, u"accounts"_s, Status::Warning, { u"nothing is really sent"_s });
        QVERIFY(!report.hasProblems());
        QVERIFY(!QFileInfo::exists(m_dataDir)); // no folder, no store, no token file
    }

    void intakeTokenFileMustBeOwnerOnly()
    {
        const QString tokenFile = m_dir->filePath(u"intake.token"_s);
        QFile f(tokenFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kIntakeToken.toUtf8());
        f.close();
        QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
        writeConfig({}, u"[intake]\nlisten=127.0.0.1:0\ntokenFile=%1\n"_s.arg(tokenFile));
        expectLine(run(), u"intake.token"_s, Status::Problem, { tokenFile, u"chmod 600"_s });

        QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const DoctorReport report = run();
        expectLine(report, u"intake.token"_s, Status::Ok, { tokenFile });
        expectNoSecret(report, { kIntakeToken });

        QVERIFY(f.remove());
        expectLine(run(), u"intake.token"_s, Status::Problem, { u"does not exist"_s });
    }

    void dataDirOthersCanOpenIsAWarning()
    {
        writeConfig({});
        makeStore();
        QVERIFY(QFile::setPermissions(m_dataDir,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther));
        const DoctorReport report = run();
        expectLine(
            report, u"datadir.permissions"_s, Status::Warning, { u"chmod 700 "_s + m_dataDir, u"openids"_s });
        QVERIFY(!report.hasProblems());
    }

    void newerSchemaIsAProblem()
    {
        writeConfig({});
        makeStore();
        {
            Database db;
            QString error;
            QVERIFY(db.open({ storePath(), u"bump"_s, true }, &error));
            QSqlQuery q(db.db());
            q.prepare(u"UPDATE meta SET value = ? WHERE key = 'schema_version'"_s);
            q.addBindValue(QString::number(Database::currentSchemaVersion() + 1));
            QVERIFY(q.exec());
        }
        const DoctorReport report = run();
        expectLine(report, u"store.schema"_s, Status::Problem, { u"newer"_s });
    }

    void badConfigurationNamesEveryKey()
    {
        QFile f(configPath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[reminder]\nrounds=soon\nbatchSize=0\n[wechat]\ntimeout=2\n");
        f.close();
        const DoctorReport report = run();
        expectLine(report, u"config"_s, Status::Problem,
            { u"reminder/rounds"_s, u"soon"_s, u"reminder/batchSize"_s });
        QVERIFY(report.hasProblems());
    }

    void slowWeChatNeverHangsTheReport()
    {
        m_fake->setReplyDelay(10000);
        writeConfig(account());
        QElapsedTimer timer;
        timer.start();
        const DoctorReport report = run(0, 1500);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        expectLine(report, u"account.shop1.token"_s, Status::Problem, { u"No answer"_s });
        QVERIFY(report.find(u"clock"_s)); // the 404 of apiBase itself comes at once
    }

    void tokenUrlAccountNeedsNoSecret()
    {
        QUrl tokenUrl = m_fake->baseUrl();
        tokenUrl.setPath(FakeWeChat::path(FakeWeChat::Api::ShopToken));
        tokenUrl.setQuery(u"appid="_s + kTestAppid);
        writeConfig(account().replace(u"secretEnv=PN_TEST_WECHAT_SECRET\n"_s,
            u"tokenSource=url\ntokenUrl=%1\n"_s.arg(tokenUrl.toString())));
        const DoctorReport report = run();
        expectLine(report, u"account.shop1.secret"_s, Status::Ok, { u"token service"_s });
        expectLine(report, u"account.shop1.token"_s, Status::Ok);
        QVERIFY(
            !report.find(u"account.shop1.secret"_s)->summary.contains(u"appid="_s)); // the query stays out
    }

    void templateKeysAreReadFromTheContent()
    {
        QCOMPARE(
            templateKeys(
                u"{{first.DATA}}\n订单编号：{{character_string1.DATA}}\n金额：{{ amount3.DATA }}{{first.DATA}}"_s),
            (QStringList { u"first"_s, u"character_string1"_s, u"amount3"_s }));
        const MappingFit fit = fitMapping({ u"first"_s, u"thing1"_s, u"time2"_s, u"remark"_s },
            { { u"thing1"_s, u"{product}"_s }, { u"time2"_s, u" "_s }, { u"amount9"_s, u"{amount}"_s } });
        QCOMPARE(fit.leftEmpty, QStringList { u"time2"_s }); // an empty pattern fills nothing
        QCOMPARE(fit.notInTemplate, QStringList { u"amount9"_s });
    }

    void httpDatesRoundTrip()
    {
        QCOMPARE(parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT"), std::optional<qint64>(784111777000LL));
        QCOMPARE(formatHttpDate(784111777123LL), QByteArray("Sun, 06 Nov 1994 08:49:37 GMT"));
        QCOMPARE(parseHttpDate("Sunday, 06-Nov-94 08:49:37 GMT"), std::nullopt);
        QCOMPARE(parseHttpDate(""), std::nullopt);
    }

    void binaryExitsSixOnAProblemAndZeroOtherwise()
    {
        m_clock->setNow(QDateTime::currentMSecsSinceEpoch()); // the binary runs on the real clock
        writeConfig(account());
        makeStore();
        QVERIFY(QFile::setPermissions(
            m_dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        QByteArray out;
        QCOMPARE(runBinary({ u"--json"_s }, &out), 0);
        QJsonParseError parseError;
        const QJsonObject json = QJsonDocument::fromJson(out, &parseError).object();
        QVERIFY2(parseError.error == QJsonParseError::NoError, out.constData());
        QCOMPARE(json.value(u"problems"_s).toInt(), 0);
        QVERIFY(json.value(u"warnings"_s).toInt() >= 1); // no engine runs
        const QJsonArray checks = json.value(u"checks"_s).toArray();
        QVERIFY(checks.size() >= 12);
        QSet<QString> ids;
        for (const QJsonValue &v : checks) {
            const QJsonObject c = v.toObject();
            ids.insert(c.value(u"id"_s).toString());
            QVERIFY(QStringList({ u"ok"_s, u"warning"_s, u"problem"_s })
                        .contains(c.value(u"status"_s).toString()));
            QVERIFY(!c.value(u"summary"_s).toString().isEmpty());
            QVERIFY(c.contains(u"action"_s));
        }
        QVERIFY(ids.contains(u"account.shop1.token"_s) && ids.contains(u"store.integrity"_s)
            && ids.contains(u"clock"_s));
        QVERIFY(!out.contains(kTestSecret.toUtf8()) && !out.contains(kIntakeToken.toUtf8()));

        m_fake->setWhitelist({ u"198.51.100.1"_s });
        m_fake->setCallerIp(u"203.0.113.9"_s);
        QCOMPARE(runBinary({}, &out), 6);
        QVERIFY2(out.contains("203.0.113.9") && out.contains("problem"), out.constData());
        QVERIFY2(out.contains("1 problem"), out.constData());
    }
};

QTEST_GUILESS_MAIN(TestDoctor)
#include "tst_doctor.moc"
