// Writes the accounts of scripts/bench's app workloads (A1, A2) through the app's own
// AccountStore and SecretStore, so the app reads exactly what its settings dialog would have
// written. Run it only with XDG_CONFIG_HOME (or LETTERTRAY_CONFIG_DIR) and the session bus of a
// private session (scripts/lib/session.sh): it refuses to write into a configuration that
// already has accounts.
//
//   bench-app-accounts <host> <port> <server certificate SHA-256 hex> user:password:F1,F2,...
//
// Each account uses implicit TLS and trusts the fixture's certificate by its pinned SHA-256.
#include "notifier/Account.h"
#include "notifier/AccountStore.h"
#include "notifier/SecretStore.h"
#include "notifier/SettingsLocation.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 5) {
        std::fprintf(stderr,
                     "usage: bench-app-accounts host port sha256hex user:password:folders...\n");
        return 1;
    }
    const Notifier::SettingsLocation location = Notifier::SettingsLocation::user();
    QDir().mkpath(location.directory());
    Notifier::AccountStore accounts(location.accountsFile());
    accounts.load();
    if (!accounts.accounts().isEmpty()) {
        std::fprintf(stderr, "bench-app-accounts: %s already has accounts; not touching it\n",
                     qPrintable(location.accountsFile()));
        return 1;
    }
    Notifier::SecretStore secrets(location.keychainService());
    int pending = 0;
    bool failed = false;
    for (int i = 4; i < args.size(); ++i) {
        const QStringList parts = args.at(i).split(QLatin1Char(':'));
        if (parts.size() != 3) {
            std::fprintf(stderr, "bench-app-accounts: bad account %s\n", qPrintable(args.at(i)));
            return 1;
        }
        Notifier::Account account;
        account.id = Notifier::Account::generateId();
        account.displayName = parts.at(0);
        account.email = parts.at(0) + QStringLiteral("@example.org");
        account.userName = parts.at(0);
        account.server = args.at(1);
        account.port = quint16(args.at(2).toUInt());
        account.security = Notifier::SecurityMode::Tls;
        account.watchedFolders = parts.at(2).split(QLatin1Char(','));
        account.pinnedCertificateSha256 = QByteArray::fromHex(args.at(3).toLatin1());
        if (!accounts.addAccount(account)) {
            std::fprintf(stderr, "bench-app-accounts: %s\n", qPrintable(accounts.errorString()));
            return 1;
        }
        ++pending;
        auto *reply = secrets.write(account.id, Notifier::SecretStore::Kind::Password, parts.at(1));
        auto done = [&, reply] {
            if (reply->error() != Notifier::SecretReply::Error::NoError) {
                std::fprintf(stderr, "bench-app-accounts: keychain: %s\n",
                             qPrintable(reply->errorString()));
                failed = true;
            }
            if (--pending == 0)
                QCoreApplication::exit(failed ? 1 : 0);
        };
        if (reply->isFinished())
            QMetaObject::invokeMethod(&app, done, Qt::QueuedConnection);
        else
            QObject::connect(reply, &Notifier::SecretReply::finished, &app, done);
    }
    const int status = app.exec();
    if (status == 0)
        std::printf("%s\n", qPrintable(location.accountsFile()));
    return status;
}
