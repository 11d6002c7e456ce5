#pragma once

#include "fakewechat.h"

#include <QFile>
#include <QObject>

namespace paynudge::test {

// fake-wechat --deliveries FILE: every delivered send, and every repeat WeChat dropped by its
// client_msg_id, as one JSON line each, flushed at once (the soak test reads it while the fake
// runs): {"at":ms,"appid","openid","client_msg_id","msgid","repeat":false|true}
class DeliveryJournal : public QObject
{
public:
    DeliveryJournal(FakeWeChat &fake, QObject *parent = nullptr);
    bool open(const QString &path, QString *error);

private:
    void write(const FakeWeChat::Delivery &d, bool repeat);

    QFile m_file;
};

} // namespace paynudge::test
