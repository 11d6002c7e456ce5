#include "common/durationtext.h"
#include "common/error.h"
#include "config/configkeys.h"
#include "console/consoletext.h"
#include "readmodel/historyquery.h"
#include "shell/translations.h"
#include "store/storederror.h"

#include <QApplication>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;

// Every error an operator can meet reads in Chinese in the zh_CN UI: each code of Error::allCodes(),
// with sample args, through the catalogue the app installs. A code added without its translation
// fails here.
class TestErrorTranslations : public QObject
{
    Q_OBJECT

    // Sample args without Latin letters, so what the check finds is the code's own text.
    static QStringList sampleArgs()
    {
        QStringList args;
        for (int i = 1; i <= 9; ++i)
            args << u"⟦%1⟧"_s.arg(i);
        return args;
    }

    // A row for each reason a history row can have without an errcode.
    static void historyCodeRows()
    {
        QTest::addColumn<int>("code");
        for (ErrorCode code : Error::allCodes())
            if (Error::codeName(code).startsWith(u"history_"_s))
                QTest::newRow(qPrintable(Error::codeName(code))) << int(code);
    }

    // The %1… a code's English text uses (a row of the wechat group uses some of its slots).
    static QList<int> placeholders(const QString &source)
    {
        static const QRegularExpression placeholder(u"%(\\d)"_s);
        QList<int> used;
        for (const auto &m : placeholder.globalMatch(source))
            if (!used.contains(m.captured(1).toInt()))
                used << m.captured(1).toInt();
        return used;
    }

    // Latin words a Chinese text keeps: names the operator meets as they are in WeChat's backend,
    // on their disk or on the web; what they type into the configuration as written (section, key
    // and value names); identifiers with '_' (column names like order_no, WeChat's access_token).
    static bool keepsLatin(const QString &word)
    {
        static const QStringList names { u"WeChat"_s, u"AppID"_s, u"AppSecret"_s, u"openid"_s, u"ID"_s,
            u"IP"_s, u"errcode"_s, u"POST"_s, u"PayNudge"_s, u"Excel"_s, u"Unicode"_s, u"CSV"_s, u"UTF"_s,
            u"GBK"_s, u"GB"_s, u"http"_s, u"https"_s, u"mp.weixin.qq.com"_s, u"app.json"_s, u"SQLite"_s,
            u"PostgreSQL"_s, u"README"_s, u"HTTP"_s, u"JSON"_s, u"pid"_s };
        // What the operator types or finds on disk as written: command-line options, the doctor and
        // store-copy commands, the store's -wal and -shm files.
        static const QStringList commandLine { u"data-dir"_s, u"start-empty"_s, u"paynudge"_s, u"doctor"_s,
            u"store-copy"_s, u"wal"_s, u"shm"_s };
        static const QStringList typed { u"accounts"_s, u"appid"_s, u"templateId"_s, u"miniprogramPage"_s,
            u"kind"_s, u"url"_s, u"template"_s, u"subscribe"_s, u"miniprogram"_s, u"vars.NAME"_s,
            // {placeholders} of a mapping without '_' ({order_no} and the like keep their '_')
            u"product"_s, u"amount"_s,
            // a round before the close, as [reminder] rounds takes it (close-30m)
            u"close"_s,
            // the do-not-remind list's CSV header (openid,reason)
            u"reason"_s };
        // What a config error quotes as the operator types it: the registry's sections, keys and
        // choices, and the shapes its values take (true/false, HH:MM, Asia/Shanghai, wx…, thing2, INI).
        static const QSet<QString> config = [] {
            QSet<QString> words { u"true"_s, u"false"_s, u"HH"_s, u"MM"_s, u"MM-HH"_s, u"IANA"_s, u"Asia"_s,
                u"Shanghai"_s, u"wx"_s, u"abcdef"_s, u"thing"_s, u"keyword"_s, u"INI"_s };
            static const QRegularExpression latin(u"[A-Za-z]+"_s);
            for (const ConfigKey &k : ConfigKey::all())
                for (const QString &part :
                    { QString::fromUtf8(k.section), QString::fromUtf8(k.name), k.choiceList().join(u' ') })
                    for (const auto &m : latin.globalMatch(part))
                        words.insert(m.captured());
            return words;
        }();
        return names.contains(word) || commandLine.contains(word) || typed.contains(word)
            || config.contains(word) || word.contains(u'_');
    }

