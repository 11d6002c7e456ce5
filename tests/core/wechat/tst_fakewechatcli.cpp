// `fake-wechat --serve`, the fake WeChat server a person starts by hand (see README).
#include "httpprobe.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge::test;

class TestFakeWeChatCli : public QObject
{
    Q_OBJECT

private slots:
    void servesUntilStopped()
    {
        QProcess fake;
        fake.start(QStringLiteral(FAKE_WECHAT_BINARY),
            { u"--serve"_s, u"--port"_s, u"0"_s, u"--account"_s, u"wx0123456789abcdef:s3cret"_s,
                u"--template"_s, u"wx0123456789abcdef:TPL-A"_s, u"--template"_s,
                u"wx0123456789abcdef:TPL-B:thing1,time2"_s });
        QVERIFY(fake.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(fake.canReadLine(), 10000);
        const QString banner = QString::fromUtf8(fake.readLine());
        const auto m = QRegularExpression(u"(http://127\\.0\\.0\\.1:\\d+)"_s).match(banner);
        QVERIFY2(m.hasMatch(), qPrintable(banner));

        HttpProbe http;
        QUrl stable(m.captured(1) + u"/cgi-bin/stable_token"_s);
        const auto ok = http.postJson(stable,
            { { u"grant_type"_s, u"client_credential"_s }, { u"appid"_s, u"wx0123456789abcdef"_s },
                { u"secret"_s, u"s3cret"_s } });
        QVERIFY(!ok.json.value(u"access_token"_s).toString().isEmpty());
        const auto wrong = http.postJson(stable,
            { { u"grant_type"_s, u"client_credential"_s }, { u"appid"_s, u"wx0123456789abcdef"_s },
                { u"secret"_s, u"guess"_s } });
        QCOMPARE(wrong.errcode(), 40125);

        // The template list shows what --template gave: its keys, or a category template's by default.
        QUrl list(m.captured(1) + u"/cgi-bin/template/get_all_private_template"_s);
        list.setQuery(u"access_token="_s + ok.json.value(u"access_token"_s).toString());
        QHash<QString, QString> content;
        for (const QJsonValue &t : http.get(list).json.value(u"template_list"_s).toArray())
            content.insert(t[u"template_id"_s].toString(), t[u"content"_s].toString());
        QCOMPARE(content.size(), 2);
        QVERIFY2(content.value(u"TPL-A"_s).contains(u"{{character_string1.DATA}}"_s)
                && content.value(u"TPL-A"_s).contains(u"{{time5.DATA}}"_s),
            qPrintable(content.value(u"TPL-A"_s)));
        QVERIFY2(content.value(u"TPL-B"_s).contains(u"{{time2.DATA}}"_s)
                && !content.value(u"TPL-B"_s).contains(u"character_string1"_s),
            qPrintable(content.value(u"TPL-B"_s)));

        fake.terminate();
        QVERIFY(fake.waitForFinished(10000));
    }

    // The soak test's options: a fault mix that is answered as WeChat answers it, and a journal
    // of deliveries that tells a repeat dropped by client_msg_id from a delivery.
    void injectsFaultsAndJournalsDeliveries()
    {
        QTemporaryDir dir;
        const QString journal = dir.filePath(u"deliveries.jsonl"_s);
        QProcess fake;
        fake.start(QStringLiteral(FAKE_WECHAT_BINARY),
            { u"--serve"_s, u"--deliveries"_s, journal, u"--faults"_s, u"busy=1,for=2"_s });
        QVERIFY(fake.waitForStarted());
        QByteArray out;
        const auto waitForLine = [&](const QByteArray &start) {
            QTRY_VERIFY_WITH_TIMEOUT((out += fake.readAllStandardOutput(),
                                         out.contains(QByteArray("\n" + start)) || out.startsWith(start)),
                10000);
        };
        waitForLine("fake WeChat API listening on ");
        const QString base = QRegularExpression(u"(http://127\\.0\\.0\\.1:\\d+)"_s)
                                 .match(QString::fromUtf8(out))
                                 .captured(1);
        QVERIFY(!base.isEmpty());
        HttpProbe http;
        const QString token = http.postJson(QUrl(base + u"/cgi-bin/stable_token"_s),
                                      { { u"grant_type"_s, u"client_credential"_s },
                                          { u"appid"_s, u"wx0123456789abcdef"_s }, { u"secret"_s, u"s"_s } })
                                  .json.value(u"access_token"_s)
                                  .toString();
        QVERIFY(!token.isEmpty());
        const QUrl send(base + u"/cgi-bin/message/template/send?access_token="_s + token);
        const QJsonObject message { { u"touser"_s, u"oCustomer1"_s }, { u"template_id"_s, u"T"_s },
            { u"client_msg_id"_s, u"pn-A1-1"_s },
            { u"data"_s, QJsonObject { { u"thing2"_s, QJsonObject { { u"value"_s, u"x"_s } } } } } };

        waitForLine("fault busy ");
        const auto busy = http.postJson(send, message);
        QCOMPARE(busy.errcode(), -1); // WeChat busy: HTTP 200, errcode -1 "system error"
        QVERIFY(busy.json.value(u"errmsg"_s).toString().startsWith(u"system error"_s));

        waitForLine("fault mix over after 2 s");
        QCOMPARE(http.postJson(send, message).errcode(), 0);
        QCOMPARE(http.postJson(send, message).errcode(), 0); // a repeat: dropped, answered as the first
        fake.terminate();
        QVERIFY(fake.waitForFinished(10000));

        QFile f(journal);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 2); // the busy answer delivered nothing
        const QJsonObject first = QJsonDocument::fromJson(lines.at(0)).object();
        const QJsonObject second = QJsonDocument::fromJson(lines.at(1)).object();
        QCOMPARE(first.value(u"openid"_s).toString(), u"oCustomer1"_s);
        QCOMPARE(first.value(u"client_msg_id"_s).toString(), u"pn-A1-1"_s);
        QCOMPARE(first.value(u"repeat"_s).toBool(), false);
        QCOMPARE(second.value(u"repeat"_s).toBool(), true);
        QCOMPARE(second.value(u"msgid"_s), first.value(u"msgid"_s));
    }

    void refusesABadFaultSpec_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown key") << u"busy=0.1,storm=1"_s << u"unknown key \"storm\""_s;
        QTest::newRow("not a probability") << u"drop=2"_s << u"drop needs a probability"_s;
        QTest::newRow("negative") << u"downSeconds=-1"_s << u"downSeconds needs a whole number"_s;
    }
    void refusesABadFaultSpec()
    {
        QFETCH(QString, spec);
        QFETCH(QString, says);
        QProcess fake;
        fake.start(QStringLiteral(FAKE_WECHAT_BINARY), { u"--serve"_s, u"--faults"_s, spec });
        QVERIFY(fake.waitForFinished(10000));
        QCOMPARE(fake.exitCode(), 2);
        const QString out = QString::fromUtf8(fake.readAllStandardOutput());
        QVERIFY2(out.contains(says), qPrintable(out));
    }

    void withoutServeItExplains()
    {
        QProcess fake;
        fake.start(QStringLiteral(FAKE_WECHAT_BINARY), {});
        QVERIFY(fake.waitForFinished(10000));
        QCOMPARE(fake.exitCode(), 2);
        QVERIFY(fake.readAllStandardOutput().contains("--serve"));
    }
};

QTEST_GUILESS_MAIN(TestFakeWeChatCli)
#include "tst_fakewechatcli.moc"
