#pragma once

// Shared set-up of the examples: settings from the command line and the environment. Only the
// public API of the library is used.

#include "imap/Client.h"
#include "imap/Reply.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QStringList>
#include <QtCore/QTextStream>

#include <cstdio>

namespace Example {

struct Arguments
{
    Imap::ConnectionSettings settings;
    QString user;
    QString password;
    bool ok = false;
};

inline Arguments parseArguments(const QStringList &args)
{
    Arguments result;
    if (args.size() < 3) {
        QTextStream(stderr)
            << "usage: " << args.value(0) << " HOST [PORT] USER\n"
            << "  password from $LETTERTRAY_PASSWORD, extra CA from $LETTERTRAY_CA\n";
        return result;
    }
    result.settings.host = args.at(1);
    result.user = args.last();
    if (args.size() > 3) {
        result.settings.port = quint16(args.at(2).toUInt());
    }
    result.password = qEnvironmentVariable("LETTERTRAY_PASSWORD");
    const QString ca = qEnvironmentVariable("LETTERTRAY_CA");
    if (!ca.isEmpty()) {
        result.settings.caCertificates = QSslCertificate::fromPath(ca);
    }
    result.ok = true;
    return result;
}

// Connects and logs in, then calls ready(); any failure ends the program with status 1.
template<typename Ready>
void connectAndLogin(Imap::Client *client, const Arguments &arguments, Ready ready)
{
    QObject::connect(client, &Imap::Client::errorOccurred, client,
                     [](const Imap::ConnectionError &error) {
                         QTextStream(stderr) << "connection failed: " << error.message << '\n';
                         QCoreApplication::exit(1);
                     });
    QObject::connect(client, &Imap::Client::connected, client, [client, arguments, ready] {
        Imap::Reply *login = client->login(arguments.user, arguments.password);
        QObject::connect(login, &Imap::Reply::finished, client, [login, ready] {
            login->deleteLater();
            if (!login->isOk()) {
                QTextStream(stderr) << "login failed: " << login->errorString() << '\n';
                QCoreApplication::exit(1);
                return;
            }
            ready();
        });
    });
    client->connectToHost(arguments.settings);
}

} // namespace Example
