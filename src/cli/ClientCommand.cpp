#include "cli/ClientCommand.h"

#include "cli/ResponseJson.h"
#include "imap/AppendReply.h"
#include "imap/CapabilityReply.h"
#include "imap/FetchReply.h"
#include "imap/IdleReply.h"
#include "imap/ListReply.h"
#include "imap/RawReply.h"
#include "imap/SearchReply.h"
#include "imap/SelectReply.h"
#include "imap/StatusReply.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLoggingCategory>
#include <QtCore/QTextStream>
#include <QtCore/QTimer>

#include <cstdio>

namespace Cli {

namespace {

using Imap::Reply;
using Imap::Wire::CommandArgument;

const QStringList kCommands = {
    QStringLiteral("capability"), QStringLiteral("login"),     QStringLiteral("list"),
    QStringLiteral("select"),     QStringLiteral("examine"),   QStringLiteral("status"),
    QStringLiteral("fetch"),      QStringLiteral("uid-fetch"), QStringLiteral("search"),
    QStringLiteral("append"),     QStringLiteral("idle"),      QStringLiteral("raw"),
};

void printLine(const QJsonObject &object)
{
    const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}

void printError(const QString &message)
{
    QTextStream(stderr) << "lettertray-imap: " << message << '\n';
}

// "(FLAGS BODY.PEEK[HEADER.FIELDS (FROM)])" or "FLAGS UID" -> items, parentheses kept inside
// brackets so that section specifications stay whole.
QByteArrayList splitItems(const QString &text)
{
    QByteArray bytes = text.trimmed().toUtf8();
    if (bytes.startsWith('(') && bytes.endsWith(')')) {
        bytes = bytes.mid(1, bytes.size() - 2);
    }
    QByteArrayList items;
    QByteArray current;
    int depth = 0;
    for (char c : std::as_const(bytes)) {
        if (c == '[' || c == '(') {
            ++depth;
        } else if ((c == ']' || c == ')') && depth > 0) {
            --depth;
        }
        if (c == ' ' && depth == 0) {
            if (!current.isEmpty()) {
                items.append(current);
            }
            current.clear();
        } else {
            current.append(c);
        }
    }
    if (!current.isEmpty()) {
        items.append(current);
    }
    return items;
}

CommandArgument searchWord(const QString &word)
{
    const QByteArray bytes = word.toUtf8();
    if (CommandArgument::isAtom(bytes)) {
        return CommandArgument::atom(bytes);
    }
    bool sequence = !bytes.isEmpty();
    for (char c : bytes) {
        sequence = sequence && (std::isdigit(static_cast<unsigned char>(c)) || c == ':' ||
                                c == '*' || c == ',');
    }
    return sequence ? CommandArgument::token(bytes) : CommandArgument::string(QStringView(word));
}

QString statusWord(Reply::Status status)
{
    switch (status) {
    case Reply::Status::Ok:
        return QStringLiteral("OK");
    case Reply::Status::No:
        return QStringLiteral("NO");
    case Reply::Status::Bad:
        return QStringLiteral("BAD");
    default:
        return Reply::statusName(status);
    }
}

} // namespace

void ClientCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("host"), QStringLiteral("Server host name."), QStringLiteral("H"),
         QStringLiteral("localhost")},
        {QStringLiteral("port"),
         QStringLiteral("Server port (default 993 for tls, 143 otherwise)."), QStringLiteral("P")},
        {QStringLiteral("security"), QStringLiteral("tls (default), starttls or plain."),
         QStringLiteral("MODE"), QStringLiteral("tls")},
        {QStringLiteral("ca-file"), QStringLiteral("Trust the CA certificates in this PEM file."),
         QStringLiteral("PEM")},
        {QStringLiteral("pin"), QStringLiteral("Trust exactly the certificate with this SHA-256."),
         QStringLiteral("SHA256")},
        {QStringLiteral("user"), QStringLiteral("User name to log in with."), QStringLiteral("U")},
        {QStringLiteral("password-stdin"),
         QStringLiteral("Read the password (or token) from the first line of stdin.")},
        {QStringLiteral("password-env"),
         QStringLiteral("Read the password (or token) from this environment variable."),
         QStringLiteral("VAR")},
        {QStringLiteral("auth"),
         QStringLiteral("AUTHENTICATE with this SASL mechanism instead of LOGIN."),
         QStringLiteral("MECHANISM")},
        {QStringLiteral("trace"),
         QStringLiteral("Print the conversation to stderr (secrets redacted).")},
        {QStringLiteral("compress"),
         QStringLiteral("After login, compress the session (COMPRESS=DEFLATE) when the server "
                        "offers it.")},
        {QStringLiteral("count"), QStringLiteral("idle: exit after N pushes."),
         QStringLiteral("N")},
        {QStringLiteral("timeout"), QStringLiteral("idle: exit after S seconds."),
         QStringLiteral("S")},
    });
}

