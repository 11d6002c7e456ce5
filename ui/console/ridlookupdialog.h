#pragma once

#include "config/config.h"

#include <QDialog>
#include <QTimeZone>

class QLabel;
class QPlainTextEdit;

namespace paynudge {

namespace wechat {
class WeChatClient;
struct RidRecord;
} // namespace wechat

// "Look up at WeChat" for one failed send: asks WeChat for its own record of the request by the
// rid it answered with (POST /cgi-bin/openapi/rid/get) and shows it — when it arrived, how long
// it took, from which IP, the URL and body it got and what it answered, secrets blanked. The
// caller's IP settles a 40164 (add exactly that address to the whitelist).
class RidLookupDialog : public QDialog
{
    Q_OBJECT
public:
    RidLookupDialog(wechat::WeChatClient &client, const AccountConfig &account, const QString &rid,
        const QTimeZone &zone, QWidget *parent = nullptr);

    // The lookup's answer, shown (public for tests).
    void showRecord(const wechat::RidRecord &record);
    QString statusText() const;

signals:
    void answered();

private:
    QTimeZone m_zone;
    QLabel *m_status = nullptr;
    QLabel *m_time = nullptr;
    QLabel *m_cost = nullptr;
    QLabel *m_ip = nullptr;
    QLabel *m_url = nullptr;
    QPlainTextEdit *m_request = nullptr;
    QPlainTextEdit *m_response = nullptr;
};

} // namespace paynudge
