#pragma once

#include "shell/settingspage.h"

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace paynudge {

class ShopDbTestView;

// [shopdb] and [precheck]: how PayNudge reads new orders from the shop's own database and asks
// it, right before each reminder, whether the order is still unpaid — the connection, the
// built-in xg mall queries or the shop's own, the payment check and its HTTP alternative. Test
// tries the form's values on a worker thread. A typed password goes to the keychain (or an
// owner-only file), never into the configuration file, and is never shown again.
class ShopDbPage : public SettingsPage
{
    Q_OBJECT
public:
    struct Options
    {
        QString dataDir;
        bool useKeychain = true;
        int testTimeoutSec = 5;
    };
    explicit ShopDbPage(Options options, QWidget *parent = nullptr);

    QString title() const override { return tr("Shop database"); }
    void load(const ConfigValues &values) override;
    void focusKey(const QString &key) override;
    QString beforeCommit() override;
    QString notice() const override { return m_notice; }
    QStringList secretsStored() const override
    {
        return m_passwordKept ? QStringList { QStringLiteral("shopdb/password") } : QStringList {};
    }

    // Runs the probe with the form's values (and the typed password, if any) off the GUI thread.
    void test();
    bool testRunning() const { return m_testRunning; }

    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *testButton() const { return m_test; }
    ShopDbTestView *testView() const { return m_testView; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void testFinished();

private:
    void updateProfile();
    void updatePasswordHint();

    Options m_options;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_profile = nullptr;
    QGroupBox *m_xg = nullptr;
    QGroupBox *m_queries = nullptr;
    QPlainTextEdit *m_ordersQuery = nullptr;
    QPlainTextEdit *m_unpaidQuery = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_passwordEnv = nullptr;
    QLineEdit *m_passwordFile = nullptr;
    QLabel *m_passwordHint = nullptr;
    QPushButton *m_test = nullptr;
    ShopDbTestView *m_testView = nullptr;
    bool m_testRunning = false;
    QString m_notice;
    bool m_passwordKept = false; // the last save stored a typed password
};

} // namespace paynudge
