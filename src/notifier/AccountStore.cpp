#include "notifier/AccountStore.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QSettings>

#include <algorithm>

namespace Notifier {

namespace {

// Every value is written as a string: QSettings' INI backend reads everything back as strings
// (and a one-element string list as a plain string), so the digest must be computed over the
// same text on both sides.
QString listToString(const QStringList &list)
{
    QJsonArray array;
    for (const QString &item : list)
        array.append(item);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

bool stringToList(const QString &text, QStringList *list)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return false;
    list->clear();
    for (const QJsonValue &value : document.array()) {
        if (!value.isString())
            return false;
        list->append(value.toString());
    }
    return true;
}

QString boolToString(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

bool stringToBool(const QString &text, bool *value)
{
    if (text == QLatin1String("true"))
        *value = true;
    else if (text == QLatin1String("false"))
        *value = false;
    else
        return false;
    return true;
}

const QString integrityGroup = QStringLiteral("integrity");
const QString digestKey = QStringLiteral("integrity/sha256");
const QString formatKey = QStringLiteral("integrity/format");

QByteArray digestOf(const QSettings &settings)
{
    QStringList keys = settings.allKeys();
    keys.removeIf(
        [](const QString &key) { return key.startsWith(integrityGroup + QLatin1Char('/')); });
    std::sort(keys.begin(), keys.end());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &key : keys) {
        hash.addData(key.toUtf8());
        hash.addData(QByteArrayView("\0", 1));
        hash.addData(settings.value(key).toString().toUtf8());
        hash.addData(QByteArrayView("\n", 1));
    }
    return hash.result().toHex();
}

} // namespace

AccountStore::AccountStore(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_filePath(filePath)
{}

bool AccountStore::isWritable() const
{
    return m_status == LoadStatus::Ok;
}

bool AccountStore::fail(LoadStatus status, const QString &message)
{
    m_status = status;
    m_error = message;
    m_accounts.clear();
    m_globalRules = GlobalRules();
    Q_EMIT errorOccurred(message);
    return false;
}

AccountStore::LoadStatus AccountStore::load()
{
    m_accounts.clear();
    m_globalRules = GlobalRules();
    m_error.clear();

    const QFileInfo info(m_filePath);
    if (!info.exists()) {
        m_status = LoadStatus::Ok; // first run
        return m_status;
    }
    if (!info.isReadable()) {
        fail(LoadStatus::AccessError, tr("The settings file %1 cannot be read.").arg(m_filePath));
        return m_status;
    }
    if (info.size() == 0) {
        // A zero-length file is what a crash between create and write leaves behind when
        // something other than us wrote it; we never write one (the digest is always there).
        fail(LoadStatus::Corrupt, tr("The settings file %1 is empty.").arg(m_filePath));
        return m_status;
    }

    QSettings settings(m_filePath, QSettings::IniFormat);
    if (settings.status() == QSettings::AccessError) {
        fail(LoadStatus::AccessError, tr("The settings file %1 cannot be read.").arg(m_filePath));
        return m_status;
    }
    if (settings.status() == QSettings::FormatError) {
        fail(LoadStatus::Corrupt, tr("The settings file %1 is damaged.").arg(m_filePath));
        return m_status;
    }
    bool formatOk = false;
    const int format = settings.value(formatKey).toString().toInt(&formatOk);
    const QByteArray storedDigest = settings.value(digestKey).toString().toLatin1();
    if (!formatOk || storedDigest.isEmpty()) {
        fail(LoadStatus::Corrupt,
             tr("The settings file %1 is incomplete (it may have been written only in part).")
                 .arg(m_filePath));
        return m_status;
    }
    if (format > FormatVersion) {
        fail(LoadStatus::NewerFormat,
             tr("The settings file %1 was written by a newer version of Lettertray.")
                 .arg(m_filePath));
        return m_status;
    }
    if (digestOf(settings) != storedDigest) {
        fail(LoadStatus::Corrupt,
             tr("The settings file %1 is damaged (its contents do not match its checksum).")
                 .arg(m_filePath));
        return m_status;
    }

    auto text = [&settings](const QString &key) {
        return settings.value(key).toString();
    };
    auto invalid = [this](const QString &what) {
        fail(LoadStatus::Corrupt,
             tr("The settings file %1 has an invalid value: %2.").arg(m_filePath, what));
        return m_status;
    };

    GlobalRules global;
    settings.beginGroup(QStringLiteral("rules"));
    if (!stringToBool(text(QStringLiteral("quietHours")), &global.quietHoursEnabled) ||
        !stringToBool(text(QStringLiteral("sound")), &global.sound)) {
        settings.endGroup();
        return invalid(QStringLiteral("rules"));
    }
    global.quietFrom = QTime::fromString(text(QStringLiteral("quietFrom")), Qt::ISODate);
    global.quietUntil = QTime::fromString(text(QStringLiteral("quietUntil")), Qt::ISODate);
    const QString dnd = text(QStringLiteral("doNotDisturbUntil"));
    if (!dnd.isEmpty())
        global.doNotDisturbUntil = QDateTime::fromString(dnd, Qt::ISODateWithMs);
    settings.endGroup();

    QList<Account> accounts;
    const int count = settings.beginReadArray(QStringLiteral("accounts"));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        Account account;
        account.id = text(QStringLiteral("id"));
        account.displayName = text(QStringLiteral("displayName"));
        account.email = text(QStringLiteral("email"));
        account.userName = text(QStringLiteral("userName"));
        account.server = text(QStringLiteral("server"));
        bool ok = false;
        const uint port = text(QStringLiteral("port")).toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return invalid(QStringLiteral("port"));
        account.port = quint16(port);
        if (!securityModeFromString(text(QStringLiteral("security")), &account.security))
            return invalid(QStringLiteral("security"));
        if (!authMethodFromString(text(QStringLiteral("auth")), &account.auth))
            return invalid(QStringLiteral("auth"));
        if (!stringToList(text(QStringLiteral("folders")), &account.watchedFolders))
            return invalid(QStringLiteral("folders"));
        account.pinnedCertificateSha256 =
            QByteArray::fromHex(text(QStringLiteral("pinnedSha256")).toLatin1());
        account.webmailUrl = QUrl(text(QStringLiteral("webmail")));
        account.mailClientCommand = text(QStringLiteral("mailClient"));
        if (!stringToBool(text(QStringLiteral("enabled")), &account.enabled) ||
            !stringToBool(text(QStringLiteral("muted")), &account.rules.muted) ||
            !stringToBool(text(QStringLiteral("sound")), &account.rules.sound) ||
            !stringToList(text(QStringLiteral("mutedFolders")), &account.rules.mutedFolders) ||
            !stringToList(text(QStringLiteral("vip")), &account.rules.vipSenders) ||
            !stringToList(text(QStringLiteral("ignored")), &account.rules.ignoredSenders) ||
            !stringToList(text(QStringLiteral("ignoredSubjects")),
                          &account.rules.ignoredSubjectWords))
            return invalid(QStringLiteral("rules of account %1").arg(i + 1));
        const QString problem = account.validationError();
        if (!problem.isEmpty())
            return invalid(problem);
        accounts.append(account);
    }
    settings.endArray();

    m_accounts = accounts;
    m_globalRules = global;
    m_status = LoadStatus::Ok;
    return m_status;
}

std::optional<Account> AccountStore::account(const QString &id) const
{
    for (const Account &account : m_accounts) {
        if (account.id == id)
            return account;
    }
    return std::nullopt;
}

bool AccountStore::save()
{
    if (!isWritable()) {
        m_error = tr("The settings were not saved: the file %1 could not be read and is kept "
                     "as it is.")
                      .arg(m_filePath);
        Q_EMIT errorOccurred(m_error);
        return false;
    }
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QSettings settings(m_filePath, QSettings::IniFormat);
    settings.setAtomicSyncRequired(true);
    settings.clear();

    settings.beginGroup(QStringLiteral("rules"));
    settings.setValue(QStringLiteral("quietHours"), boolToString(m_globalRules.quietHoursEnabled));
    settings.setValue(QStringLiteral("quietFrom"), m_globalRules.quietFrom.toString(Qt::ISODate));
    settings.setValue(QStringLiteral("quietUntil"), m_globalRules.quietUntil.toString(Qt::ISODate));
    settings.setValue(QStringLiteral("doNotDisturbUntil"),
                      m_globalRules.doNotDisturbUntil.isValid()
                          ? m_globalRules.doNotDisturbUntil.toString(Qt::ISODateWithMs)
                          : QString());
    settings.setValue(QStringLiteral("sound"), boolToString(m_globalRules.sound));
    settings.endGroup();

    settings.beginWriteArray(QStringLiteral("accounts"), int(m_accounts.size()));
    for (int i = 0; i < m_accounts.size(); ++i) {
        const Account &account = m_accounts.at(i);
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("id"), account.id);
        settings.setValue(QStringLiteral("displayName"), account.displayName);
        settings.setValue(QStringLiteral("email"), account.email);
        settings.setValue(QStringLiteral("userName"), account.userName);
        settings.setValue(QStringLiteral("server"), account.server);
        settings.setValue(QStringLiteral("port"), QString::number(account.port));
        settings.setValue(QStringLiteral("security"), securityModeToString(account.security));
        settings.setValue(QStringLiteral("auth"), authMethodToString(account.auth));
        settings.setValue(QStringLiteral("folders"), listToString(account.watchedFolders));
        settings.setValue(QStringLiteral("pinnedSha256"),
                          QString::fromLatin1(account.pinnedCertificateSha256.toHex()));
        settings.setValue(QStringLiteral("webmail"), account.webmailUrl.toString());
        settings.setValue(QStringLiteral("mailClient"), account.mailClientCommand);
        settings.setValue(QStringLiteral("enabled"), boolToString(account.enabled));
        settings.setValue(QStringLiteral("muted"), boolToString(account.rules.muted));
        settings.setValue(QStringLiteral("sound"), boolToString(account.rules.sound));
        settings.setValue(QStringLiteral("mutedFolders"), listToString(account.rules.mutedFolders));
        settings.setValue(QStringLiteral("vip"), listToString(account.rules.vipSenders));
        settings.setValue(QStringLiteral("ignored"), listToString(account.rules.ignoredSenders));
        settings.setValue(QStringLiteral("ignoredSubjects"),
                          listToString(account.rules.ignoredSubjectWords));
    }
    settings.endArray();

