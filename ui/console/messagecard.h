#pragma once

#include "send/messagerenderer.h"
#include "templates/wechattemplate.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace paynudge {

class Engine;
struct OrderRecord;

// A rendered message drawn like the card WeChat shows the customer: the template's title, its
// labelled lines in the template's order, and the "详情" line the message opens. One drawing for
// the settings' mapping preview and the console's confirmations.
class MessageCard
{
    Q_DECLARE_TR_FUNCTIONS(MessageCard)
public:
    struct Line
    {
        QString key; // the template key ("amount3")
        QString label; // the template's label ("订单金额"); unknown template: what the mapping puts there
        QString value;
        QString note; // what fitting changed, or why WeChat would refuse it
        bool missing = false; // a key the template shows and the message leaves empty
        bool hidden = false; // filled, but WeChat no longer displays the key
    };

    // `tmpl` gives the title and labels; without it a line is labelled by what the mapping
    // (`fields`, key → pattern) puts there ("Amount" for {amount}), else by its key. `notes`: a
    // note per key.
    MessageCard(const RenderedMessage &message, const WeChatTemplate *tmpl,
        const QHash<QString, QString> &notes = {}, const QList<QPair<QString, QString>> &fields = {});

    // The card `order` gets at `at` from its account as configured (the account's fields, or its
    // template's keys), in the shop's zone, labelled by the template when its list was read. One
    // rendering for the confirmations and the order detail. `rendered`: the message itself (whether
    // it can go out). With `reminder`: its round's and the order's variant's template and fields.
    static MessageCard ofOrder(Engine &engine, const OrderRecord &order, qint64 at,
        RenderedMessage *rendered = nullptr, const ReminderRecord *reminder = nullptr);

    // What a mapping's pattern shows, in the window's language: "{amount}" → "Amount"; empty when
    // it names nothing known.
    static QString labelOfPattern(const QString &pattern);

    QString title() const { return m_title; }
    const QList<Line> &lines() const { return m_lines; }
    QString link() const { return m_link; } // the page or mini-program page it opens; empty: none

    // The card as rich text, for a QLabel or a message box.
    QString html() const;
    // The same, a line each: "label: value" (with a template) or "key = value", then "url = …".
    QString plainText() const;

private:
    QString m_title;
    QList<Line> m_lines;
    QString m_link;
    bool m_miniProgram = false;
    bool m_labelled = false;
};

} // namespace paynudge