    // Latin words of `text` a Chinese text should not keep. A word is two letters or more ("T" of
    // 2026-03-02T18:00 is not one).
    static QStringList englishIn(const QString &text)
    {
        static const QRegularExpression latinWord(u"[A-Za-z][A-Za-z_.-]*[A-Za-z]"_s);
        QStringList english;
        for (const auto &m : latinWord.globalMatch(text))
            if (!keepsLatin(m.captured()))
                english << m.captured();
        return english;
    }

private slots:
    void initTestCase() { QVERIFY(Translations::install(u"zh_CN"_s)); }
    void cleanupTestCase() { Translations::install(u"en"_s); }

    void everyCodeReadsInChinese_data()
    {
        QTest::addColumn<int>("code");
        for (ErrorCode code : Error::allCodes())
            QTest::newRow(qPrintable(Error::codeName(code))) << int(code);
    }

    void everyCodeReadsInChinese()
    {
        QFETCH(int, code);
        const ErrorCode c = static_cast<ErrorCode>(code);
        const QList<int> used = placeholders(QString::fromUtf8(Error::sourceText(c)));
        const Error error(c, u"⟦0⟧"_s, sampleArgs());

        const QString text = error.text();
        QVERIFY2(text != error.englishText(), qPrintable(u"untranslated: "_s + text));
        for (int n : used)
            QVERIFY2(text.contains(error.args.at(n - 1)),
                qPrintable(u"the translation drops %%1: "_s.arg(n) + text));
        QVERIFY2(text.contains(u"⟦0⟧"_s), qPrintable(text));

        const QStringList english = englishIn(text);
        QVERIFY2(
            english.isEmpty(), qPrintable(u"English left in \"%1\": %2"_s.arg(text, english.join(u", "_s))));
    }

    // Where the operator meets WeChat's refusals: the history's reason column and a paused
    // account's line in the banner, both in Chinese; the English stays for the export and /health.
    void theHistoryAndAPauseReadInChinese()
    {
        HistoryRow row;
        row.account = u"shop1"_s;
        row.errcode = 43004;
        row.errmsg = u"require subscribe"_s;
        // With what it means for the shop: this customer cannot be reminded this way.
        QCOMPARE(row.reasonText(Config()),
            u"顾客没有关注公众号（errcode 43004）：模板消息只能发给关注了公众号的顾客，这位顾客收不到提醒；可以请顾客关注公众号，或用电话、短信等其他方式联系"_s);
        QCOMPARE(
            row.reason(Config()), u"the customer does not follow the official account (errcode 43004)"_s);

        const Error why(ErrorCode::WeChat40164Ip, {}, { u"203.0.113.7"_s });
        HealthReason paused { HealthReason::Kind::AccountPaused, u"shop1"_s, 0, why.englishText(), why };
        const QString line = ConsoleText::healthReason(paused, 0, QTimeZone::utc());
        QVERIFY2(line.contains(u"微信拒绝了来自 IP 203.0.113.7 的调用"_s), qPrintable(line));
        QVERIFY2(!line.contains(u"whitelist"_s), qPrintable(line));
    }

    // Rows the store wrote in English without an errcode (a skip, a cancel, a transport failure):
    // each code's English, as the store keeps it, reads in Chinese in the reason column and stays
    // as it is for the export.
    void historyRowsWithoutAnErrcodeReadInChinese_data() { historyCodeRows(); }

    void historyRowsWithoutAnErrcodeReadInChinese()
    {
        QFETCH(int, code);
        const Error stored(static_cast<ErrorCode>(code), {}, sampleArgs());
        HistoryRow row;
        row.account = u"shop1"_s;
        row.errmsg = stored.englishText();
        QCOMPARE(row.reasonText(Config()), Error(stored.code, {}, sampleArgs()).text());
        QCOMPARE(row.reason(Config()), stored.englishText());
    }

    // An error worded around another (a refused value inside an account's pause, inside a history
    // row's "not sent") reads in Chinese throughout; its English stays whole for the log and export.
    void anErrorAroundAnotherReadsInChineseThroughout()
    {
        Error refused
            = Error(ErrorCode::RenderFixedText).because(Error(ErrorCode::RenderEmpty, {}, { u"number"_s }));
        refused.field = u"number2"_s;
        const Error pause = Error(ErrorCode::RenderSetupError, {}, { u"number2"_s }).because(refused);
        QCOMPARE(pause.text(),
            u"number2：为空，而微信拒绝空的 number（映射中的固定文字）。该账号的每条提醒都会同样被拒绝：请修正该账号的 fields/number2，然后恢复该账号。"_s);
        QVERIFY2(
            pause.englishText().startsWith(
                u"number2: empty, and WeChat refuses an empty number (fixed text in the mapping). Every"_s),
            qPrintable(pause.englishText()));

        HistoryRow row;
        row.stored = Error(ErrorCode::NotSent).because(refused);
        row.errmsg = row.stored.englishText();
        QCOMPARE(
            row.reasonText(Config()), u"未发送：number2：为空，而微信拒绝空的 number（映射中的固定文字）"_s);
        QCOMPARE(row.reason(Config()), row.errmsg);
    }

