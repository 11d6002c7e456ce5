# Precompiled Qt and standard headers. Parsing Qt's headers is about half of what compiling one of
# our files costs, and the CI builds every file twice (release and sanitizers): core, ui and the app
# each precompile once, and the tests share two precompiled headers (core tests, GUI tests) instead
# of parsing Qt in each of their ~90 files. QtTest stays out: its header tests
# QT_TESTCASE_BUILDDIR, which differs per test, so GCC would refuse a shared header that holds it.
option(PAYNUDGE_PCH "Precompile the Qt headers (off with ccache, which cannot cache their users)" ON)

set(PAYNUDGE_PCH_CORE
    <algorithm> <functional> <memory> <optional> <utility>
    <QByteArray> <QCoreApplication> <QDateTime> <QDir> <QFile> <QFileInfo> <QHash> <QJsonArray>
    <QJsonDocument> <QJsonObject> <QList> <QLoggingCategory> <QObject> <QPointer> <QRegularExpression>
    <QSet> <QString> <QStringList> <QTimer> <QVariant>
    <QSqlDatabase> <QSqlError> <QSqlQuery>
    <QNetworkAccessManager> <QNetworkReply> <QNetworkRequest>)
set(PAYNUDGE_PCH_WIDGETS
    <QAbstractItemModel> <QApplication> <QCheckBox> <QComboBox> <QDialog> <QDialogButtonBox>
    <QFormLayout> <QHBoxLayout> <QHeaderView> <QLabel> <QLineEdit> <QPushButton> <QTableView>
    <QVBoxLayout> <QWidget>)

# paynudge_precompile(<target> CORE|WIDGETS)
function(paynudge_precompile target kind)
    if(NOT PAYNUDGE_PCH)
        return()
    endif()
    set(headers ${PAYNUDGE_PCH_CORE})
    if(kind STREQUAL "WIDGETS")
        list(APPEND headers ${PAYNUDGE_PCH_WIDGETS})
    endif()
    target_precompile_headers(${target} PRIVATE ${headers})
endfunction()

# paynudge_reuse_precompiled(<target> <from>): the header <from> built, when PCH is on.
function(paynudge_reuse_precompiled target from)
    if(PAYNUDGE_PCH)
        target_precompile_headers(${target} REUSE_FROM ${from})
    endif()
endfunction()
