#include "console/ridlookupdialog.h"

#include "readmodel/openidmask.h"
#include "wechat/ridlookup.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// The console never shows a whole openid; WeChat's record of a send names the customer in touser.
QString withMaskedOpenids(QString body)
{
    static const QRegularExpression touser(u"(\"touser\"\\s*:\\s*\")([^\"]*)\""_s);
    QRegularExpressionMatchIterator it = touser.globalMatch(body);
    QList<QRegularExpressionMatch> matches;
    while (it.hasNext())
        matches.prepend(it.next()); // replaced from the end, so earlier offsets stay valid
    for (const QRegularExpressionMatch &m : std::as_const(matches))
        body.replace(m.capturedStart(2), m.capturedLength(2), paynudge::maskOpenid(m.captured(2)));
    return body;
}
} // namespace

namespace paynudge {
namespace {

QLabel *valueLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QPlainTextEdit *bodyBox(QWidget *parent, const QString &name)
{
    auto *box = new QPlainTextEdit(parent);
    box->setObjectName(name);
    box->setReadOnly(true);
    box->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    box->setMinimumHeight(90);
    return box;
}

} // namespace

RidLookupDialog::RidLookupDialog(wechat::WeChatClient &client, const AccountConfig &account,
    const QString &rid, const QTimeZone &zone, QWidget *parent)
    : QDialog(parent)
    , m_zone(zone)
{
    setObjectName(u"ridLookupDialog"_s);
    setWindowTitle(tr("WeChat's record of request %1").arg(rid));
    auto *layout = new QVBoxLayout(this);
    m_status = valueLabel(this, u"ridStatus"_s);
    m_status->setText(
        tr("Asking WeChat for its record of this request (account %1)…").arg(account.displayName()));
    layout->addWidget(m_status);

    auto *form = new QFormLayout;
    auto *ridLabel = valueLabel(this, u"ridValue"_s);
    ridLabel->setText(rid);
    form->addRow(tr("Request id (rid):"), ridLabel);
    m_time = valueLabel(this, u"ridTime"_s);
    form->addRow(tr("Arrived at WeChat:"), m_time);
    m_cost = valueLabel(this, u"ridCost"_s);
    form->addRow(tr("Took:"), m_cost);
    m_ip = valueLabel(this, u"ridClientIp"_s);
    form->addRow(tr("Caller's IP:"), m_ip);
    m_url = valueLabel(this, u"ridUrl"_s);
    form->addRow(tr("Request URL:"), m_url);
    m_request = bodyBox(this, u"ridRequestBody"_s);
    form->addRow(tr("Request body:"), m_request);
    m_response = bodyBox(this, u"ridResponseBody"_s);
    form->addRow(tr("WeChat answered:"), m_response);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 520);

    wechat::RidLookup::lookup(
        client, account, rid, this, [this](const wechat::RidRecord &r) { showRecord(r); });
}

QString RidLookupDialog::statusText() const
{
    return m_status->text();
}

void RidLookupDialog::showRecord(const wechat::RidRecord &r)
{
    if (!r.ok()) {
        m_status->setText(
            tr("WeChat gave no record of this request: %1. WeChat keeps requests for 7 days and "
               "shows them only to the account that made them.")
                .arg(r.error));
        emit answered();
        return;
    }
    m_time->setText(QDateTime::fromMSecsSinceEpoch(r.invokeTime, m_zone).toString(u"yyyy-MM-dd HH:mm:ss"_s));
    m_cost->setText(tr("%1 ms").arg(r.costMs));
    m_ip->setText(r.clientIp);
    m_url->setText(r.requestUrl);
    m_request->setPlainText(withMaskedOpenids(r.requestBody));
    m_response->setPlainText(r.responseBody);
    const int errcode = QJsonDocument::fromJson(r.responseBody.toUtf8()).object().value(u"errcode"_s).toInt();
    if (errcode == 40164)
        m_status->setText(
            tr("WeChat saw this call come from %1, which is not in the account's IP whitelist: add "
               "exactly this address in the WeChat admin console (设置与开发 → 基本配置 → IP白名单).")
                .arg(r.clientIp));
    else
        m_status->setText(tr("WeChat's own record of the request: what it received and what it answered."));
    emit answered();
}

} // namespace paynudge
