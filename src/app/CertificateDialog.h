#pragma once

#include <QtCore/QByteArray>
#include <QtNetwork/QSslCertificate>
#include <QtNetwork/QSslError>
#include <QtWidgets/QDialog>

#include <memory>

namespace Ui {
class CertificateDialog;
}

namespace App {

// Shows a certificate the server presented that did not verify: who it names, who issued it,
// when it is valid and its SHA-256 fingerprint. Trusting it is an explicit choice (the
// default button is Cancel); accepted() means "pin this certificate for this host".
class CertificateDialog : public QDialog
{
    Q_OBJECT

public:
    CertificateDialog(const QString &host, const QSslCertificate &certificate,
                      const QByteArray &sha256, const QList<QSslError> &errors,
                      QWidget *parent = nullptr);
    ~CertificateDialog() override;

    QByteArray fingerprint() const { return m_sha256; }
    // "AB:CD:…" with 32 groups.
    static QString formatFingerprint(const QByteArray &sha256);
    QString fingerprintText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate(); // the texts the form does not hold

    std::unique_ptr<Ui::CertificateDialog> m_ui;
    QString m_host;
    QSslCertificate m_certificate;
    QByteArray m_sha256;
    QList<QSslError> m_errors;
};

} // namespace App