    void historyReasonsAsTheStoreWritesThem_data()
    {
        QTest::addColumn<QString>("errmsg");
        QTest::addColumn<QString>("shown");
        QTest::newRow("skip") << u"skipped by operator"_s << u"已由操作员跳过"_s;
        QTest::newRow("skip by api") << u"skipped by api"_s << u"已由 api 跳过"_s;
        QTest::newRow("marked sent") << u"marked sent by alice"_s << u"已由 alice 标记为已发送"_s;
        QTest::newRow("cancelled, paid") << u"order paid"_s << u"订单已支付"_s;
        QTest::newRow("timeout") << u"no answer within 10000 ms"_s << u"10000 毫秒内没有回应"_s;
        QTest::newRow("http") << u"HTTP 502 Bad Gateway"_s << u"服务器回应了 HTTP 状态 502 Bad Gateway"_s;
        // Qt's network words alone (older rows) with what they mean and what to check …
        QTest::newRow("qt's words") << u"Connection refused"_s
                                    << u"连接微信被拒绝，请检查这台电脑的网络和代理设置"_s;
        // … and words no code makes are shown as recorded.
        QTest::newRow("unknown words") << u"Unknown error"_s << u"Unknown error"_s;
    }

    void historyReasonsAsTheStoreWritesThem()
    {
        QFETCH(QString, errmsg);
        QFETCH(QString, shown);
        HistoryRow row;
        row.errmsg = errmsg;
        QCOMPARE(row.reasonText(Config()), shown);
        QCOMPARE(row.reason(Config()), errmsg);
    }

    // The history's outcome column and a reminder's state, as the store names them (ok, sent,
    // dry_run, cancelled …): each in Chinese.
    void everyOutcomeAndStateReadsInChinese()
    {
        for (int o = 0; o <= int(AttemptOutcome::Unknown); ++o) {
            const QString shown = ConsoleText::outcome(AttemptOutcome(o));
            const QString wire = wireName(AttemptOutcome(o));
            QVERIFY2(!shown.isEmpty() && shown != wire && englishIn(shown).isEmpty(),
                qPrintable(u"outcome %1 reads \"%2\""_s.arg(wire, shown)));
        }
        for (int st = 0; st <= int(ReminderState::Unknown); ++st) {
            const QString shown = ConsoleText::state(ReminderState(st));
            const QString wire = wireName(ReminderState(st));
            QVERIFY2(!shown.isEmpty() && shown != wire && englishIn(shown).isEmpty(),
                qPrintable(u"state %1 reads \"%2\""_s.arg(wire, shown)));
        }
        // WeChat's "ok" of an accepted send is not shown as a reason at all.
        HistoryRow accepted;
        accepted.errcode = 0;
        accepted.errmsg = u"ok"_s;
        accepted.outcome = AttemptOutcome::Sent;
        QCOMPARE(accepted.reasonText(Config()), QString());
    }

    // Every reason the store keeps with its code (rows since the code was kept), read back as the
    // history reads it, in Chinese — among them "superseded: …" and "late: …", which were English.
    void everyStoredReasonKindReadsInChinese_data() { historyCodeRows(); }

    void everyStoredReasonKindReadsInChinese()
    {
        QFETCH(int, code);
        Error written(static_cast<ErrorCode>(code), {}, sampleArgs());
        if (written.is(ErrorCode::HistoryMaybeDeliveredBefore)) // it words around another reason
            written = Error(ErrorCode::HistoryMaybeDeliveredBefore)
                          .because(Error(ErrorCode::HistorySupersededByRound));
        HistoryRow row;
        row.errmsg = written.englishText();
        row.stored = storedError::read(storedError::code(written), storedError::args(written));
        QVERIFY(row.stored);
        const QString shown = row.reasonText(Config());
        QVERIFY2(shown != row.errmsg, qPrintable(shown));
        QVERIFY2(englishIn(shown).isEmpty(), qPrintable(u"English left in \"%1\""_s.arg(shown)));
        QCOMPARE(row.reason(Config()), written.englishText()); // the export keeps the English
    }

