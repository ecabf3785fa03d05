#pragma once

#include "notifier/ImapMailSession.h"
#include "notifier/MailSession.h"

#include <QtCore/QObject>
#include <QtCore/QPointer>

namespace Notifier {

struct FolderInfo
{
    QString name;       // decoded, as the account's watchedFolders store it
    QString specialUse; // "\\Sent", "\\Trash", ... (RFC 6154), empty for ordinary folders
    bool selectable = true;
};

struct ProbeResult
{
    SessionError error; // None: connected and logged in
    bool supportsIdle = false;
    QList<FolderInfo> folders; // INBOX first, then as the server listed them
};

// "Test connection" for the account dialog: connects and logs in with the given settings,
// lists the folders (special-use marked, for the folder picker) and logs out. A certificate
// problem comes back with the chain and the leaf's SHA-256, so that the dialog can show the
// certificate and offer to trust exactly it (Account::pinnedCertificateSha256).
class AccountProbe : public QObject
{
    Q_OBJECT
public:
    explicit AccountProbe(QObject *parent = nullptr);

    void start(const ImapSessionConfig &config);
    void abort();
    bool isRunning() const { return !m_session.isNull(); }

    static QString specialUseOf(const QList<QByteArray> &attributes);

Q_SIGNALS:
    void finished(const Notifier::ProbeResult &result);

private:
    void finish(const ProbeResult &result);

    QPointer<ImapMailSession> m_session;
};

} // namespace Notifier

Q_DECLARE_METATYPE(Notifier::ProbeResult)
