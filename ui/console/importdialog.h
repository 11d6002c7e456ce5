#pragma once

#include "intake/csvimport.h"

#include <QDialog>
#include <optional>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace paynudge {

class Engine;

// File → Import orders from CSV: reads a file with the same core code as `paynudge import`
// (CsvImport, CsvImportStore), shows its encoding, the first rows (openids masked) and every
// bad line, and stores the good rows in one transaction only when the operator presses
// "Import N orders". The lists hear of the new orders through Engine::ordersAccepted.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(Engine &engine, QWidget *parent = nullptr);

    // Asks for a file (through FileDialog's test seam) and reads it; false when cancelled.
    bool chooseFile();
    // Reads `path` and shows what it holds; stores nothing.
    void load(const QString &path);
    // Stores the good rows of the file shown (the "Import N orders" button).
    void importRows();

    QString path() const { return m_path; }
    QLabel &encodingLabel() const { return *m_encoding; }
    QLabel &summaryLabel() const { return *m_summary; }
    // Why the file cannot be imported, or what the import did.
    QLabel &messageLabel() const { return *m_message; }
    QTableWidget &previewTable() const { return *m_preview; }
    QTableWidget &badLinesTable() const { return *m_badLines; }
    QPushButton &importButton() const { return *m_import; }

signals:
    // One line for the status bar: what was stored.
    void imported(const QString &summary);

private:
    void showReport();
    void fillPreview();
    void fillBadLines();
    void showMessage(const QString &text, bool problem);
    QString encodingText() const;
    static QString problemText(const QString &code);

    Engine &m_engine;
    QString m_path;
    std::optional<CsvImport::Report> m_report;
    bool m_stored = false; // the rows shown are stored: a second press would only count them again

    QLineEdit *m_file = nullptr;
    QLabel *m_encoding = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    QGroupBox *m_previewBox = nullptr;
    QTableWidget *m_preview = nullptr;
    QGroupBox *m_badBox = nullptr;
    QTableWidget *m_badLines = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace paynudge
