#include "notifier/AccountProbe.h"

#include "imap/Client.h"
#include "imap/ListReply.h"

namespace Notifier {

AccountProbe::AccountProbe(QObject *parent)
    : QObject(parent)
{}

QString AccountProbe::specialUseOf(const QList<QByteArray> &attributes)
{
    static const char *const uses[] = {"\\All",  "\\Archive", "\\Drafts", "\\Flagged",
                                       "\\Junk", "\\Sent",    "\\Trash",  "\\Important"};
    for (const QByteArray &attribute : attributes) {
        for (const char *use : uses) {
            if (attribute.compare(use, Qt::CaseInsensitive) == 0)
                return QString::fromLatin1(use);
        }
    }
    return QString();
}

void AccountProbe::abort()
{
    if (m_session) {
        m_session->close();
        m_session->deleteLater();
        m_session = nullptr;
    }
}

void AccountProbe::finish(const ProbeResult &result)
{
    abort();
    Q_EMIT finished(result);
}

void AccountProbe::start(const ImapSessionConfig &config)
{
    abort();
    auto *session = new ImapMailSession(config, this);
    m_session = session;
    session->open([this, session](const SessionError &error) {
        if (error.isError()) {
            ProbeResult result;
            result.error = error;
            finish(result);
            return;
        }
        Imap::ListReply *list = session->client()->list(QString(), QStringLiteral("*"));
        connect(list, &Imap::Reply::finished, session, [this, session, list] {
            list->deleteLater();
            ProbeResult result;
            result.supportsIdle = session->supportsIdle();
            if (!list->isOk()) {
                result.error = SessionError::make(SessionError::Refused, list->errorString());
                finish(result);
                return;
            }
            const QList<Imap::Wire::List> entries = list->mailboxes();
            for (const Imap::Wire::List &entry : entries) {
                FolderInfo folder;
                folder.name = session->client()->mailboxName(entry.mailbox);
                folder.specialUse = specialUseOf(entry.attributes);
                for (const QByteArray &attribute : entry.attributes) {
                    if (attribute.compare("\\Noselect", Qt::CaseInsensitive) == 0 ||
                        attribute.compare("\\NonExistent", Qt::CaseInsensitive) == 0)
                        folder.selectable = false;
                }
                if (folder.name.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0)
                    result.folders.prepend(folder);
                else
                    result.folders.append(folder);
            }
            finish(result);
        });
    });
}

} // namespace Notifier
