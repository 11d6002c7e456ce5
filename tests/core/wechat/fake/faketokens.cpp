#include "faketokens.h"

#include "common/clock.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace paynudge::test {
namespace {

qint64 beijingDay(qint64 ms)
{
    return (ms + 8LL * 3600 * 1000) / (24LL * 3600 * 1000);
}

} // namespace

QString FakeTokens::mint(const QString &appid, bool stable)
{
    // Real tokens are opaque strings of 100+ characters; this one is unique and unguessable enough for a
    // test.
    const QByteArray seed = appid.toUtf8() + (stable ? "S" : "C") + QByteArray::number(++m_serial)
        + QByteArray::number(m_clock.nowMs());
    const QString token = u"%1_%2"_s.arg(m_serial).arg(
        QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toHex()));
    m_tokens.insert(token, { appid, stable, m_clock.nowMs() + m_lifetimeSec * 1000LL, std::nullopt });
    m_order.append(token);
    return token;
}

FakeTokens::Issued FakeTokens::issueClassic(const QString &appid)
{
    const qint64 now = m_clock.nowMs();
    const QString previous = m_currentClassic.value(appid);
    if (auto it = m_tokens.find(previous); it != m_tokens.end()) {
        const qint64 graceEnd = std::min(it->expiresAt, now + kGraceMs);
        it->diesAt = it->diesAt ? std::min(*it->diesAt, graceEnd) : graceEnd;
    }
    const QString token = mint(appid, false);
    m_currentClassic.insert(appid, token);
    return { token, m_lifetimeSec, 0, {} };
}

FakeTokens::Issued FakeTokens::issueStable(const QString &appid, bool forceRefresh)
{
    const qint64 now = m_clock.nowMs();
    const auto current = m_tokens.constFind(m_currentStable.value(appid));
    const bool alive = current != m_tokens.cend() && !current->diesAt && now < current->expiresAt;
    if (forceRefresh) {
        // The reference gives the limits but not the errcodes for breaking them: 45009 (daily) and
        // 45011 (too soon) are this fake's assumption.
        Force &f = m_force[appid];
        if (f.day != beijingDay(now)) {
            f.day = beijingDay(now);
            f.count = 0;
        }
        if (f.count >= kForceRefreshPerDay)
            return { {}, 0, 45009, u"reach max api daily quota limit"_s };
        if (f.lastAt && now - *f.lastAt < kForceRefreshSpacingMs)
            return { {}, 0, 45011, u"api minute-quota reach limit mustslower retry next minute"_s };
        ++f.count;
        f.lastAt = now;
        if (alive)
            m_tokens[current.key()].diesAt = now;
    } else if (alive && current->expiresAt - now > kStableRotationMs) {
        return { current.key(), (current->expiresAt - now) / 1000, 0, {} };
    }
    // Normal-mode rotation near expiry leaves the old token to run out on its own.
    const QString token = mint(appid, true);
    m_currentStable.insert(appid, token);
    return { token, m_lifetimeSec, 0, {} };
}

FakeTokens::Checked FakeTokens::check(const QString &token) const
{
    if (token.isEmpty())
        return { {}, 41001, u"access_token missing"_s };
    const auto it = m_tokens.constFind(token);
    const qint64 now = m_clock.nowMs();
    if (it == m_tokens.cend() || (it->diesAt && now >= *it->diesAt))
        return { {}, 40001,
            u"invalid credential, access_token is invalid or not latest, could get access_token by "
            u"getStableAccessToken, more details at https://mmbizurl.cn/s/JtxxFh33r"_s };
    if (now >= it->expiresAt)
        return { {}, 42001, u"access_token expired"_s };
    return { it->appid, 0, {} };
}

void FakeTokens::invalidateAll(const QString &appid)
{
    const qint64 now = m_clock.nowMs();
    for (auto it = m_tokens.begin(); it != m_tokens.end(); ++it)
        if (it->appid == appid && (!it->diesAt || *it->diesAt > now))
            it->diesAt = now;
}

} // namespace paynudge::test