    // The reasons the queue wrote in English before they had codes are recognised by their words.
    void supersededAndLateRowsOfOlderVersionsReadInChinese()
    {
        for (const QString &errmsg :
            { u"superseded: a later round of this order is due as well and goes out instead"_s,
                u"superseded: an operator's send of this order reaches the customer within 10 min"_s,
                u"late: it would go out 2 h 5 min after its due time, more than [reminder] lateLimit (1 h)"_s }) {
            HistoryRow row;
            row.errmsg = errmsg;
            const QString shown = row.reasonText(Config());
            QVERIFY2(shown != errmsg && !shown.contains(u"superseded"_s) && !shown.contains(u"late:"_s),
                qPrintable(shown));
        }
    }

    // The rows of a send whose answer is unknown and of a send PayNudge's stop interrupted, as the
    // engine and the queue write them (old rows too: the words are the same), read in Chinese.
    void unknownAndInterruptedRowsReadInChinese_data()
    {
        QTest::addColumn<QString>("errmsg");
        QTest::addColumn<QString>("start");
        QTest::newRow("no client_msg_id")
            << Error(ErrorCode::HistoryUnknownNoClientMsgId, {}, { u"Connection refused"_s }).englishText()
            << u"微信没有回应"_s;
        QTest::newRow("past WeChat's window")
            << Error(ErrorCode::HistoryUnknownPastDedupe, {}, { u"10"_s, u"Connection refused"_s })
                   .englishText()
            << u"之前的一次发送可能已送达"_s;
        QTest::newRow("interrupted, retried")
            << Error(ErrorCode::HistoryInterruptedRetrying).englishText() << u"发送途中催付助手停止了运行"_s;
    }

    void unknownAndInterruptedRowsReadInChinese()
    {
        QFETCH(QString, errmsg);
        QFETCH(QString, start);
        QVERIFY(errmsg.contains(u"client_msg_id"_s) || errmsg.contains(u"WeChat drops a repeat"_s));
        HistoryRow row;
        row.errmsg = errmsg;
        const QString shown = row.reasonText(Config());
        QVERIFY2(shown.startsWith(start), qPrintable(shown));
        QVERIFY2(englishIn(shown).isEmpty(), qPrintable(u"English left in \"%1\""_s.arg(shown)));
        QCOMPARE(row.reason(Config()), errmsg); // the export and the log keep the English
    }

    // A send that failed on the way (timeout, refused, no such host, TLS) reads in Chinese with what
    // to check, in the history and in a paused account's line; the English stays for the export.
    void transportFailuresReadInChinese_data()
    {
        QTest::addColumn<QString>("errmsg");
        QTest::addColumn<QString>("expected");
        QTest::newRow("timeout")
            << u"no answer, retrying with the same client_msg_id: no answer within 15000 ms"_s
            << u"连接微信超时"_s;
        QTest::newRow("canceled") << u"no answer, retrying with the same client_msg_id: Operation canceled"_s
                                  << u"连接微信超时"_s;
        QTest::newRow("refused") << u"not sent, retrying: not sent: Connection refused"_s
                                 << u"连接微信被拒绝"_s;
        QTest::newRow("host") << u"not sent, retrying: not sent: Host api.weixin.qq.com not found"_s
                              << u"找不到微信服务器 api.weixin.qq.com"_s;
        QTest::newRow("tls")
            << u"not sent, retrying: not sent: SSL handshake failed: The certificate has expired"_s
            << u"安全连接"_s;
        QTest::newRow("closed") << u"no answer, retrying with the same client_msg_id: Connection closed"_s
                                << u"连接中断"_s;
    }

    void transportFailuresReadInChinese()
    {
        QFETCH(QString, errmsg);
        QFETCH(QString, expected);
        HistoryRow row;
        row.account = u"shop1"_s;
        row.errmsg = errmsg;
        const QString shown = row.reasonText(Config());
        QVERIFY2(shown.contains(expected) && shown.contains(u"这台电脑"_s), qPrintable(shown));
        QVERIFY2(englishIn(QString(shown).remove(u"api.weixin.qq.com"_s)).isEmpty(),
            qPrintable(u"English left in \"%1\""_s.arg(shown)));
        QCOMPARE(row.reason(Config()), errmsg); // the export keeps the English

        // The same words inside a token fetch's failure, as a paused account's line shows it.
        const QString said = errmsg.mid(errmsg.indexOf(u": "_s) + 2);
        const Error why(ErrorCode::TokenStableUnreachable, {}, { said });
        const QString line = why.text();
        QVERIFY2(line.contains(expected), qPrintable(line));
        QVERIFY2(englishIn(QString(line).remove(u"api.weixin.qq.com"_s)).isEmpty(),
            qPrintable(u"English left in \"%1\""_s.arg(line)));
        QVERIFY(why.englishText().endsWith(said)); // the log keeps Qt's words
    }

