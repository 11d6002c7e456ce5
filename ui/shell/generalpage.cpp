#include "shell/generalpage.h"

#include "console/filedialog.h"
#include "shell/autostart.h"
#include "shell/translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace paynudge {

GeneralPage::GeneralPage(
    Autostart *autostart, QStringList autostartArguments, const QString &currentStorePath, QWidget *parent)
    : SettingsPage(parent)
    , m_autostart(autostart)
    , m_autostartArguments(std::move(autostartArguments))
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto *language = new QComboBox;
    language->addItem(
        tr("As the system (%1)").arg(Translations::nativeName(Translations::choose({}))), QString());
    for (const QString &lang : Translations::available())
        language->addItem(Translations::nativeName(lang), lang);
    addField(form, u"ui/language"_s, tr("Language"), language);
    form->addRow(QString(), formHint(tr("A new language shows from the next start.")));

    m_startOnLogin = new QCheckBox(tr("Start PayNudge in the system tray when I log in"));
    m_startOnLogin->setEnabled(m_autostart != nullptr);
    connect(m_startOnLogin, &QCheckBox::toggled, this, &SettingsPage::edited);
    form->addRow(tr("Startup:"), m_startOnLogin);

    m_storePath = new QLineEdit;
    m_storePath->setPlaceholderText(tr("Default: in the data folder"));
    auto *browse = new QPushButton(tr("Browse…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = FileDialog::saveFileName(
            this, tr("Store file"), m_storePath->text(), tr("SQLite store (*.sqlite)"), false);
        if (!file.isEmpty()) {
            m_storePath->setText(file);
            emit edited();
        }
    });
    auto *storeRow = new QHBoxLayout;
    storeRow->addWidget(m_storePath, 1);
    storeRow->addWidget(browse);
    addField(form, u"store/path"_s, tr("Store file"), m_storePath, storeRow);
    form->addRow(QString(),
        formHint(tr("In use now: %1\nA new location is used from the next start; the current "
                    "store is not moved.")
                     .arg(currentStorePath)));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
}

void GeneralPage::load(const ConfigValues &values)
{
    SettingsPage::load(values);
    const QSignalBlocker block(m_startOnLogin);
    m_startOnLogin->setChecked(m_autostart && m_autostart->isEnabled());
}

QString GeneralPage::afterCommit()
{
    if (!m_autostart || m_startOnLogin->isChecked() == m_autostart->isEnabled())
        return {};
    QString error;
    const bool ok = m_startOnLogin->isChecked()
        ? m_autostart->enable(QCoreApplication::applicationFilePath(), m_autostartArguments, &error)
        : m_autostart->disable(&error);
    return ok ? QString() : tr("Start on login could not be changed: %1").arg(error);
}

} // namespace paynudge
