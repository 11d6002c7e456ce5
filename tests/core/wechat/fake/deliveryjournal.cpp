#include "deliveryjournal.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace paynudge::test {

DeliveryJournal::DeliveryJournal(FakeWeChat &fake, QObject *parent)
    : QObject(parent)
{
    connect(&fake, &FakeWeChat::delivered, this, [this](const FakeWeChat::Delivery &d) { write(d, false); });
    connect(
        &fake, &FakeWeChat::deduplicated, this, [this](const FakeWeChat::Delivery &d) { write(d, true); });
}

bool DeliveryJournal::open(const QString &path, QString *error)
{
    m_file.setFileName(path);
    if (m_file.open(QIODevice::WriteOnly | QIODevice::Append))
        return true;
    *error = m_file.errorString();
    return false;
}

void DeliveryJournal::write(const FakeWeChat::Delivery &d, bool repeat)
{
    const QJsonObject line { { u"at"_s, d.at }, { u"appid"_s, d.appid }, { u"openid"_s, d.openid },
        { u"client_msg_id"_s, d.clientMsgId }, { u"msgid"_s, QString::number(d.msgid) },
        { u"repeat"_s, repeat } };
    m_file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    m_file.flush();
}

} // namespace paynudge::test