    // A span of time in a reason ("12 min", as the store writes it) reads in the UI's language.
    void durationsInReasonsReadInChinese()
    {
        const Error late(
            ErrorCode::HistoryLate, {}, { durationText(12 * 60000), durationText(2 * 3600000 + 300000) });
        QVERIFY2(late.text().contains(u"12 分钟"_s) && late.text().contains(u"2 小时 5 分钟"_s),
            qPrintable(late.text()));
        QVERIFY2(englishIn(late.text()).isEmpty(), qPrintable(late.text()));
        QCOMPARE(late.englishText(),
            u"late: it would go out 12 min after its due time, more than [reminder] lateLimit (2 h 5 min)"_s);
        const Error tooSoon(ErrorCode::SendTooSoon, {},
            { durationText(40000), durationText(9 * 60000), durationText(10 * 60000) });
        QVERIFY2(tooSoon.text().contains(u"40 秒"_s) && tooSoon.text().contains(u"9 分钟"_s),
            qPrintable(tooSoon.text()));
        QVERIFY2(englishIn(tooSoon.text()).isEmpty(), qPrintable(tooSoon.text()));
        // An older row, recognised by its words, shows its durations in Chinese too.
        HistoryRow row;
        row.errmsg = u"superseded: an operator's send of this order reaches the customer within 10 min"_s;
        QVERIFY2(row.reasonText(Config()).contains(u"10 分钟"_s), qPrintable(row.reasonText(Config())));
    }

    // The errors an operator meets most say, in the window, what to do in the shop's terms —
    // where in WeChat's platform, what it means for the customer — while the English of the log
    // and the command line stays word for word.
    void operatorErrorsSayTheNextStep_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("says");
        const QStringList none;
        QTest::newRow("wrong AppSecret")
            << int(ErrorCode::WeChat40125)
            << QStringList { u"shop1"_s, u"wx0123456789abcdef"_s, {}, u"钥匙串"_s }
            << QStringList { u"「设置与开发 → 基本配置」重置 AppSecret，然后在此填写"_s };
        QTest::newRow("IP not whitelisted")
            << int(ErrorCode::WeChat40164Ip) << QStringList { u"203.0.113.7"_s }
            << QStringList { u"「设置与开发 → 基本配置 → IP白名单」中添加 203.0.113.7"_s };
        QTest::newRow("customer does not follow") << int(ErrorCode::WeChat43004) << none
                                                  << QStringList { u"这位顾客收不到提醒"_s, u"关注公众号"_s };
        QTest::newRow("template deleted")
            << int(ErrorCode::WeChat40037) << QStringList { u"shop1"_s, {}, u"TPL1"_s }
            << QStringList { u"我的模板"_s, u"从微信读取模板"_s };
        QTest::newRow("quota reached") << int(ErrorCode::WeChat45009) << QStringList { u"shop1"_s }
                                       << QStringList { u"0 点自动恢复发送"_s };
    }

    void operatorErrorsSayTheNextStep()
    {
        QFETCH(int, code);
        QFETCH(QStringList, args);
        QFETCH(QStringList, says);
        const Error error(static_cast<ErrorCode>(code), {}, args);
        for (const QString &words : says)
            QVERIFY2(error.text().contains(words), qPrintable(error.text()));
        QCOMPARE(error.englishText(), fillArgs(QString::fromUtf8(Error::sourceText(error.code)), args));
    }

    void theEnglishTextStaysEnglish()
    {
        // Logs and the command line read as before, whatever the UI speaks.
        const Error error(ErrorCode::OrderPastClose, u"Q1"_s, { u"Q1"_s });
        QCOMPARE(error.englishText(), u"Q1: order Q1 has passed its close time"_s);
        QVERIFY(error.text() != error.englishText());
    }
};

QTEST_MAIN(TestErrorTranslations)
#include "tst_errortranslations.moc"
