#include "console/setupsteps.h"

#include "engine/engine.h"
#include "engine/enginestatus.h"

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

using Id = SetupStep::Id;
using State = SetupStep::State;

// Which step a refusal of WeChat belongs to: the AppSecret, the IP whitelist, the template, or
// (anything else about the account) the account itself.
Id stepOf(const Error &problem, const QString &reason)
{
    switch (problem.code) {
    case ErrorCode::WeChat40125:
    case ErrorCode::WeChat40243:
    case ErrorCode::WeChat41004:
    case ErrorCode::WeChatTokenSecretRejected:
        return Id::AppSecret;
    case ErrorCode::WeChat40164:
    case ErrorCode::WeChat40164Ip:
        return Id::IpWhitelist;
    case ErrorCode::WeChat40037:
    case ErrorCode::WeChat48001Template:
    case ErrorCode::TemplateNotListed:
    case ErrorCode::TemplateNotListedNoFields:
    case ErrorCode::TemplateProblems:
    case ErrorCode::SetupKeyNotFilled:
    case ErrorCode::SetupKeyFixedText:
        return Id::Template;
    default:
        break;
    }
    if (!problem && reason.contains(u"AppSecret"_s)) // no secret could be read at all
        return Id::AppSecret;
    return Id::Account;
}

bool isOperatorPause(const AccountState &s)
{
    return s.problem.code == ErrorCode::PausedBy || s.problem.code == ErrorCode::PausedByOperator;
}

} // namespace

SetupSteps::Inputs SetupSteps::inputsFrom(Engine &engine, bool testMessageConfirmed)
{
    Inputs in;
    in.config = engine.config();
    in.states = engine.accountStates();
    for (const AccountConfig &a : std::as_const(in.config.accounts)) {
        if (const Error e = engine.tokenRefreshError(a.key))
            in.tokenErrors.insert(a.key, e);
        if (const QStringList found = engine.templateFindings(a.key); !found.isEmpty())
            in.templateProblems.insert(a.key, found);
    }
    in.pendingOrders = engine.status().pendingCount();
    for (const HealthReason &r : engine.status().problems())
        if (r.kind == HealthReason::Kind::ShopDbUnreachable)
            in.shopDbUnreachable = true;
    in.testMessageConfirmed = testMessageConfirmed;
    return in;
}

