#include "support/TestCertificates.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>

namespace TestSupport {

namespace {

struct Generated
{
    std::unique_ptr<QTemporaryDir> dir;
    QString error;
    QSslCertificate ca;
    QString caPath;
    TestIdentity server;
    TestIdentity otherServer;
    TestIdentity selfSigned;
};

bool runOpenssl(const QStringList &arguments, QString *error)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForStarted(10000)) {
        *error = QStringLiteral("cannot run openssl (apt-get install openssl): %1")
                     .arg(process.errorString());
        return false;
    }
    process.waitForFinished(30000);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error =
            QStringLiteral("openssl %1 failed: %2")
                .arg(arguments.join(QLatin1Char(' ')), QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    return true;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

TestIdentity loadIdentity(const QString &certificatePath, const QString &keyPath)
{
    TestIdentity identity;
    identity.certificatePath = certificatePath;
    identity.keyPath = keyPath;
    QFile certificate(certificatePath);
    QFile key(keyPath);
    if (certificate.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly)) {
        identity.certificate = QSslCertificate(certificate.readAll(), QSsl::Pem);
        identity.privateKey = QSslKey(key.readAll(), QSsl::Ec, QSsl::Pem);
    }
    return identity;
}

// A leaf for 127.0.0.1/localhost; signed by the CA, or self-signed when caPrefix is empty.
bool makeLeaf(const QDir &dir, const QString &name, const QString &caPrefix, QString *error)
{
    const QString key = dir.filePath(name + QStringLiteral(".key"));
    const QString pem = dir.filePath(name + QStringLiteral(".pem"));
    const QString ext = dir.filePath(name + QStringLiteral(".ext"));
    const QByteArray extensions = "basicConstraints=CA:FALSE\n"
                                  "keyUsage=digitalSignature,keyEncipherment\n"
                                  "extendedKeyUsage=serverAuth\n"
                                  "subjectAltName=IP:127.0.0.1,DNS:localhost\n";
    if (!writeFile(ext, extensions)) {
        *error = QStringLiteral("cannot write %1").arg(ext);
        return false;
    }
    const QString subject = QStringLiteral("/CN=localhost/O=Lettertray test %1").arg(name);
    if (caPrefix.isEmpty()) {
        return runOpenssl({QStringLiteral("req"), QStringLiteral("-x509"),
                           QStringLiteral("-newkey"), QStringLiteral("ec"),
                           QStringLiteral("-pkeyopt"),
                           QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                           QStringLiteral("-days"), QStringLiteral("3650"), QStringLiteral("-subj"),
                           subject, QStringLiteral("-keyout"), key, QStringLiteral("-out"), pem,
                           QStringLiteral("-extensions"), QStringLiteral("v3_leaf"),
                           QStringLiteral("-config"), dir.filePath(QStringLiteral("leaf.cnf"))},
                          error);
    }
    const QString csr = dir.filePath(name + QStringLiteral(".csr"));
    return runOpenssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                       QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                       QStringLiteral("-nodes"), QStringLiteral("-subj"), subject,
                       QStringLiteral("-keyout"), key, QStringLiteral("-out"), csr},
                      error) &&
           runOpenssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr,
                       QStringLiteral("-CA"), caPrefix + QStringLiteral(".pem"),
                       QStringLiteral("-CAkey"), caPrefix + QStringLiteral(".key"),
                       QStringLiteral("-CAcreateserial"), QStringLiteral("-days"),
                       QStringLiteral("3650"), QStringLiteral("-extfile"), ext,
                       QStringLiteral("-out"), pem},
                      error);
}

Generated generate()
{
    Generated g;
    g.dir = std::make_unique<QTemporaryDir>();
    if (!g.dir->isValid()) {
        g.error = QStringLiteral("cannot create a temporary directory");
        return g;
    }
    const QDir dir(g.dir->path());
    // For the self-signed leaf, `req -x509` takes its extensions from a config section.
    const QByteArray leafConfig = "[req]\ndistinguished_name=dn\n[dn]\n[v3_leaf]\n"
                                  "basicConstraints=CA:FALSE\n"
                                  "keyUsage=digitalSignature,keyEncipherment\n"
                                  "extendedKeyUsage=serverAuth\n"
                                  "subjectAltName=IP:127.0.0.1,DNS:localhost\n";
    writeFile(dir.filePath(QStringLiteral("leaf.cnf")), leafConfig);

    const QString caPrefix = dir.filePath(QStringLiteral("ca"));
    QString error;
    const bool ok =
        runOpenssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                    QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                    QStringLiteral("-days"), QStringLiteral("3650"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=Lettertray scripted server test CA"),
                    QStringLiteral("-keyout"), caPrefix + QStringLiteral(".key"),
                    QStringLiteral("-out"), caPrefix + QStringLiteral(".pem"),
                    QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                    QStringLiteral("-addext"),
                    QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
                   &error) &&
        makeLeaf(dir, QStringLiteral("server"), caPrefix, &error) &&
        makeLeaf(dir, QStringLiteral("other"), caPrefix, &error) &&
        makeLeaf(dir, QStringLiteral("selfsigned"), QString(), &error);
    if (!ok) {
        g.error = error;
        return g;
    }
    g.caPath = caPrefix + QStringLiteral(".pem");
    const auto cas = QSslCertificate::fromPath(g.caPath);
    if (!cas.isEmpty())
        g.ca = cas.first();
    const auto load = [&dir](const QString &name) {
        return loadIdentity(dir.filePath(name + QStringLiteral(".pem")),
                            dir.filePath(name + QStringLiteral(".key")));
    };
    g.server = load(QStringLiteral("server"));
    g.otherServer = load(QStringLiteral("other"));
    g.selfSigned = load(QStringLiteral("selfsigned"));
    if (g.ca.isNull() || !g.server.isValid() || !g.otherServer.isValid() || !g.selfSigned.isValid())
        g.error =
            QStringLiteral("openssl wrote certificates Qt cannot load (in %1)").arg(dir.path());
    return g;
}

const Generated &generated()
{
    static const Generated instance = generate();
    return instance;
}

} // namespace

bool TestCertificates::available()
{
    return generated().error.isEmpty();
}

QString TestCertificates::errorString()
{
    return generated().error;
}

QSslCertificate TestCertificates::ca()
{
    return generated().ca;
}

QString TestCertificates::caPath()
{
    return generated().caPath;
}

TestIdentity TestCertificates::server()
{
    return generated().server;
}

TestIdentity TestCertificates::otherServer()
{
    return generated().otherServer;
}

TestIdentity TestCertificates::selfSigned()
{
    return generated().selfSigned;
}

} // namespace TestSupport
