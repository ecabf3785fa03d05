#include "imap/sasl/MechanismChooser.h"

#include "imap/sasl/CramMd5Mechanism.h"
#include "imap/sasl/LoginMechanism.h"
#include "imap/sasl/OAuthBearerMechanism.h"
#include "imap/sasl/PlainMechanism.h"
#include "imap/sasl/XOAuth2Mechanism.h"

namespace Imap::Sasl {

namespace {

bool needsToken(QByteArrayView name)
{
    return name == "OAUTHBEARER" || name == "XOAUTH2";
}

bool exposesPassword(QByteArrayView name)
{
    return name == "PLAIN" || name == "LOGIN";
}

} // namespace

QList<QByteArray> MechanismChooser::supportedMechanisms()
{
    return {"OAUTHBEARER", "XOAUTH2", "SCRAM-SHA-256", "SCRAM-SHA-1", "CRAM-MD5", "PLAIN", "LOGIN"};
}

QList<QByteArray> MechanismChooser::serverMechanisms(const QList<QByteArray> &capabilities)
{
    QList<QByteArray> out;
    for (const QByteArray &cap : capabilities) {
        if (cap.size() > 5 &&
            cap.first(5).compare(QByteArrayView("AUTH="), Qt::CaseInsensitive) == 0)
            out.append(cap.mid(5).toUpper());
    }
    return out;
}

std::unique_ptr<Mechanism> MechanismChooser::create(QByteArrayView name,
                                                    const Credentials &credentials,
                                                    const ScramPolicy &scram)
{
    const QByteArray upper = name.toByteArray().toUpper();
    if (upper == "PLAIN")
        return std::make_unique<PlainMechanism>(credentials);
    if (upper == "LOGIN")
        return std::make_unique<LoginMechanism>(credentials);
    if (upper == "CRAM-MD5")
        return std::make_unique<CramMd5Mechanism>(credentials);
    if (upper == "XOAUTH2")
        return std::make_unique<XOAuth2Mechanism>(credentials);
    if (upper == "OAUTHBEARER")
        return std::make_unique<OAuthBearerMechanism>(credentials);
    if (upper == "SCRAM-SHA-256")
        return std::make_unique<ScramMechanism>(ScramMechanism::Hash::Sha256, credentials, scram);
    if (upper == "SCRAM-SHA-1")
        return std::make_unique<ScramMechanism>(ScramMechanism::Hash::Sha1, credentials, scram);
    return nullptr;
}

MechanismChooser::Choice MechanismChooser::choose(const QList<QByteArray> &capabilities,
                                                  const Credentials &credentials)
{
    return choose(capabilities, credentials, Options());
}

MechanismChooser::Choice MechanismChooser::choose(const QList<QByteArray> &capabilities,
                                                  const Credentials &credentials,
                                                  const Options &options)
{
    Choice choice;
    const QList<QByteArray> offered = serverMechanisms(capabilities);
    auto usable = [&](const QByteArray &name, QString *why) {
        if (!offered.contains(name)) {
            *why = QStringLiteral("the server does not offer %1").arg(QString::fromLatin1(name));
            return false;
        }
        if (needsToken(name) && !credentials.hasAccessToken()) {
            *why = QStringLiteral("%1 needs an OAuth access token").arg(QString::fromLatin1(name));
            return false;
        }
        if (!needsToken(name) && !credentials.hasPassword()) {
            *why = QStringLiteral("%1 needs a password").arg(QString::fromLatin1(name));
            return false;
        }
        if (exposesPassword(name) && !options.allowPasswordExposure) {
            *why = QStringLiteral("%1 would send the password in the clear")
                       .arg(QString::fromLatin1(name));
            return false;
        }
        return true;
    };

    if (!options.preferred.isEmpty()) {
        const QByteArray wanted = options.preferred.toUpper();
        QString why;
        if (!supportedMechanisms().contains(wanted)) {
            choice.error = QStringLiteral("SASL mechanism %1 is not implemented")
                               .arg(QString::fromLatin1(wanted));
        } else if (!usable(wanted, &why)) {
            choice.error =
                QStringLiteral("cannot use %1: %2").arg(QString::fromLatin1(wanted), why);
        } else {
            choice.mechanism = create(wanted, credentials, options.scram);
        }
        return choice;
    }

    for (const QByteArray &name : supportedMechanisms()) {
        QString why;
        if (usable(name, &why)) {
            choice.mechanism = create(name, credentials, options.scram);
            return choice;
        }
    }
    choice.error = offered.isEmpty()
                       ? QStringLiteral("the server offers no SASL mechanism")
                       : QStringLiteral("no usable SASL mechanism in common (server offers %1)")
                             .arg(QString::fromLatin1(offered.join(' ')));
    return choice;
}

} // namespace Imap::Sasl
