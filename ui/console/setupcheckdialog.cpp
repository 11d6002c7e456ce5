#include "console/setupcheckdialog.h"

#include "doctor/doctor.h"
#include "doctor/reporttext.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QProgressBar>
#include <QPushButton>
#include <QTextBrowser>
#include <QThread>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

using Status = SetupCheck::Status;

QColor colourOf(Status s)
{
    switch (s) {
    case Status::Ok:
        return QColor(0x2e, 0x7d, 0x32);
    case Status::Warning:
        return QColor(0xe6, 0x8a, 0x00);
    case Status::Problem:
        return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

QColor tintOf(Status s)
{
    switch (s) {
    case Status::Ok:
        return QColor(Qt::transparent);
    case Status::Warning:
        return QColor(0xff, 0xf4, 0xe0);
    case Status::Problem:
        return QColor(0xfd, 0xe8, 0xe8);
    }
    return {};
}

QUrl iconUrl(Status s)
{
    return QUrl(u"status:"_s + SetupCheck::wireName(s));
}

// Drawn rather than taken from the icon theme: the same on every desktop, and the colour is the
// meaning (green tick, amber exclamation, red cross).
QImage statusIcon(Status s, qreal scale)
{
    const int size = qRound(18 * scale);
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(scale, scale);
    p.setPen(Qt::NoPen);
    p.setBrush(colourOf(s));
    p.drawEllipse(QRectF(1, 1, 16, 16));
    QPen pen(Qt::white, 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    switch (s) {
    case Status::Ok: {
        QPainterPath tick;
        tick.moveTo(5.2, 9.4);
        tick.lineTo(8.0, 12.2);
        tick.lineTo(12.9, 6.4);
        p.drawPath(tick);
        break;
    }
    case Status::Warning:
        p.drawLine(QPointF(9, 5), QPointF(9, 10.2));
        p.drawPoint(QPointF(9, 13.2));
        break;
    case Status::Problem:
        p.drawLine(QPointF(6.2, 6.2), QPointF(11.8, 11.8));
        p.drawLine(QPointF(11.8, 6.2), QPointF(6.2, 11.8));
        break;
    }
    return image;
}

int severity(Status s)
{
    return s == Status::Problem ? 0 : s == Status::Warning ? 1 : 2;
}

} // namespace

SetupCheckDialog::SetupCheckDialog(const Context &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(u"setupCheckDialog"_s);
    setWindowTitle(tr("Check setup"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(
        tr("Everything that can stop reminders: the configuration, the store, the files around it, the "
           "intake API, each WeChat account and the clock."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_verdict = new QLabel(this);
    m_verdict->setObjectName(u"verdictLabel"_s);
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setBold(true);
    m_verdict->setFont(big);
    m_verdict->setWordWrap(true);
    layout->addWidget(m_verdict);

    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // busy: how long WeChat takes is not known
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(6);
    layout->addWidget(m_busy);

    m_view = new QTextBrowser(this);
    m_view->setObjectName(u"reportView"_s);
    m_view->setOpenLinks(false);
    const qreal scale = devicePixelRatioF() > 1 ? devicePixelRatioF() : 2; // crisp when zoomed or grabbed
    for (Status s : { Status::Ok, Status::Warning, Status::Problem })
        m_view->document()->addResource(QTextDocument::ImageResource, iconUrl(s), statusIcon(s, scale));
    layout->addWidget(m_view, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("&Copy report"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(u"copyButton"_s);
    m_again = buttons->addButton(tr("Check &again"), QDialogButtonBox::ActionRole);
    m_again->setObjectName(u"againButton"_s);
    connect(m_copy, &QPushButton::clicked, this,
        [this] { QGuiApplication::clipboard()->setText(reportToText(m_report)); });
    connect(m_again, &QPushButton::clicked, this, &SetupCheckDialog::run);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(860, 620);
}

SetupCheckDialog::~SetupCheckDialog()
{
    stopThread();
}

void SetupCheckDialog::run()
{
    if (m_thread)
        return;
    m_verdict->setText(tr("Checking the setup…"));
    m_verdict->setStyleSheet(QString());
    m_busy->show();
    m_copy->setEnabled(false);
    m_again->setEnabled(false);

    Doctor::Options options;
    options.configPath = m_context.configPath;
    options.dataDir = m_context.dataDir;
    options.clock = m_context.clock;
    options.thisProcessRunsEngine = true;
    // A quick_check of a large store and a keychain read take time: never on the window's thread.
    m_thread = new QThread(this);
    m_thread->setObjectName(u"setup-check"_s);
    auto *doctor = new Doctor(options);
    doctor->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, doctor, &QObject::deleteLater);
    connect(doctor, &Doctor::finished, this, [this](const DoctorReport &report) {
        stopThread();
        showReport(report);
    });
    m_thread->start();
    QMetaObject::invokeMethod(doctor, [doctor] { doctor->start(); });
}

void SetupCheckDialog::stopThread()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait(); // the doctor bounds its own run, and it has reported or is told to stop
    delete m_thread;
    m_thread = nullptr;
}

void SetupCheckDialog::showReport(const DoctorReport &report)
{
    m_report = report;
    m_busy->hide();
    m_copy->setEnabled(true);
    m_again->setEnabled(true);
    const Status worst = report.problems() > 0 ? Status::Problem
        : report.warnings() > 0                ? Status::Warning
                                               : Status::Ok;
    m_verdict->setText(reportVerdict(report));
    m_verdict->setStyleSheet(u"color: %1"_s.arg(colourOf(worst).name()));
    m_view->setHtml(html(report));
    emit checked(report);
}

QString SetupCheckDialog::html(const DoctorReport &report) const
{
    // Problems first, then warnings: what to fix is at the top; within a status the report's order.
    QList<SetupCheck> lines = report.checks;
    std::stable_sort(lines.begin(), lines.end(),
        [](const SetupCheck &a, const SetupCheck &b) { return severity(a.status) < severity(b.status); });
    QString rows;
    for (const SetupCheck &c : std::as_const(lines)) {
        const QString tint
            = c.status == Status::Ok ? QString() : u" bgcolor=\"%1\""_s.arg(tintOf(c.status).name());
        QString text = c.summary.toHtmlEscaped();
        if (!c.action.isEmpty())
            text += u"<br><span style=\"color:#444\">→ %1</span>"_s.arg(c.action.toHtmlEscaped());
        rows += u"<tr%1><td width=\"22\" valign=\"top\"><img src=\"%2\" width=\"18\" height=\"18\"></td>"
                u"<td valign=\"top\" style=\"color:%3; font-weight:600; white-space:nowrap\">%4</td>"
                u"<td valign=\"top\">%5</td></tr>"_s.arg(tint, iconUrl(c.status).toString(),
                    colourOf(c.status).name(), SetupCheck::displayName(c.status).toHtmlEscaped(), text);
    }
    const QString where
        = tr("Configuration: %1 · Data folder: %2").arg(report.configPath, report.dataDir).toHtmlEscaped();
    return u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\">%1</table>"
           u"<p style=\"color:#666\">%2</p>"_s.arg(rows, where);
}

} // namespace paynudge
