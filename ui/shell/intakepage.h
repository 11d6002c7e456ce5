#pragma once

#include "shell/settingspage.h"

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace paynudge {

class IntakeToken;

// [intake]: whether the HTTP intake API runs, where it listens, and its bearer token — shown
// masked, with Copy and Regenerate. The token is never written to the configuration here: it
// stays where IntakeToken found it (token file, keychain, or the data dir's owner-only file).
class IntakePage : public SettingsPage
{
    Q_OBJECT
public:
    struct Options
    {
        QString dataDir;
        bool useKeychain = true;
        IntakeSettings current; // as running now: where the token comes from
        // The running intake API must accept the new token at once.
        std::function<void(const IntakeToken &)> tokenReplaced;
    };
    explicit IntakePage(Options options, QWidget *parent = nullptr);
    ~IntakePage() override;

    QString title() const override { return tr("How orders arrive"); }
    void load(const ConfigValues &values) override;

    // "1a2b…9f3c" with the middle hidden: enough to tell tokens apart, not to use one.
    static QString mask(const QString &token);

    QLineEdit *tokenView() const { return m_tokenView; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *regenerateButton() const { return m_regenerate; }

private:
    void resolveToken();
    void confirmRegenerate();
    void regenerate();

    Options m_options;
    QString m_token;
    QLineEdit *m_tokenView = nullptr;
    QLabel *m_tokenWhere = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_regenerate = nullptr;
};

} // namespace paynudge
