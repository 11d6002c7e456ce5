// Templates read from WeChat (issue 11): both list answers read into one type (keys, types,
// labels, enum values), the mapping suggested for a template, the check of a mapping against
// it, and the store's cache of a list.
#include "store/sqlstore.h"
#include "templates/mappingcheck.h"
#include "templates/mappingsuggester.h"
#include "templates/templatecache.h"
#include "templates/wechattemplate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;

namespace {

// get_all_private_template as WeChat answers it: no errcode, template_list[].
QJsonObject templateMessageAnswer()
{
    return QJsonDocument::fromJson(R"({"template_list":[
        {"template_id":"Kq3xV7bN","title":"订单待付款提醒","primary_industry":"IT科技","deputy_industry":"互联网|电子商务",
         "content":"订单编号：{{character_string1.DATA}}\n商品名称：{{thing2.DATA}}\n订单金额：{{amount3.DATA}}\n下单时间：{{time4.DATA}}\n关闭时间：{{time5.DATA}}",
         "example":"订单编号：202410010001\n商品名称：有机苹果"},
        {"template_id":"OLD","title":"订单未付款通知","content":"{{first.DATA}}\n订单号：{{keyword1.DATA}}\n{{remark.DATA}}","example":""}
    ]})")
        .object();
}

// /wxaapi/newtmpl/gettemplate: errcode 0, data[] with priTmplId, type and keywordEnumValueList.
QJsonObject subscribeAnswer()
{
    return QJsonDocument::fromJson(R"({"errcode":0,"errmsg":"ok","data":[
        {"priTmplId":"sub-1","title":"待支付提醒","content":"订单号:{{character_string1.DATA}}\n状态:{{phrase2.DATA}}\n支付状态:{{enum3.DATA}}\n截止时间:{{date4.DATA}}\n",
         "example":"订单号:123\n","type":2,
         "keywordEnumValueList":[{"keywordCode":"enum3","enumValueList":["已支付","待支付"]}]}
    ]})")
        .object();
}

WeChatTemplate templateMessage()
{
    return *readTemplateList(MessageKind::Template, templateMessageAnswer(), 1)->find(u"Kq3xV7bN"_s);
}

} // namespace

class TestTemplateCatalog : public QObject
{
    Q_OBJECT

private slots:
    void templateMessageListIsRead()
    {
        const auto catalog = readTemplateList(MessageKind::Template, templateMessageAnswer(), 42);
        QVERIFY(catalog);
        QCOMPARE(catalog->templates.size(), 2);
        QCOMPARE(catalog->fetchedAt, 42);
        const WeChatTemplate t = templateMessage();
        QCOMPARE(t.title, u"订单待付款提醒"_s);
        QCOMPARE(t.keyNames(),
            (QStringList { u"character_string1"_s, u"thing2"_s, u"amount3"_s, u"time4"_s, u"time5"_s }));
        QCOMPARE(t.key(u"character_string1"_s)->type, u"character_string"_s);
        QCOMPARE(t.key(u"character_string1"_s)->label, u"订单编号"_s);
        QCOMPARE(t.key(u"time5"_s)->label, u"关闭时间"_s);
        QVERIFY(t.example.startsWith(u"订单编号：202410010001"_s));
        const WeChatTemplate *old = catalog->find(u"OLD"_s);
        QVERIFY(old && !old->key(u"first"_s)->displayed() && !old->key(u"remark"_s)->displayed());
        QVERIFY(old->key(u"keyword1"_s)->displayed());
        QCOMPARE(old->key(u"keyword1"_s)->label, u"订单号"_s);
        QVERIFY(!catalog->find(u"NONE"_s));
    }

    void subscribeListIsReadWithItsEnums()
    {
        const auto catalog = readTemplateList(MessageKind::Subscribe, subscribeAnswer(), 7);
        QVERIFY(catalog);
        const WeChatTemplate *t = catalog->find(u"sub-1"_s);
        QVERIFY(t);
        QCOMPARE(t->subscribeType, 2);
        QCOMPARE(t->key(u"phrase2"_s)->label, u"状态"_s); // an ASCII colon ends the label too
        QCOMPARE(t->key(u"enum3"_s)->enumValues, (QStringList { u"已支付"_s, u"待支付"_s }));
        QVERIFY(t->key(u"date4"_s)->enumValues.isEmpty());
    }

