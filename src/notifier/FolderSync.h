#pragma once

#include "notifier/FolderKey.h"
#include "notifier/MailSession.h"

#include <QtCore/QList>

namespace Notifier {

class NewMailTracker;
class UnreadCounter;

// What one fetch of "messages above the highest handled UID" means, shared by the watchers
// (FolderWatcher on its own connection, NotifyAccountWatcher for several folders on one):
// the tracker decides what is new, the counter learns about every message that is not old.
struct FetchOutcome
{
    QList<FetchedMessage> listed; // every message that is not old (for the message list)
    QList<FetchedMessage> fresh;  // to announce: new, unread, not seen in another folder
};

FetchOutcome applyFetched(NewMailTracker *tracker, UnreadCounter *counter, const FolderKey &folder,
                          const QList<FetchedMessage> &messages);

} // namespace Notifier
