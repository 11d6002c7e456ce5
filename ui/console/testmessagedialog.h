#pragma once

#include "common/error.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace paynudge {

class Engine;
struct SendResult;

// The setup checklist's "send yourself a test reminder": the operator's own openid, the account,
// and a send of a sample order through that account's real sender (Engine::sendTestMessage),
// its result in the UI's language. The openid and account are kept in the console's ui-state
// file for next time, never in the shop's configuration.
class TestMessageDialog : public QDialog
{
    Q_OBJECT
public:
    // `account`: the one chosen at first (empty: the one used last time, else the first).
    TestMessageDialog(
        Engine &engine, const QString &uiStatePath, const QString &account, QWidget *parent = nullptr);

    QLineEdit *openidEdit() const { return m_openid; }
    QComboBox *accountBox() const { return m_account; }
    QPushButton *sendButton() const { return m_send; }
    QLabel *result() const { return m_result; }

    // ui-state keys of the openid and account last used
    static QString openidKey();
    static QString accountKey();

signals:
    // WeChat accepted the test reminder (a dry run does not count).
    void delivered();

private:
    void send();
    void showResult(const SendResult &r);
    void showRefusal(const Error &why);

    Engine &m_engine;
    QString m_uiStatePath;
    QComboBox *m_account = nullptr;
    QLineEdit *m_openid = nullptr;
    QPushButton *m_send = nullptr;
    QLabel *m_result = nullptr;
};

} // namespace paynudge