bool ClientCommand::handles(const QString &command)
{
    return kCommands.contains(command);
}

int ClientCommand::run(const QCommandLineParser &parser, const QStringList &arguments)
{
    ClientCommand command(parser, arguments);
    return command.exec();
}

ClientCommand::ClientCommand(const QCommandLineParser &parser, const QStringList &arguments)
    : m_parser(parser)
    , m_arguments(arguments.mid(1))
    , m_command(arguments.first())
{}

bool ClientCommand::readPassword()
{
    if (m_parser.isSet(QStringLiteral("password-stdin"))) {
        QTextStream in(stdin);
        m_password = in.readLine();
        return true;
    }
    if (m_parser.isSet(QStringLiteral("password-env"))) {
        const QByteArray name = m_parser.value(QStringLiteral("password-env")).toLocal8Bit();
        if (!qEnvironmentVariableIsSet(name.constData())) {
            printError(QStringLiteral("environment variable %1 is not set")
                           .arg(QString::fromLocal8Bit(name)));
            return false;
        }
        m_password = qEnvironmentVariable(name.constData());
        return true;
    }
    return true;
}

int ClientCommand::exec()
{
    const int minimum =
        (m_command == QLatin1String("capability") || m_command == QLatin1String("login") ||
         m_command == QLatin1String("list"))
            ? 0
        : (m_command == QLatin1String("status") || m_command == QLatin1String("append") ||
           m_command == QLatin1String("search"))
            ? 2
        : (m_command == QLatin1String("fetch") || m_command == QLatin1String("uid-fetch")) ? 3
                                                                                           : 1;
    if (m_arguments.size() < minimum) {
        printError(
            QStringLiteral("%1 needs %2 argument(s); see --help").arg(m_command).arg(minimum));
        return 2;
    }
    if (!readPassword()) {
        return 2;
    }
    Imap::ConnectionSettings settings;
    settings.host = m_parser.value(QStringLiteral("host"));
    settings.port = quint16(m_parser.value(QStringLiteral("port")).toUInt());
    const QString security = m_parser.value(QStringLiteral("security"));
    if (security == QLatin1String("tls")) {
        settings.security = Imap::ConnectionSettings::Security::ImplicitTls;
    } else if (security == QLatin1String("starttls")) {
        settings.security = Imap::ConnectionSettings::Security::StartTls;
    } else if (security == QLatin1String("plain")) {
        // Choosing plain on the command line is the explicit opt-in to cleartext passwords.
        settings.security = Imap::ConnectionSettings::Security::Plaintext;
        settings.allowCleartextPasswords = true;
    } else {
        printError(QStringLiteral("--security must be tls, starttls or plain"));
        return 2;
    }
    if (m_parser.isSet(QStringLiteral("ca-file"))) {
        settings.caCertificates =
            QSslCertificate::fromPath(m_parser.value(QStringLiteral("ca-file")));
        if (settings.caCertificates.isEmpty()) {
            printError(QStringLiteral("no certificate in %1")
                           .arg(m_parser.value(QStringLiteral("ca-file"))));
            return 2;
        }
    }
    if (m_parser.isSet(QStringLiteral("pin"))) {
        settings.pinnedSha256 =
            Imap::ConnectionSettings::parseFingerprint(m_parser.value(QStringLiteral("pin")));
        if (settings.pinnedSha256.isEmpty()) {
            printError(QStringLiteral("--pin needs a SHA-256 fingerprint (64 hex digits)"));
            return 2;
        }
    }
    if (!m_parser.isSet(QStringLiteral("trace"))) {
        // Errors reach the user as one line each; the library's log would repeat them.
        // QT_LOGGING_RULES still overrides this, the Qt way.
        QLoggingCategory::setFilterRules(QStringLiteral("lettertray.imap.*.warning=false"));
    } else {
        m_client.setTraceEnabled(true);
        connect(&m_client, &Imap::Client::traceSent, this, [](const QByteArray &line) {
            std::fwrite("C: ", 1, 3, stderr);
            std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
        });
        connect(&m_client, &Imap::Client::traceReceived, this, [](const QByteArray &bytes) {
            std::fwrite("S: ", 1, 3, stderr);
            std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
        });
    }
    connect(&m_client, &Imap::Client::responseReceived, this,
            [this](const Imap::Wire::Response &response) {
                if (m_printResponses) {
                    printLine(ResponseJson::toJson(response));
                }
            });
    connect(&m_client, &Imap::Client::errorOccurred, this,
            [this](const Imap::ConnectionError &error) {
                if (m_exitStatus >= 0) {
                    return;
                }
                QString message = error.message;
                if (!error.leafSha256.isEmpty()) {
                    message += QStringLiteral("\nto trust this certificate: --pin ") +
                               error.leafFingerprint();
                }
                failLocal(message);
            });
    connect(&m_client, &Imap::Client::connected, this, &ClientCommand::start);
    m_client.connectToHost(settings);
    if (m_exitStatus >= 0) {
        return m_exitStatus;
    }
    return QCoreApplication::exec();
}