QList<SetupStep> SetupSteps::compute(const Inputs &in)
{
    QList<const AccountConfig *> real;
    for (const AccountConfig &a : in.config.accounts)
        if (a.sendsForReal())
            real << &a;

    SetupStep account { Id::Account, State::ToDo, tr("Connect a WeChat official account"), {}, {} };
    SetupStep secret { Id::AppSecret, State::ToDo, tr("Enter its AppSecret"), {}, {} };
    SetupStep ip { Id::IpWhitelist, State::ToDo, tr("Allow this computer's IP in WeChat"), {}, {} };
    SetupStep tmpl { Id::Template, State::ToDo, tr("Choose the reminder template"), {}, {} };
    SetupStep test { Id::TestMessage, State::ToDo, tr("Send yourself a test reminder"), {}, {} };
    SetupStep orders { Id::Orders, State::ToDo, tr("Let orders arrive"), {}, {} };

    if (real.isEmpty()) {
        account.detail = in.config.accounts.isEmpty()
            ? tr("No account yet. In Settings → Accounts, add one with the AppID from mp.weixin.qq.com → "
                 "设置与开发 → 基本配置. Until then reminders are only rehearsed (dry run).")
            : tr("Every account runs as a dry run (no AppID, or dry run ticked): no customer receives "
                 "anything. Enter the AppID in Settings → Accounts.");
        secret.detail = tr("After the AppID: the AppSecret from the same page (设置与开发 → 基本配置).");
        ip.detail = tr("WeChat only answers computers whose IP is on the account's IP whitelist.");
        tmpl.detail = tr("The template message WeChat shows the customer (Settings → Accounts → Message).");
    } else {
        const QString names = [&] {
            QStringList n;
            for (const AccountConfig *a : std::as_const(real))
                n << a->displayName();
            return n.join(u", "_s);
        }();
        account.state = State::Done;
        account.detail = tr("Connected: %1.").arg(names);
        secret.state = ip.state = tmpl.state = State::Done;
        secret.detail = tr("WeChat accepted the AppSecret, or has not refused it so far.");
        ip.detail = tr("WeChat has not refused this computer so far.");
        tmpl.detail = tr("A template is chosen and fits what the reminder fills in.");
        for (const AccountConfig *a : std::as_const(real)) {
            if (a->templateId.isEmpty() && tmpl.state == State::Done) {
                tmpl.state = State::ToDo;
                tmpl.account = a->key;
                tmpl.detail = tr("%1 has no template yet: choose one in Settings → Accounts → Message "
                                 "(Load templates from WeChat).")
                                  .arg(a->displayName());
            }
            if (const QStringList found = in.templateProblems.value(a->key); !found.isEmpty()) {
                tmpl.state = State::Problem;
                tmpl.account = a->key;
                tmpl.detail = tr("%1: %2").arg(a->displayName(), found.join(u' '));
            }
            // A pause for a setup reason, or a token refresh failing, is the step's problem.
            QList<QPair<Error, QString>> refusals;
            const AccountState s = in.states.value(a->key);
            if (s.paused && !s.until && !isOperatorPause(s))
                refusals.append({ s.problem, s.reason });
            if (const Error e = in.tokenErrors.value(a->key))
                refusals.append({ e, e.englishText() });
            for (const auto &[problem, reason] : std::as_const(refusals)) {
                SetupStep *step = nullptr;
                switch (stepOf(problem, reason)) {
                case Id::AppSecret:
                    step = &secret;
                    break;
                case Id::IpWhitelist:
                    step = &ip;
                    break;
                case Id::Template:
                    step = &tmpl;
                    break;
                default:
                    step = &account;
                    break;
                }
                step->state = State::Problem;
                step->account = a->key;
                const QString why = problem ? problem.text() : reason;
                // The IP WeChat saw is what goes on the whitelist: said first, plainly.
                step->detail = problem.code == ErrorCode::WeChat40164Ip
                    ? tr("WeChat refused this computer's IP %1. Add %1 to the IP whitelist of %2 "
                         "(mp.weixin.qq.com → 设置与开发 → 基本配置 → IP白名单).")
                          .arg(problem.args.value(0), a->displayName())
                    : tr("%1: %2").arg(a->displayName(), why);
            }
        }
    }

    if (in.testMessageConfirmed) {
        test.state = State::Done;
        test.detail = tr("You received a test reminder on your own WeChat.");
    } else {
        test.detail = tr("Send a test reminder to your own WeChat (you need your openid; the button explains "
                         "where to find it) and check WeChat on your phone. A test WeChat accepts, or your "
                         "tick that you received it, marks this step done.");
    }

    if (in.config.shopdb.polls()) {
        // Orders come by themselves once the database answers; until then nothing new arrives.
        const ShopDbSettings &db = in.config.shopdb;
        if (in.shopDbUnreachable) {
            orders.state = State::Problem;
            orders.detail = tr("PayNudge cannot reach the shop's database %1, so no new order is read. "
                               "Settings → Shop database → Test shows why.")
                                .arg(db.database);
        } else {
            orders.state = State::Done;
            orders.detail = tr("New orders are read from the shop's database %1 every %n second(s).", nullptr,
                db.pollIntervalSec)
                                .arg(db.database);
        }
    } else if (in.pendingOrders > 0) {
        orders.state = State::Done;
        orders.detail = tr("%n order(s) awaiting payment came in.", nullptr,
            int(std::min<qint64>(in.pendingOrders, INT_MAX)));
    } else if (in.config.intake.enabled) {
        const IntakeSettings &api = in.config.intake;
        orders.detail
            = tr("No order yet. Import the shop's unpaid orders from a CSV file, or have the shop's "
                 "system send them to %1 with the token from Settings → Intake API.")
                  .arg(u"http://%1:%2/api/v1/orders"_s.arg(api.address.toString())
                           .arg(in.intakePort ? in.intakePort : api.port));
    } else {
        orders.detail = tr("No order yet. Import the shop's unpaid orders from a CSV file, or switch on the "
                           "Intake API in Settings so the shop's system can send them.");
    }
    return { account, secret, ip, tmpl, test, orders };
}

bool SetupSteps::nothingSetUp(const QList<SetupStep> &steps)
{
    return std::none_of(steps.cbegin(), steps.cend(),
        [](const SetupStep &s) { return s.state == State::Done && s.id != Id::TestMessage; });
}

} // namespace paynudge
