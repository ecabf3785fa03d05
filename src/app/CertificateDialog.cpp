#include "app/CertificateDialog.h"

#include "ui_CertificateDialog.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QEvent>
#include <QtCore/QLocale>
#include <QtWidgets/QLayout>
#include <QtWidgets/QPushButton>

namespace App {

namespace {

QString describeName(const QSslCertificate &certificate, bool issuer)
{
    const auto field = [&](QSslCertificate::SubjectInfo info) {
        const QStringList values =
            issuer ? certificate.issuerInfo(info) : certificate.subjectInfo(info);
        return values.join(QStringLiteral(", "));
    };
    QStringList parts;
    for (const QString &part :
         {field(QSslCertificate::CommonName), field(QSslCertificate::Organization)}) {
        if (!part.isEmpty()) {
            parts.append(part);
        }
    }
    return parts.isEmpty() ? CertificateDialog::tr("(no name)") : parts.join(QStringLiteral(" — "));
}

} // namespace

CertificateDialog::CertificateDialog(const QString &host, const QSslCertificate &certificate,
                                     const QByteArray &sha256, const QList<QSslError> &errors,
                                     QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CertificateDialog>())
    , m_host(host)
    , m_certificate(certificate)
    , m_sha256(sha256.isEmpty() && !certificate.isNull()
                   ? certificate.digest(QCryptographicHash::Sha256)
                   : sha256)
    , m_errors(errors)
{
    m_ui->setupUi(this);
    retranslate();
    QFont mono = m_ui->fingerprintLabel->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_ui->fingerprintLabel->setFont(mono);
    m_ui->errorsLabel->setVisible(!errors.isEmpty());
    QFont bold = m_ui->errorsLabel->font();
    bold.setBold(true); // what is wrong with the certificate is what the user must read first
    m_ui->errorsLabel->setFont(bold);
    // As tall as the wrapped texts need at the form's width, not the form's fixed height.
    resize(width(), layout()->totalHeightForWidth(width()));

    // Cancel is the default: pressing Enter must never trust a certificate.
    m_ui->cancelButton->setDefault(true);
    m_ui->trustButton->setEnabled(m_sha256.size() == 32);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->trustButton, &QPushButton::clicked, this, &QDialog::accept);
}

CertificateDialog::~CertificateDialog() = default;

void CertificateDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void CertificateDialog::retranslate()
{
    m_ui->hostLabel->setText(m_host);
    m_ui->subjectLabel->setText(describeName(m_certificate, false));
    m_ui->issuerLabel->setText(describeName(m_certificate, true));
    const QLocale locale;
    m_ui->validityLabel->setText(
        tr("%1 to %2")
            .arg(locale.toString(m_certificate.effectiveDate().toLocalTime(), QLocale::ShortFormat),
                 locale.toString(m_certificate.expiryDate().toLocalTime(), QLocale::ShortFormat)));
    m_ui->fingerprintLabel->setText(fingerprintText());
    // QSslError's texts come from Qt's own catalogue, which follows the language as well.
    QStringList reasons;
    for (const QSslError &error : std::as_const(m_errors)) {
        if (!reasons.contains(error.errorString())) {
            reasons.append(error.errorString());
        }
    }
    m_ui->errorsLabel->setText(reasons.join(QLatin1Char('\n')));
}

QString CertificateDialog::formatFingerprint(const QByteArray &sha256)
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

QString CertificateDialog::fingerprintText() const
{
    // Two lines of 16 groups: easier to compare by eye with what the provider printed.
    const QString text = formatFingerprint(m_sha256);
    return text.size() > 48 ? text.left(47) + QLatin1Char('\n') + text.mid(48) : text;
}

} // namespace App