    settings.setValue(formatKey, QString::number(FormatVersion));
    settings.setValue(digestKey, QString::fromLatin1(digestOf(settings)));
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        m_error = tr("The settings could not be written to %1.").arg(m_filePath);
        Q_EMIT errorOccurred(m_error);
        return false;
    }
    return true;
}

bool AccountStore::addAccount(const Account &account)
{
    const QString problem = account.validationError();
    if (!problem.isEmpty()) {
        m_error = problem;
        return false;
    }
    if (this->account(account.id)) {
        m_error = tr("An account with this identifier exists already.");
        return false;
    }
    if (!isWritable()) {
        return save(); // reports why
    }
    m_accounts.append(account);
    if (!save()) {
        m_accounts.removeLast();
        return false;
    }
    Q_EMIT accountAdded(account.id);
    return true;
}

bool AccountStore::updateAccount(const Account &account)
{
    const QString problem = account.validationError();
    if (!problem.isEmpty()) {
        m_error = problem;
        return false;
    }
    for (Account &existing : m_accounts) {
        if (existing.id != account.id)
            continue;
        const Account previous = existing;
        existing = account;
        if (!save()) {
            existing = previous;
            return false;
        }
        Q_EMIT accountUpdated(account.id);
        return true;
    }
    m_error = tr("There is no such account.");
    return false;
}