void ClientCommand::start()
{
    const QString user = m_parser.value(QStringLiteral("user"));
    if (user.isEmpty() || m_client.state() == Imap::Client::State::Authenticated) {
        afterLogin();
        return;
    }
    Reply *login = m_parser.isSet(QStringLiteral("auth"))
                       ? m_client.authenticate(user, m_password,
                                               m_parser.value(QStringLiteral("auth")).toLatin1())
                       : m_client.login(user, m_password);
    connect(login, &Reply::finished, this, [this, login] {
        login->deleteLater();
        if (!login->isOk()) {
            if (m_command == QLatin1String("login")) {
                m_printResponses = true;
            }
            finishWith(login);
            return;
        }
        afterLogin();
    });
}

void ClientCommand::afterLogin()
{
    // Compression saves bandwidth and changes nothing else: without the capability (or before
    // login, where COMPRESS is not allowed) the command simply runs uncompressed.
    if (!m_parser.isSet(QStringLiteral("compress")) ||
        m_client.state() == Imap::Client::State::NotAuthenticated ||
        !m_client.hasCapability("COMPRESS=DEFLATE")) {
        runCommand();
        return;
    }
    Reply *compress = m_client.compress();
    connect(compress, &Reply::finished, this, [this, compress] {
        compress->deleteLater();
        if (!compress->isOk()) {
            finishWith(compress);
            return;
        }
        runCommand();
    });
}

