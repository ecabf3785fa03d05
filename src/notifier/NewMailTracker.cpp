#include "notifier/NewMailTracker.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QSaveFile>

namespace Notifier {

namespace {
constexpr int StateVersion = 1;
constexpr qint64 MaxStateFileSize = 64 * 1024 * 1024;
} // namespace

NewMailTracker::NewMailTracker(const QString &stateFile, QObject *parent)
    : QObject(parent)
    , m_stateFile(stateFile)
{}

QString NewMailTracker::dedupeKey(const ArrivedMessage &message)
{
    if (message.gmailMessageId != 0)
        return QStringLiteral("g:") + QString::number(message.gmailMessageId);
    QString id = message.messageId.trimmed();
    if (id.startsWith(QLatin1Char('<')) && id.endsWith(QLatin1Char('>')))
        id = id.mid(1, id.size() - 2).trimmed();
    if (id.isEmpty())
        return QString();
    return QStringLiteral("m:") + id.left(998); // a header line's limit bounds memory
}

NewMailTracker::~NewMailTracker()
{
    flush();
}

bool NewMailTracker::flush()
{
    if (!m_savePending)
        return true;
    return save();
}

void NewMailTracker::saveSoon()
{
    if (m_savePending)
        return;
    m_savePending = true;
    QMetaObject::invokeMethod(this, &NewMailTracker::flush, Qt::QueuedConnection);
}

bool NewMailTracker::load()
{
    m_folders.clear();
    m_dedupe.clear();
    m_error.clear();
    QFile file(m_stateFile);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("The new-mail state %1 cannot be read.").arg(m_stateFile);
        return false;
    }
    if (file.size() > MaxStateFileSize) {
        m_error = tr("The new-mail state %1 is implausibly large; it is ignored.").arg(m_stateFile);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject() ||
        root.value(QLatin1String("version")).toInt() != StateVersion) {
        m_error = tr("The new-mail state %1 is damaged; folders will be baselined again "
                     "(nothing old is announced).")
                      .arg(m_stateFile);
        return false;
    }
    const QJsonArray folders = root.value(QLatin1String("folders")).toArray();
    for (const QJsonValue &value : folders) {
        const QJsonObject object = value.toObject();
        const FolderKey key{object.value(QLatin1String("account")).toString(),
                            object.value(QLatin1String("mailbox")).toString()};
        FolderState state;
        state.uidValidity = quint32(object.value(QLatin1String("uidValidity")).toInteger());
        state.highestHandledUid = quint32(object.value(QLatin1String("highestUid")).toInteger());
        state.highestModSeq = object.value(QLatin1String("highestModSeq")).toString().toULongLong();
        if (key.accountId.isEmpty() || key.mailbox.isEmpty() || state.uidValidity == 0)
            continue; // an unusable entry is a folder seen for the first time
        m_folders.insert(key, state);
    }
    const QJsonObject dedupe = root.value(QLatin1String("dedupe")).toObject();
    for (auto it = dedupe.begin(); it != dedupe.end(); ++it) {
        const QJsonArray keys = it.value().toArray();
        for (const QJsonValue &key : keys)
            rememberDedupeKey(it.key(), key.toString());
    }
    return true;
}

bool NewMailTracker::save()
{
    m_savePending = false;
    QJsonArray folders;
    for (auto it = m_folders.cbegin(); it != m_folders.cend(); ++it) {
        QJsonObject object;
        object.insert(QLatin1String("account"), it.key().accountId);
        object.insert(QLatin1String("mailbox"), it.key().mailbox);
        object.insert(QLatin1String("uidValidity"), qint64(it->uidValidity));
        object.insert(QLatin1String("highestUid"), qint64(it->highestHandledUid));
        // A string: JSON numbers lose precision above 2^53, mod-sequences can be 63 bits.
        object.insert(QLatin1String("highestModSeq"), QString::number(it->highestModSeq));
        folders.append(object);
    }
    QJsonObject dedupe;
    for (auto it = m_dedupe.cbegin(); it != m_dedupe.cend(); ++it)
        dedupe.insert(it.key(), QJsonArray::fromStringList(it->order));
    QJsonObject root;
    root.insert(QLatin1String("version"), StateVersion);
    root.insert(QLatin1String("folders"), folders);
    root.insert(QLatin1String("dedupe"), dedupe);

    QDir().mkpath(QFileInfo(m_stateFile).absolutePath());
    QSaveFile file(m_stateFile);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) < 0 || !file.commit()) {
        m_error = tr("The new-mail state could not be written to %1.").arg(m_stateFile);
        Q_EMIT saveFailed(m_error);
        return false;
    }
    return true;
}

