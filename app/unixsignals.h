#pragma once

#include <QObject>

class QSocketNotifier;

namespace paynudge {

// Turns SIGINT/SIGTERM into a Qt signal delivered by the event loop. A Unix signal handler may
// only do async-signal-safe work, so it writes a byte to a socket the event loop watches.
class UnixSignals : public QObject
{
    Q_OBJECT
public:
    explicit UnixSignals(QObject *parent = nullptr);
    ~UnixSignals() override;

signals:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace paynudge