void ClientCommand::runCommand()
{
    m_printResponses = true;
    const QStringList &a = m_arguments;
    auto finishOn = [this](Reply *reply) {
        connect(reply, &Reply::finished, this, [this, reply] { finishWith(reply); });
    };
    // Opens the mailbox first (read-only where the command only reads), then runs `next`.
    auto inMailbox = [this](bool readOnly, std::function<void()> next) {
        Imap::SelectReply *select =
            readOnly ? m_client.examine(m_arguments.first()) : m_client.select(m_arguments.first());
        connect(select, &Reply::finished, this, [this, select, next] {
            if (select->isOk()) {
                next();
            } else {
                finishWith(select);
            }
        });
    };

    if (m_command == QLatin1String("capability")) {
        finishOn(m_client.capability());
    } else if (m_command == QLatin1String("login")) {
        finishOn(m_client.noop());
    } else if (m_command == QLatin1String("list")) {
        finishOn(m_client.list(a.value(0), a.size() > 1 ? a.at(1) : QStringLiteral("*")));
    } else if (m_command == QLatin1String("select")) {
        finishOn(m_client.select(a.first()));
    } else if (m_command == QLatin1String("examine")) {
        finishOn(m_client.examine(a.first()));
    } else if (m_command == QLatin1String("status")) {
        finishOn(m_client.status(a.first(), splitItems(a.mid(1).join(QLatin1Char(' ')))));
    } else if (m_command == QLatin1String("fetch") || m_command == QLatin1String("uid-fetch")) {
        QString error;
        const auto set = Imap::Wire::SequenceSet::parse(a.at(1).toLatin1(), &error);
        if (!set) {
            failLocal(QStringLiteral("bad sequence set: ") + error);
            return;
        }
        const QByteArrayList items = splitItems(a.mid(2).join(QLatin1Char(' ')));
        const bool uid = m_command == QLatin1String("uid-fetch");
        inMailbox(true, [this, set = *set, items, uid, finishOn] {
            finishOn(uid ? m_client.uidFetch(set, items) : m_client.fetch(set, items));
        });
    } else if (m_command == QLatin1String("search")) {
        QList<CommandArgument> criteria;
        for (const QString &word : a.mid(1)) {
            criteria.append(searchWord(word));
        }
        inMailbox(true, [this, criteria, finishOn] { finishOn(m_client.search(criteria)); });
    } else if (m_command == QLatin1String("append")) {
        QFile file(a.at(1));
        if (!file.open(QIODevice::ReadOnly)) {
            failLocal(QStringLiteral("cannot read %1: %2").arg(a.at(1), file.errorString()));
            return;
        }
        finishOn(m_client.append(a.first(), file.readAll(),
                                 splitItems(a.mid(2).join(QLatin1Char(' ')))));
    } else if (m_command == QLatin1String("idle")) {
        const int count = m_parser.value(QStringLiteral("count")).toInt();
        const int seconds = m_parser.value(QStringLiteral("timeout")).toInt();
        inMailbox(false, [this, count, seconds, finishOn] {
            Imap::IdleReply *idle = m_client.idle();
            finishOn(idle);
            connect(idle, &Imap::IdleReply::pushReceived, this, [this, idle, count] {
                if (count > 0 && ++m_pushes >= count) {
                    idle->stop();
                }
            });
            if (seconds > 0) {
                QTimer::singleShot(seconds * 1000, idle, &Imap::IdleReply::stop);
            }
        });
    } else if (m_command == QLatin1String("raw")) {
        // Every line is issued at once; the scheduler pipelines what may be pipelined.
        auto remaining = std::make_shared<int>(int(a.size()));
        auto worst = std::make_shared<Reply *>(nullptr);
        for (const QString &line : a) {
            Imap::RawReply *reply = m_client.raw(line.toUtf8());
            connect(reply, &Reply::finished, this, [this, reply, remaining, worst] {
                if (!*worst || int(reply->status()) > int((*worst)->status())) {
                    *worst = reply;
                }
                if (--*remaining == 0) {
                    finishWith(*worst);
                }
            });
        }
    }
}

void ClientCommand::finishWith(Reply *reply)
{
    if (m_exitStatus >= 0) {
        return;
    }
    QJsonObject summary{{QStringLiteral("kind"), QStringLiteral("summary")},
                        {QStringLiteral("command"), m_command},
                        {QStringLiteral("status"), statusWord(reply->status())},
                        {QStringLiteral("text"), reply->text()}};
    if (reply->responseCode().kind != Imap::Wire::ResponseCode::Kind::None) {
        summary.insert(QStringLiteral("code"), QString::fromLatin1(reply->responseCode().name));
    }
    if (auto *append = qobject_cast<Imap::AppendReply *>(reply); append && append->uid()) {
        summary.insert(QStringLiteral("uid"), qint64(append->uid()));
        summary.insert(QStringLiteral("uidValidity"), qint64(append->uidValidity()));
    }
    m_printResponses = false;
    printLine(summary);
    const int status = reply->isOk() ? 0 : reply->isLocalError() ? 2 : 1;
    if (status != 0) {
        printError(reply->errorString());
    }
    m_exitStatus = status;
    if (m_client.state() == Imap::Client::State::Disconnected) {
        done(status);
        return;
    }
    Reply *logout = m_client.logout();
    connect(logout, &Reply::finished, this, [this, status] { done(status); });
}

void ClientCommand::failLocal(const QString &message)
{
    if (m_exitStatus >= 0) {
        return;
    }
    printError(message);
    m_exitStatus = 2;
    done(2);
}

void ClientCommand::done(int status)
{
    m_exitStatus = status;
    QMetaObject::invokeMethod(
        QCoreApplication::instance(), [status] { QCoreApplication::exit(status); },
        Qt::QueuedConnection);
}

} // namespace Cli
