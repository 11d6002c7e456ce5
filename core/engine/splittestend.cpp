#include "engine/splittestend.h"

#include "common/clock.h"
#include "config/configkeys.h"
#include "config/configwriter.h"
#include "engine/engine.h"
#include "store/storetypes.h"

#include <QLoggingCategory>
#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSplitTest, "paynudge.core.engine.splittest")

namespace paynudge {
namespace {

// No round is numbered 0: forMessage() with it applies the variant alone, to the account's own mapping.
constexpr int kNoRound = 0;

QString variantNames(const AccountConfig &a)
{
    QStringList names;
    for (const TextVariant &v : a.variants)
        names << v.name;
    return names.join(u',');
}

} // namespace

std::optional<Config> withOnlyText(const Config &config, const QString &account, const QString &variant)
{
    Config out = config;
    const auto a = std::find_if(out.accounts.begin(), out.accounts.end(),
        [&account](const AccountConfig &c) { return c.key == account; });
    if (a == out.accounts.end()
        || std::none_of(a->variants.cbegin(), a->variants.cend(),
            [&variant](const TextVariant &v) { return v.name == variant; }))
        return std::nullopt;
    const AccountConfig before = *a;
    const AccountConfig base = before.forMessage(kNoRound, variant);
    a->templateId = base.templateId;
    a->fields = base.fields;
    for (auto r = a->rounds.begin(); r != a->rounds.end(); ++r) {
        const AccountConfig m = before.forMessage(r.key(), variant);
        r->templateId = m.templateId == base.templateId ? QString() : m.templateId;
        r->fields = m.fields;
    }
    a->variants.clear();
    return out;
}

Error endSplitTest(Engine &engine, const QString &account, const QString &variant, const QString &actor)
{
    const Config &current = engine.config();
    const AccountConfig *a = current.account(account);
    const std::optional<Config> next = withOnlyText(current, account, variant);
    if (!a || !next)
        return Error(ErrorCode::SplitTestNotRunning, {}, { account, variant });
    const QString old = variantNames(*a);

    ConfigValues after = ConfigWriter::valuesOf(*next);
    // Gone from the file, not left as an empty "variants=".
    after.remove(ConfigKey::get(ConfigKeyId::AccountVariants).path(account));
    ConfigWriter writer(current.sourcePath);
    if (!writer.prepare(ConfigWriter::valuesOf(current), after))
        return writer.error() ? writer.error() : writer.errors().value(0);
    if (!writer.commit())
        return writer.error();
    qCInfo(lcSplitTest).noquote() << "split test of" << account << "ended by" << actor << ":" << old << "->"
                                  << variant;

    AuditRecord line;
    line.at = engine.clock().nowMs();
    line.actor = actor;
    line.kind = QString::fromUtf16(auditKind::SplitTest);
    line.subject = ConfigKey::get(ConfigKeyId::AccountVariants).path(account);
    line.oldValue = old;
    line.newValue = variant;
    line.detail = u"the split test ended: %1 is the only text"_s.arg(variant);
    // Audited with the file's new values as the snapshot, before the engine applies them: the check of
    // the file on apply then finds nothing changed by hand.
    QString error;
    const bool audited = engine.auditOwnConfigChange({ line }, writer.config(), &error);
    engine.applyConfig(writer.config());
    if (!audited)
        return Error(ErrorCode::SplitTestNotAudited, {}, { account, error });
    return {};
}

} // namespace paynudge
