#include "wechat/setupmistakes.h"

#include "send/messagerenderer.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace paynudge::wechat {
namespace {

const QString *patternOf(const AccountConfig &account, const QString &key)
{
    for (const auto &[k, pattern] : account.fields)
        if (k == key)
            return &pattern;
    return nullptr;
}

QString notFilled(const AccountConfig &a, const QString &key, const QString &said)
{
    return u"WeChat rejects every message of account %1: template \"%2\" needs a value for %3, which the "
           u"field mapping does not fill (errcode 47003: \"%4\"); add fields/%3 in [accounts/%1], then "
           u"resume "
           u"the account"_s.arg(a.key, a.templateId, key, said);
}

QString fixedText(const AccountConfig &a, const QString &key, const QString &text, const QString &said)
{
    return u"WeChat rejects every message of account %1: the field mapping fills %2 with the fixed text "
           u"\"%3\", which WeChat does not accept for this key (errcode 47003: \"%4\"); change fields/%2 in "
           u"[accounts/%1] to a value of the key's type, then resume the account"_s.arg(
               a.key, key, text, said);
}

QString repeated(const AccountConfig &a, int errcode, const QString &key, const QString &said)
{
    const QString what = u"WeChat rejected the messages of account %1 to %2 different customers in a row "
                         u"(errcode %3: \"%4\")"_s.arg(a.key)
                             .arg(SetupMistakes::kCustomersInARow)
                             .arg(errcode)
                             .arg(said);
    if (errcode == 47003 && !key.isEmpty())
        return what
            + u": the field mapping fields/%1 = \"%2\" gives values WeChat does not accept for %1; check it "
              u"in [accounts/%3] against the template's key types, then resume the account"_s.arg(
                  key, patternOf(a, key) ? *patternOf(a, key) : QString(), a.key);
    if (errcode == 47003)
        return what
            + u": check the field mapping of [accounts/%1] against the template \"%2\", then resume the "
              u"account"_s.arg(a.key, a.templateId);
    return what
        + u": the fixed text of the field mapping or the link of [accounts/%1] is the likely cause; change "
          u"it, "
          u"then resume the account"_s.arg(a.key);
}

} // namespace

QString SetupMistakes::keyNamedIn(const QString &errmsg)
{
    static const QRegularExpression key(u"\\bdata\\.([A-Za-z_][A-Za-z0-9_]*)\\.value\\b"_s);
    return key.match(errmsg).captured(1);
}

void SetupMistakes::forget(const QString &accountKey)
{
    m_streaks.remove(accountKey);
}

std::optional<QString> SetupMistakes::judge(
    const AccountConfig &account, const QString &openid, const SendResult &result)
{
    if (result.status == SendStatus::Accepted) { // the setup works for some orders
        m_streaks.remove(account.key);
        return std::nullopt;
    }
    if (result.status != SendStatus::MessageRejected || !result.errcode)
        return std::nullopt;
    const int errcode = *result.errcode;
    QString key;
    if (errcode == 47003) {
        key = keyNamedIn(result.errmsg);
        if (!key.isEmpty()) {
            const QString *pattern = patternOf(account, key);
            if (!pattern)
                return notFilled(account, key, result.errmsg);
            if (!MessageRenderer::usesOrderData(*pattern))
                return fixedText(account, key, *pattern, result.errmsg);
        }
    } else if (errcode != 45168 && errcode != 40249) {
        return std::nullopt; // not about content the setup could have written
    }
    // Kept once reached: while nothing is accepted, the next alike failure pauses again.
    QSet<QString> &customers = m_streaks[account.key][QString::number(errcode) + u'|' + key];
    customers.insert(openid);
    if (customers.size() < kCustomersInARow)
        return std::nullopt;
    return repeated(account, errcode, key, result.errmsg);
}

} // namespace paynudge::wechat
