#pragma once

#include "send/messagerenderer.h"
#include "templates/wechattemplate.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace paynudge {

// A rendered message drawn like the card WeChat shows the customer: the template's title, its
// labelled lines in the template's order, and the "详情" line the message opens. One drawing for
// the settings' mapping preview and the console's confirmations.
class MessageCard
{
    Q_DECLARE_TR_FUNCTIONS(MessageCard)
public:
    struct Line
    {
        QString label; // the template's label ("订单金额"), or the key when the template is unknown
        QString value;
        QString note; // what fitting changed, or why WeChat would refuse it
        bool missing = false; // a key the template shows and the message leaves empty
        bool hidden = false; // filled, but WeChat no longer displays the key
    };

    // `tmpl` gives titles and labels (nullptr: the keys as they are); `notes` a note per key.
    MessageCard(const RenderedMessage &message, const WeChatTemplate *tmpl,
        const QHash<QString, QString> &notes = {});

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
