#include "config/configwriter.h"
#include "engine/engine.h"
#include "engine/splittestend.h"
#include "engineinternals.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

// "Make B the only text": the configuration file loses the test and takes B's mapping, the engine
// runs with it, and the audit log says who ended it, from which texts to which.
class TestSplitTestEnd : public QObject
{
    Q_OBJECT

    std::unique_ptr<EngineFixture> f;
    QString path;

    static Config splitConfig()
    {
        Config c = testConfig();
        c.reminder.plan.roundOffsetsSec = { 600, 1800 };
        c.accounts.clear();
        AccountConfig a;
        a.key = u"shop1"_s;
        a.name = u"西瓜乐园"_s;
        a.templateId = u"TPL_BASE"_s;
        a.fields = { { u"amount2"_s, u"{amount}"_s }, { u"thing1"_s, u"{product}"_s } };
        a.rounds[2] = TemplateMapping { {}, { { u"amount2"_s, u"only {amount} left"_s } } };
        a.variants = { TextVariant { u"a"_s, 1, {}, { { u"thing1"_s, u"A: {product}"_s } } },
            TextVariant { u"b"_s, 3, u"TPL_B"_s,
                { { u"thing1"_s, u"B: {product}"_s }, { u"time3"_s, u"{placed_at:HH:mm}"_s } } } };
        c.accounts << a;
        a = AccountConfig();
        a.key = u"shop2"_s;
        c.accounts << a;
        return c;
    }

    QByteArray fileText() const
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QList<QStringList> auditLines()
    {
        QSqlQuery q(EngineInternals::connection(*f->engine));
        [&] {
            QVERIFY2(
                q.exec(u"SELECT actor, kind, subject, old_value, new_value FROM audit_log ORDER BY id"_s),
                qPrintable(q.lastError().text()));
        }();
        QList<QStringList> out;
        while (q.next())
            out << QStringList { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toString(), q.value(4).toString() };
        return out;
    }

private slots:
    void init()
    {
        f = std::make_unique<EngineFixture>(splitConfig());
        PAYNUDGE_INIT_FIXTURE(*f);
        // The engine runs from a file, as PayNudge does.
        path = f->dir.filePath(u"paynudge.ini"_s);
        Config config = f->engine->config();
        config.sourcePath = path;
        QString error;
        QVERIFY2(ConfigWriter::write(path, config, &error), qPrintable(error));
        f->engine->applyConfig(config);
    }
    void cleanup() { f.reset(); }

    // Every message reads as B's did: the account's own mapping and a round's own one.
    void theOnlyTextKeepsEveryMessageAsItWas()
    {
        const Config before = f->engine->config();
        const std::optional<Config> after = withOnlyText(before, u"shop1"_s, u"b"_s);
        QVERIFY(after);
        const AccountConfig *was = before.account(u"shop1"_s);
        const AccountConfig *now = after->account(u"shop1"_s);
        QVERIFY(now->variants.isEmpty());
        QCOMPARE(now->templateId, u"TPL_B"_s);
        for (int round : { 1, 2, 3 }) {
            const AccountConfig sent = was->forMessage(round, u"b"_s);
            const AccountConfig next = now->forMessage(round, now->variantOf(u"XG-1"_s));
            QCOMPARE(next.templateId, sent.templateId);
            QCOMPARE(next.fields, sent.fields);
        }
        // A's fields overlay the base template: they become the base's.
        const std::optional<Config> onlyA = withOnlyText(before, u"shop1"_s, u"a"_s);
        QCOMPARE(onlyA->account(u"shop1"_s)->templateId, u"TPL_BASE"_s);
        QCOMPARE(onlyA->account(u"shop1"_s)->fields,
            (QList<QPair<QString, QString>> {
                { u"amount2"_s, u"{amount}"_s }, { u"thing1"_s, u"A: {product}"_s } }));
        QCOMPARE(onlyA->account(u"shop1"_s)->forMessage(2, {}).fields, was->forMessage(2, u"a"_s).fields);
        QVERIFY(!withOnlyText(before, u"shop1"_s, u"c"_s));
        QVERIFY(!withOnlyText(before, u"shop2"_s, u"a"_s)); // no split test there
    }

    void endingWritesTheFileAppliesItAndAuditsIt()
    {
        const QByteArray original = fileText();
        QVERIFY(original.contains("b.templateId"));
        // A text the account does not run: refused, nothing written, nothing audited.
        Error refused = endSplitTest(*f->engine, u"shop1"_s, u"c"_s, u"alice"_s);
        QCOMPARE(refused.code, ErrorCode::SplitTestNotRunning);
        QCOMPARE(fileText(), original);
        QVERIFY(auditLines().isEmpty());

        const Error error = endSplitTest(*f->engine, u"shop1"_s, u"b"_s, u"alice"_s);
        QVERIFY2(!error, qPrintable(error.englishText()));
        // The file: B's mapping is the account's, the test's keys are gone, the rest is as it was.
        const QByteArray text = fileText();
        QVERIFY2(!text.contains("variants"), text.constData());
        QVERIFY(!text.contains("a.fields") && !text.contains("b.fields") && !text.contains("b.weight"));
        QVERIFY(text.contains("templateId=TPL_B"));
        QVERIFY(text.contains("shop2"));
        QList<Error> problems;
        const Config reread = Config::load(path, &problems);
        QVERIFY(problems.isEmpty());
        QVERIFY(reread.account(u"shop1"_s)->variants.isEmpty());
        QCOMPARE(reread.account(u"shop1"_s)->templateId, u"TPL_B"_s);
        // The engine runs with it.
        QVERIFY(f->engine->config().account(u"shop1"_s)->variants.isEmpty());
        QCOMPARE(f->engine->config().account(u"shop1"_s)->templateId, u"TPL_B"_s);
        QCOMPARE(f->engine->config().account(u"shop1"_s)->forMessage(2, {}).fields,
            splitConfig().account(u"shop1"_s)->forMessage(2, u"b"_s).fields);
        // Audited: who, which account, from which texts to which.
        QCOMPARE(auditLines(),
            (QList<QStringList> {
                { u"alice"_s, u"split_test"_s, u"accounts/shop1/variants"_s, u"a,b"_s, u"b"_s } }));

        // Over: a second click ends nothing.
        refused = endSplitTest(*f->engine, u"shop1"_s, u"b"_s, u"alice"_s);
        QCOMPARE(refused.code, ErrorCode::SplitTestNotRunning);
        QCOMPARE(auditLines().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSplitTestEnd)
#include "tst_splittestend.moc"
