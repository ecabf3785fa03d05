#include "notifier/FolderSync.h"

#include "notifier/NewMailTracker.h"
#include "notifier/UnreadCounter.h"

namespace Notifier {

FetchOutcome applyFetched(NewMailTracker *tracker, UnreadCounter *counter, const FolderKey &folder,
                          const QList<FetchedMessage> &messages)
{
    QList<ArrivedMessage> candidates;
    candidates.reserve(messages.size());
    for (const FetchedMessage &message : messages)
        candidates.append({message.uid, message.seen, message.gmailMessageId, message.messageId});
    const QList<NewMailTracker::Verdict> verdicts = tracker->consider(folder, candidates);
    FetchOutcome outcome;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        if (verdicts.at(i) == NewMailTracker::Verdict::Old)
            continue; // "n:*" also returns the last message when n is beyond it
        outcome.listed.append(messages.at(i));
        counter->messageArrived(folder, messages.at(i).uid, messages.at(i).seen);
        if (verdicts.at(i) == NewMailTracker::Verdict::New)
            outcome.fresh.append(messages.at(i));
    }
    return outcome;
}

} // namespace Notifier
