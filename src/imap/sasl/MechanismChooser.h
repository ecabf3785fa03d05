#pragma once

#include "imap/ImapExport.h"
#include "imap/sasl/Credentials.h"
#include "imap/sasl/Mechanism.h"
#include "imap/sasl/ScramMechanism.h"

#include <QtCore/QByteArray>
#include <QtCore/QList>

#include <memory>

namespace Imap::Sasl {

// Picks the mechanism for AUTHENTICATE: the one the caller names, or else the strongest one
// that both the server (its AUTH=... capabilities) and the credentials support.
//
// Order, strongest first, and why:
//   OAUTHBEARER, XOAUTH2      — only with an access token (a token means the account is
//                               OAuth; the standard one before the vendor one);
//   SCRAM-SHA-256, SCRAM-SHA-1 — password never sent, server proves itself;
//   CRAM-MD5                  — password never sent, but MD5 and no server proof;
//   PLAIN, LOGIN              — password sent as is: only when allowPasswordExposure.
// A named mechanism the server does not offer is an error, never a silent fallback.
class LETTERTRAY_IMAP_EXPORT MechanismChooser
{
public:
    struct Options
    {
        QByteArray preferred; // empty: choose automatically
        // Whether PLAIN/LOGIN may be used. The client passes false on a connection without
        // TLS unless the user explicitly allowed plaintext.
        bool allowPasswordExposure = true;
        ScramPolicy scram;
    };

    struct Choice
    {
        std::unique_ptr<Mechanism> mechanism;
        QString error; // set when mechanism is null
    };

    // Every mechanism this library implements, strongest first.
    static QList<QByteArray> supportedMechanisms();
    // The AUTH=<name> entries of a capability list, upper-cased.
    static QList<QByteArray> serverMechanisms(const QList<QByteArray> &capabilities);
    // capabilities: the server's full CAPABILITY list (AUTH=... entries are read from it).
    static Choice choose(const QList<QByteArray> &capabilities, const Credentials &credentials,
                         const Options &options);
    static Choice choose(const QList<QByteArray> &capabilities, const Credentials &credentials);
    // Creates a mechanism by name (case-insensitive); null if unknown.
    static std::unique_ptr<Mechanism> create(QByteArrayView name, const Credentials &credentials,
                                             const ScramPolicy &scram = ScramPolicy());
};

} // namespace Imap::Sasl
