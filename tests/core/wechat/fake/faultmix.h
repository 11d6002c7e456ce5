#pragma once

#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

namespace paynudge::test {

class FakeWeChat;

// fake-wechat --faults SPEC: a random mix of the ways the real WeChat fails, injected once a
// second for the next sends (the soak test, tests/soak). SPEC is comma-separated key=value:
//   busy=P      errcode -1 "system error" (WeChat busy) for the next 1–3 sends, probability P per second
//   slow=P      the next 1–2 sends handled at once but answered only after slowMs (a timeout after delivery)
//   drop=P      the next 1–2 sends' connections dropped, before or after handling (half each)
//   down=P      unreachable (connection refused) for downSeconds
//   token=P     errcode -1 for the next token request
//   slowMs=N (3000)  downSeconds=N (5)  for=N seconds of faults, then none (0: until stopped)  seed=N
// Each fault injected is printed on stdout as "fault KIND …" so a driver can count them.
class FaultMix : public QObject
{
public:
    FaultMix(FakeWeChat &fake, QObject *parent = nullptr);
    // Reads SPEC; false with *error saying which part is wrong.
    bool configure(const QString &spec, QString *error);
    void start();

private:
    void tick();
    bool chance(const char *kind);
    void report(const QString &line);

    FakeWeChat &m_fake;
    QHash<QString, double> m_p;
    int m_slowMs = 3000;
    int m_downSeconds = 5;
    int m_forSeconds = 0;
    int m_elapsed = 0;
    bool m_down = false;
    QRandomGenerator m_random;
    QTimer m_timer;
};

} // namespace paynudge::test