    void answersThatAreNoListAreRefused()
    {
        QString why;
        QVERIFY(!readTemplateList(MessageKind::Subscribe,
            QJsonObject { { u"errcode"_s, 48001 }, { u"errmsg"_s, u"api unauthorized"_s } }, 0, &why));
        QVERIFY2(why.contains(u"48001"_s), qPrintable(why));
        // The subscribe answer is no template-message list and the other way round.
        QVERIFY(!readTemplateList(MessageKind::Template, subscribeAnswer(), 0, &why));
        QVERIFY2(why.contains(u"template_list"_s), qPrintable(why));
        QVERIFY(!readTemplateList(MessageKind::MiniProgram, templateMessageAnswer(), 0));
        QCOMPARE(templateListPath(MessageKind::MiniProgram), u"/wxaapi/newtmpl/gettemplate"_s);
        QCOMPARE(templateListPath(MessageKind::Template), u"/cgi-bin/template/get_all_private_template"_s);
    }

    void suggestionFollowsTypeAndLabel()
    {
        const auto fields = suggestMapping(templateMessage());
        const QList<QPair<QString, QString>> expected { { u"character_string1"_s, u"{order_no}"_s },
            { u"thing2"_s, u"{product}"_s }, { u"amount3"_s, u"{amount}"_s },
            { u"time4"_s, u"{placed_at:yyyy-MM-dd HH:mm}"_s },
            { u"time5"_s, u"{close_at:yyyy-MM-dd HH:mm}"_s } };
        QCOMPARE(fields, expected);
        const MappingCheck check = checkMapping(templateMessage(), fields);
        QVERIFY(!check.hasProblems() && !check.hasWarnings());
    }

    void suggestionForSubscribeAndOldTemplates()
    {
        const auto sub = readTemplateList(MessageKind::Subscribe, subscribeAnswer(), 0)->templates.first();
        const auto fields = suggestMapping(sub);
        QCOMPARE(fields.size(), 4);
        QCOMPARE(fields.at(1), qMakePair(u"phrase2"_s, u"待支付"_s));
        QCOMPARE(
            fields.at(2), qMakePair(u"enum3"_s, u"待支付"_s)); // an allowed value, the one that asks to pay
        QCOMPARE(fields.at(3), qMakePair(u"date4"_s, u"{close_at:yyyy-MM-dd HH:mm}"_s)); // 截止时间
        QVERIFY(!checkMapping(sub, fields).hasProblems());
        // A fixed value the enum does not list is refused by WeChat: the check names it.
        auto wrong = fields;
        wrong[2].second = u"未付"_s;
        const MappingCheck refused = checkMapping(sub, wrong);
        QCOMPARE(refused.notAllowed, QStringList { u"enum3"_s });
        QVERIFY(refused.problems().join(u' ').contains(u"enum3"_s));
        QCOMPARE(refused.problemErrors().size(), 1);
        QVERIFY(refused.problemErrors().first().is(ErrorCode::MappingValueNotAllowed));
        QCOMPARE(refused.problems(), texts(refused.problemErrors()));

        // first and remark are offered only by a template that has them.
        const auto catalog = readTemplateList(MessageKind::Template, templateMessageAnswer(), 0);
        const WeChatTemplate *old = catalog->find(u"OLD"_s);
        const auto oldFields = suggestMapping(*old);
        QCOMPARE(oldFields.first().first, u"first"_s);
        QCOMPARE(oldFields.last().first, u"remark"_s);
        for (const auto &[key, value] : suggestMapping(templateMessage()))
            QVERIFY(key != u"first" && key != u"remark");
        // The deadline only in remark does not count: WeChat hides remark.
        const MappingCheck check = checkMapping(*old, oldFields);
        QCOMPARE(check.notDisplayed, (QStringList { u"first"_s, u"remark"_s }));
        QVERIFY(!check.saysDeadline);
        QVERIFY(check.saysOrder);
    }

