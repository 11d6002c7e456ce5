#include "doctor/doctor.h"

#include "common/clock.h"
#include "common/logging.h"
#include "config/config.h"
#include "doctor/accountcheck.h"
#include "doctor/clockcheck.h"
#include "doctor/filechecks.h"
#include "doctor/intakecheck.h"
#include "doctor/ordernocheck.h"
#include "doctor/sharedstorecheck.h"
#include "doctor/shopdbcheck.h"
#include "doctor/storechecks.h"
#include "engine/engine.h"
#include "wechat/wechatclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

SetupCheck checkConfig(const QString &path, const Config &config, const QList<Error> &errors)
{
    const QString id = u"config"_s;
    if (!errors.isEmpty()) {
        QStringList named;
        for (const Error &e : errors)
            named << configErrorLine(e, true);
        return SetupCheck::problem(id,
            QCoreApplication::translate(
                "Doctor", "The configuration %1 has %n bad value(s): %2", nullptr, int(errors.size()))
                .arg(path, named.join(u"; "_s)),
            QCoreApplication::translate("Doctor",
                "Fix the named keys (Settings, or the file itself): PayNudge does not start until then."));
    }
    if (!QFileInfo::exists(path))
        return SetupCheck::ok(id,
            QCoreApplication::translate("Doctor", "There is no configuration file at %1: the defaults apply.")
                .arg(path));
    return SetupCheck::ok(id,
        QCoreApplication::translate(
            "Doctor", "The configuration %1 loads (%n account(s)).", nullptr, int(config.accounts.size()))
            .arg(path));
}

} // namespace

Doctor::Doctor(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    qRegisterMetaType<DoctorReport>();
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &Doctor::finish);
}

Doctor::~Doctor() = default;

int Doctor::reserve(const QList<SetupCheck> &unanswered)
{
    m_slots.append(unanswered);
    m_filled.append(false);
    ++m_open;
    return int(m_slots.size()) - 1;
}

void Doctor::fill(int slot, const QList<SetupCheck> &lines)
{
    if (m_finished || m_filled.at(slot))
        return;
    m_slots[slot] = lines;
    m_filled[slot] = true;
    if (--m_open == 0)
        finish();
}

void Doctor::start()
{
    // Created here, on the thread start() runs on: the window moves the doctor to a thread first.
    if (!m_options.clock) {
        m_ownClock = std::make_unique<SystemClock>();
        m_clock = m_ownClock.get();
    } else {
        m_clock = m_options.clock;
    }
    m_report.configPath = m_options.configPath;
    m_report.dataDir = m_options.dataDir;
    ++m_open; // held until every check is under way, so none finishes the report early

    QList<Error> errors;
    const Config config = Config::load(m_options.configPath, &errors);
    const auto now = [this](const QList<SetupCheck> &lines) { fill(reserve({}), lines); };
    // A configuration with bad values is not used by PayNudge at all: checking the rest of it would
    // check what will not run. The data folder is the command line's, so it is still looked at.
    now({ checkConfig(m_options.configPath, config, errors) });
    if (!errors.isEmpty()) {
        now({ checkDataDirWritable(m_options.dataDir) });
        finish();
        return;
    }

    const QString storePath = Engine::storePathFor(config, m_options.dataDir);
    if (config.store.shared()) {
        now(checkSharedStore(config.store, m_options.dataDir, m_clock->nowMs()));
    } else {
        now(checkStore(storePath));
        now({ checkEngineRunning(storePath, m_options.thisProcessRunsEngine) });
        now({ checkFreeSpace(storePath) });
    }
    if (QFileInfo(m_options.dataDir).isDir())
        now({ checkDataDirWritable(m_options.dataDir),
            checkDataDirPermissions(m_options.dataDir, storePath) });
    else
        now({ checkDataDirWritable(m_options.dataDir) });
    now({ checkIntakeToken(config.intake, m_options.configPath, m_options.dataDir) });

    WeChatSettings wechat = config.wechat;
    if (m_options.timeoutOverrideMs > 0)
        wechat.timeoutOverrideMs = m_options.timeoutOverrideMs;
    const int timeoutMs = wechat.timeoutMs();
    const int bound = m_options.overallTimeoutMs > 0 ? m_options.overallTimeoutMs : 2 * timeoutMs + 3000;
    const int boundSec = (bound + 999) / 1000;
    m_nam = new QNetworkAccessManager(this);
    m_client = new wechat::WeChatClient(*m_clock, this);
    m_client->setSettings(wechat);

    const int intake = reserve({ SetupCheck::warning(u"intake.address"_s,
        QCoreApplication::translate(
            "Doctor", "Nothing answered on the intake address within %n second(s).", nullptr, boundSec),
        QCoreApplication::translate(
            "Doctor", "Run the check again; if it repeats, see what holds the address (ss -ltnp).")) });
    checkIntakeAddress(config.intake, *m_nam, std::min(timeoutMs, 3000), this,
        [this, intake](const SetupCheck &line) { fill(intake, { line }); });

    // Synchronous but bounded (a few seconds): the window runs the doctor on a thread of its own.
    now(checkShopDb(config.shopdb));

    now(checkDryAccounts(config.accounts));
    now(checkOrderNumberLength(config.accounts));
    for (const AccountConfig &account : config.accounts) {
        if (!account.sendsForReal())
            continue;
        const int slot = reserve(accountUnanswered(account, boundSec));
        checkAccount(account, *m_client, *m_nam, this,
            [this, slot](const QList<SetupCheck> &lines) { fill(slot, lines); });
    }

    const int clock = reserve({ SetupCheck::warning(u"clock"_s,
        QCoreApplication::translate("Doctor",
            "WeChat did not answer within %n second(s): the clock was not compared.", nullptr, boundSec),
        QCoreApplication::translate(
            "Doctor", "Check the network and [wechat] apiBase; keep the clock synchronised (NTP).")) });
    checkClock(wechat.apiBase, *m_clock, *m_nam, timeoutMs, this,
        [this, clock](const SetupCheck &line) { fill(clock, { line }); });

    m_deadline.start(bound);
    if (--m_open == 0)
        finish();
}

void Doctor::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    m_report.checks.clear();
    for (const QList<SetupCheck> &slot : std::as_const(m_slots))
        for (SetupCheck line : slot) {
            // Belt and braces: nothing a check quotes (an errmsg, a path) may carry a secret out.
            line.summary = logging::redact(line.summary);
            line.action = logging::redact(line.action);
            m_report.checks << line;
        }
    emit finished(m_report);
}

} // namespace paynudge
