#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

namespace paynudge {
class Clock;
}

namespace paynudge::test {

// Access tokens as WeChat hands them out (wechat-api.md §1.1, §1.2), on an injectable clock:
//  - /cgi-bin/token issues a new token on every call; the previous one keeps working for a
//    grace period of about 5 minutes, then dies (40001);
//  - stable_token in normal mode returns the current token with its remaining lifetime and
//    rotates only within 5 minutes of expiry; force_refresh kills the current one at once and is
//    limited to 20 a day, 30 s apart;
//  - the two kinds are isolated: fetching one never touches the other;
//  - a dead or unknown token is 40001, an expired one 42001, a missing one 41001.
class FakeTokens
{
public:
    struct Issued
    {
        QString token;
        qint64 expiresInSec = 0;
        int errcode = 0;
        QString errmsg;
    };
    struct Checked
    {
        QString appid; // whose token it is, when errcode is 0
        int errcode = 0;
        QString errmsg;
    };

    static constexpr qint64 kGraceMs = 5 * 60 * 1000;
    static constexpr qint64 kStableRotationMs = 5 * 60 * 1000;
    static constexpr int kForceRefreshPerDay = 20;
    static constexpr qint64 kForceRefreshSpacingMs = 30 * 1000;

    explicit FakeTokens(const Clock &clock)
        : m_clock(clock)
    { }

    void setLifetimeSec(int seconds) { m_lifetimeSec = seconds; }
    Issued issueClassic(const QString &appid);
    Issued issueStable(const QString &appid, bool forceRefresh);
    Checked check(const QString &token) const;
    // Every token of the appid dies now (another system force-refreshed, the secret was reset…).
    void invalidateAll(const QString &appid);
    QStringList issued() const { return m_order; }

private:
    struct Token
    {
        QString appid;
        bool stable = false;
        qint64 expiresAt = 0;
        std::optional<qint64> diesAt; // replaced: works until then
    };
    struct Force
    {
        qint64 day = -1;
        int count = 0;
        std::optional<qint64> lastAt;
    };

    QString mint(const QString &appid, bool stable);

    const Clock &m_clock;
    int m_lifetimeSec = 7200;
    QHash<QString, Token> m_tokens;
    QHash<QString, QString> m_currentClassic; // appid → token
    QHash<QString, QString> m_currentStable;
    QHash<QString, Force> m_force;
    QStringList m_order;
    quint64 m_serial = 0;
};

} // namespace paynudge::test
