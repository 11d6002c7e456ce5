#include "engine/dailybackup.h"

#include "common/clock.h"
#include "common/privatefiles.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcBackup, "paynudge.core.backup")

namespace paynudge {
namespace {

constexpr int kCheckIntervalMs = 10 * 60 * 1000;
constexpr int kBusyRetryMs = 200;

} // namespace

DailyBackup::DailyBackup(Store &store, Clock &clock, const QString &backupsDir, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_dir(backupsDir)
{
    m_checkTimer.setInterval(kCheckIntervalMs);
    connect(&m_checkTimer, &QTimer::timeout, this, &DailyBackup::check);
    connect(&m_clock, &Clock::jumped, this, [this] {
        if (m_running)
            check();
    });
    m_stepTimer.setSingleShot(true);
    connect(&m_stepTimer, &QTimer::timeout, this, &DailyBackup::stepSome);
}

DailyBackup::~DailyBackup() = default;

QString DailyBackup::fileNameFor(QDate day)
{
    return u"paynudge-%1.sqlite"_s.arg(day.toString(Qt::ISODate));
}

QDate DailyBackup::today() const
{
    return QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).date(); // the machine's local day
}

void DailyBackup::setKeepDays(int days)
{
    m_keepDays = days;
    if (m_running && days > 0)
        QTimer::singleShot(0, this, &DailyBackup::check);
}

void DailyBackup::start()
{
    m_running = true;
    m_checkTimer.start();
    QTimer::singleShot(0, this, &DailyBackup::check);
}

void DailyBackup::stop()
{
    m_running = false;
    m_checkTimer.stop();
    m_stepTimer.stop();
    m_copy.reset(); // removes its partial file
}

void DailyBackup::check()
{
    if (m_keepDays <= 0 || m_copy)
        return;
    const QDate day = today();
    const QString target = QDir(m_dir).filePath(fileNameFor(day));
    if (QFileInfo::exists(target)) {
        prune(day);
        return;
    }
    if (m_clock.nowMs() < m_retryAfterMs)
        return;
    if (!QDir().mkpath(m_dir)) {
        fail(u"cannot create the folder %1"_s.arg(m_dir));
        return;
    }
    privatefiles::tighten({ m_dir });
    QString error;
    m_copy = m_store.beginCopy(target, &error);
    if (!m_copy) {
        fail(error);
        return;
    }
    qCInfo(lcBackup).noquote() << "daily backup to" << target << "started";
    m_stepTimer.start(0);
}

void DailyBackup::stepSome()
{
    QString error;
    switch (m_copy->step(kPagesPerStep, &error)) {
    case StoreCopy::Step::More:
        m_stepTimer.start(0); // the event loop runs sends and requests between two steps
        return;
    case StoreCopy::Step::Busy:
        m_stepTimer.start(kBusyRetryMs);
        return;
    case StoreCopy::Step::Failed:
        fail(error);
        return;
    case StoreCopy::Step::Done:
        break;
    }
    m_retryAfterMs = 0;
    const QString written = m_copy->target();
    m_copy.reset();
    qCInfo(lcBackup).noquote() << "daily backup written:" << written;
    emit backupWritten(written);
    prune(today());
}

void DailyBackup::fail(const QString &error)
{
    m_copy.reset(); // removes its partial file
    m_retryAfterMs = m_clock.nowMs() + kRetryAfterMs;
    qCWarning(lcBackup).noquote() << "the daily backup failed (tried again in an hour; PayNudge goes on):"
                                  << error;
    emit backupFailed(error);
}

// Keeps today's copy and those of the `days - 1` days before; also drops what an interrupted
// copy of another day left (*.part).
void DailyBackup::prune(QDate today)
{
    const QDate oldestKept = today.addDays(1 - m_keepDays);
    const QDir dir(m_dir);
    for (const QString &name :
        dir.entryList({ u"paynudge-*.sqlite"_s, u"paynudge-*.sqlite.part"_s }, QDir::Files)) {
        const QDate day = QDate::fromString(name.mid(9, 10), Qt::ISODate);
        if (!day.isValid())
            continue; // not one of ours
        const bool part = name.endsWith(u".part"_s);
        if ((day < oldestKept || (part && day != today)) && QFile::remove(dir.filePath(name)))
            qCInfo(lcBackup).noquote() << "old backup removed:" << dir.filePath(name);
    }
}

} // namespace paynudge
