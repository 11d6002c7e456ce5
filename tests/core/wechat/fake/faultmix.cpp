#include "faultmix.h"

#include "fakewechat.h"

#include <cstdio>

using namespace Qt::StringLiterals;

namespace paynudge::test {

FaultMix::FaultMix(FakeWeChat &fake, QObject *parent)
    : QObject(parent)
    , m_fake(fake)
    , m_random(QRandomGenerator::securelySeeded())
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &FaultMix::tick);
}

bool FaultMix::configure(const QString &spec, QString *error)
{
    static const QStringList chances { u"busy"_s, u"slow"_s, u"drop"_s, u"down"_s, u"token"_s };
    for (const QString &part : spec.split(u',', Qt::SkipEmptyParts)) {
        const QString key = part.section(u'=', 0, 0).trimmed();
        const QString value = part.section(u'=', 1).trimmed();
        bool ok = false;
        if (chances.contains(key)) {
            const double p = value.toDouble(&ok);
            if (!ok || p < 0 || p > 1) {
                *error = u"%1 needs a probability from 0 to 1, not \"%2\""_s.arg(key, value);
                return false;
            }
            m_p.insert(key, p);
            continue;
        }
        const int n = value.toInt(&ok);
        if (!ok || n < 0) {
            *error = u"%1 needs a whole number ≥ 0, not \"%2\""_s.arg(key, value);
            return false;
        }
        if (key == u"slowMs"_s)
            m_slowMs = n;
        else if (key == u"downSeconds"_s)
            m_downSeconds = std::max(1, n);
        else if (key == u"for"_s)
            m_forSeconds = n;
        else if (key == u"seed"_s)
            m_random.seed(quint32(n));
        else {
            *error
                = u"unknown key \"%1\" (busy, slow, drop, down, token, slowMs, downSeconds, for, seed)"_s.arg(
                    key);
            return false;
        }
    }
    return true;
}

void FaultMix::start()
{
    m_timer.start();
}

bool FaultMix::chance(const char *kind)
{
    return m_random.generateDouble() < m_p.value(QString::fromLatin1(kind));
}

void FaultMix::report(const QString &line)
{
    const QByteArray bytes = (line + u'\n').toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void FaultMix::tick()
{
    ++m_elapsed;
    if (m_down)
        return;
    // Faults not taken in the last second go: each second's mix stands on its own.
    m_fake.clearFaults();
    if (m_forSeconds > 0 && m_elapsed > m_forSeconds) {
        m_timer.stop();
        report(u"fault mix over after %1 s"_s.arg(m_forSeconds));
        return;
    }
    if (chance("down")) {
        m_down = true;
        m_fake.setReachable(false);
        report(u"fault down %1 s"_s.arg(m_downSeconds));
        QTimer::singleShot(m_downSeconds * 1000, this, [this] {
            m_down = !m_fake.setReachable(true);
            report(m_down ? u"fault down: cannot listen again"_s : u"fault up"_s);
        });
        return;
    }
    if (chance("busy")) {
        const int n = 1 + int(m_random.bounded(3));
        m_fake.failNext(FakeWeChat::Api::AnySend, -1, n);
        report(u"fault busy %1"_s.arg(n));
    }
    if (chance("slow")) {
        const int n = 1 + int(m_random.bounded(2));
        m_fake.delayNext(FakeWeChat::Api::AnySend, m_slowMs, n);
        report(u"fault slow %1 %2 ms"_s.arg(n).arg(m_slowMs));
    }
    if (chance("drop")) {
        const int n = 1 + int(m_random.bounded(2));
        const bool after = m_random.bounded(2) == 1;
        m_fake.dropNext(FakeWeChat::Api::AnySend,
            after ? FakeWeChat::Drop::AfterHandling : FakeWeChat::Drop::BeforeHandling, n);
        report(u"fault drop %1 %2"_s.arg(n).arg(after ? u"after"_s : u"before"_s));
    }
    if (chance("token")) {
        m_fake.failNext(FakeWeChat::Api::AnyToken, -1, 1);
        report(u"fault token-busy 1"_s);
    }
}

} // namespace paynudge::test