    void checkNamesMissingAndExtraKeys()
    {
        const WeChatTemplate t = templateMessage();
        // amount3 and time5 left empty; keyword1 is no key of this template.
        const MappingCheck check = checkMapping(t,
            { { u"character_string1"_s, u"{order_no}"_s }, { u"thing2"_s, u"{product}"_s },
                { u"time4"_s, u"{close_at:HH:mm}"_s }, { u"keyword1"_s, u"{order_no}"_s },
                { u"time5"_s, u" "_s } });
        QVERIFY(check.hasProblems());
        QCOMPARE(check.fit.leftEmpty, (QStringList { u"amount3"_s, u"time5"_s }));
        QCOMPARE(check.fit.notInTemplate, QStringList { u"keyword1"_s });
        const QString problems = check.problems().join(u'\n');
        QVERIFY2(
            problems.contains(u"amount3, time5"_s) && problems.contains(u"47003"_s), qPrintable(problems));
        QVERIFY2(problems.contains(u"keyword1"_s), qPrintable(problems));
        QVERIFY(!check.hasWarnings()); // the deadline and the order are there
    }

    void checkWarnsAboutDeadlineAndOrder()
    {
        const WeChatTemplate t = templateMessage();
        // DESIGN.md's example mapping: every key filled, but nothing says when the order closes.
        MappingCheck check = checkMapping(t,
            { { u"character_string1"_s, u"{order_no}"_s }, { u"thing2"_s, u"{product}"_s },
                { u"amount3"_s, u"{amount}"_s }, { u"time4"_s, u"{placed_at}"_s },
                { u"time5"_s, u"{placed_at}"_s } });
        QVERIFY(!check.hasProblems());
        QVERIFY(!check.saysDeadline && check.saysOrder);
        QCOMPARE(check.warnings().size(), 1);
        QVERIFY(check.warnings().first().contains(u"{close_in}"_s));

        check = checkMapping(t,
            { { u"character_string1"_s, u"X"_s }, { u"thing2"_s, u"请付款"_s },
                { u"amount3"_s, u"{amount}"_s }, { u"time4"_s, u"{placed_at}"_s },
                { u"time5"_s, u"{close_in}"_s } });
        QVERIFY(check.saysDeadline && !check.saysOrder);
        QCOMPARE(check.warnings().size(), 1);
        QVERIFY(check.warnings().first().contains(u"{order_no}"_s));
    }

    void cacheKeepsTheListPerAccountAppidAndKind()
    {
        SqlStore store;
        QString error;
        QVERIFY2(store.open({ u":memory:"_s, u"tst_templatecatalog"_s, false }, &error), qPrintable(error));
        TemplateCache cache(store);
        AccountConfig a;
        a.key = u"shop1'; DROP TABLE orders; --"_s; // bound, never spliced into SQL
        a.appid = u"wx0123456789abcdef"_s;
        QVERIFY(!cache.load(a));
        QVERIFY(
            cache.save(a, *readTemplateList(MessageKind::Template, templateMessageAnswer(), 1000), &error));
        auto loaded = cache.load(a);
        QVERIFY(loaded);
        QCOMPARE(loaded->fetchedAt, 1000);
        QCOMPARE(loaded->templates.size(), 2);
        QCOMPARE(loaded->find(u"Kq3xV7bN"_s)->keyNames(), templateMessage().keyNames());

        // A refresh replaces it; another AppID or kind does not read it.
        QJsonObject one = templateMessageAnswer();
        QJsonArray list = one.value(u"template_list"_s).toArray();
        list.removeLast();
        one.insert(u"template_list"_s, list);
        QVERIFY(cache.save(a, *readTemplateList(MessageKind::Template, one, 2000), &error));
        QCOMPARE(cache.load(a)->templates.size(), 1);
        QCOMPARE(cache.load(a)->fetchedAt, 2000);
        AccountConfig other = a;
        other.appid = u"wx1111111111111111"_s;
        QVERIFY(!cache.load(other));
        other = a;
        other.kind = MessageKind::Subscribe;
        QVERIFY(!cache.load(other));
        QCOMPARE(store.schemaVersion(), Database::currentSchemaVersion());
    }
};

QTEST_GUILESS_MAIN(TestTemplateCatalog)
#include "tst_templatecatalog.moc"