NewMailTracker::OpenResult NewMailTracker::openFolder(const FolderKey &folder, quint32 uidValidity,
                                                      quint32 uidNext, quint64 highestModSeq)
{
    const quint32 end = uidNext > 0 ? uidNext - 1 : 0;
    auto it = m_folders.find(folder);
    OpenResult result;
    if (it == m_folders.end()) {
        m_folders.insert(folder, FolderState{uidValidity, end, highestModSeq});
        result = OpenResult::FirstSight;
    } else if (it->uidValidity != uidValidity) {
        *it = FolderState{uidValidity, end, highestModSeq};
        result = OpenResult::Rebaselined;
    } else {
        // A UIDNEXT below what we handled means the server went backwards without changing
        // UIDVALIDITY (a broken restore); the safe reading is "nothing new".
        if (it->highestHandledUid > end)
            it->highestHandledUid = end;
        return OpenResult::Continued;
    }
    save();
    return result;
}

bool NewMailTracker::rememberDedupeKey(const QString &accountId, const QString &key)
{
    if (key.isEmpty())
        return true;
    DedupeSet &set = m_dedupe[accountId];
    if (set.keys.contains(key))
        return false;
    set.keys.insert(key, true);
    set.order.append(key);
    while (set.order.size() > MaxDedupeKeysPerAccount)
        set.keys.remove(set.order.takeFirst());
    return true;
}

NewMailTracker::Verdict NewMailTracker::consider(const FolderKey &folder,
                                                 const ArrivedMessage &message)
{
    return consider(folder, QList<ArrivedMessage>{message}).first();
}

QList<NewMailTracker::Verdict> NewMailTracker::consider(const FolderKey &folder,
                                                        const QList<ArrivedMessage> &messages)
{
    QList<Verdict> verdicts;
    verdicts.reserve(messages.size());
    auto it = m_folders.find(folder);
    if (it == m_folders.end()) {
        // Not opened: we do not know where "new" starts, so nothing is new.
        verdicts.fill(Verdict::Old, messages.size());
        return verdicts;
    }
    const quint32 baseline = it->highestHandledUid;
    quint32 highest = baseline;
    bool changed = false;
    for (const ArrivedMessage &message : messages) {
        if (message.uid == 0 || message.uid <= baseline) {
            verdicts.append(Verdict::Old);
            continue;
        }
        highest = std::max(highest, message.uid);
        changed = true;
        // Remembered even when \Seen: the copy in another folder is not new either.
        const bool firstTime = rememberDedupeKey(folder.accountId, dedupeKey(message));
        if (message.seen)
            verdicts.append(Verdict::AlreadySeen);
        else if (!firstTime)
            verdicts.append(Verdict::Duplicate);
        else
            verdicts.append(Verdict::New);
    }
    if (changed) {
        it->highestHandledUid = highest;
        saveSoon();
    }
    return verdicts;
}

void NewMailTracker::setHighestModSeq(const FolderKey &folder, quint64 modSeq)
{
    auto it = m_folders.find(folder);
    if (it == m_folders.end() || it->highestModSeq == modSeq)
        return;
    it->highestModSeq = modSeq;
    saveSoon();
}

void NewMailTracker::forgetFolder(const FolderKey &folder)
{
    if (m_folders.remove(folder))
        save();
}

void NewMailTracker::forgetAccount(const QString &accountId)
{
    m_folders.removeIf([&accountId](const QHash<FolderKey, FolderState>::iterator &it) {
        return it.key().accountId == accountId;
    });
    m_dedupe.remove(accountId);
    save();
}

} // namespace Notifier
