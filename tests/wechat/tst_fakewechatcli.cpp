// `fake-wechat --serve`, the fake WeChat server a person starts by hand (see README).
#include "httpprobe.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
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
            { u"--serve"_s, u"--port"_s, u"0"_s, u"--account"_s, u"wx0123456789abcdef:s3cret"_s, u"--template"_s,
                u"wx0123456789abcdef:TPL-A"_s, u"--template"_s, u"wx0123456789abcdef:TPL-B:thing1,time2"_s });
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