bool AccountStore::removeAccount(const QString &id)
{
    const auto it = std::find_if(m_accounts.begin(), m_accounts.end(),
                                 [&id](const Account &account) { return account.id == id; });
    if (it == m_accounts.end()) {
        m_error = tr("There is no such account.");
        return false;
    }
    const Account previous = *it;
    const qsizetype index = it - m_accounts.begin();
    m_accounts.removeAt(index);
    if (!save()) {
        m_accounts.insert(index, previous);
        return false;
    }
    Q_EMIT accountRemoved(id);
    return true;
}

bool AccountStore::setGlobalRules(const GlobalRules &rules)
{
    const GlobalRules previous = m_globalRules;
    m_globalRules = rules;
    if (!save()) {
        m_globalRules = previous;
        return false;
    }
    Q_EMIT globalRulesChanged();
    return true;
}

QString AccountStore::discardCorruptFile()
{
    if (m_status != LoadStatus::Corrupt)
        return QString();
    const QString aside =
        m_filePath + QStringLiteral(".broken-") +
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    if (QFile::exists(aside) || !QFile::rename(m_filePath, aside)) {
        m_error = tr("The damaged settings file could not be moved aside.");
        return QString();
    }
    m_accounts.clear();
    m_globalRules = GlobalRules();
    m_status = LoadStatus::Ok;
    m_error.clear();
    return aside;
}

} // namespace Notifier
