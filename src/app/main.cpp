#include "app/AppIcon.h"
#include "app/Application.h"
#include "app/CommandLine.h"
#include "app/SingleInstance.h"
#include "app/Translations.h"
#include "notifier/ApplicationIdentity.h"

#include <QtCore/QDateTime>
#include <QtCore/QTextStream>
#include <QtWidgets/QApplication>

#include <cstdio>
#include <memory>

namespace {

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("lettertray"));
    QCoreApplication::setOrganizationName(QStringLiteral("lettertray"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LETTERTRAY_VERSION));
}

QStringList argumentsOf(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    return arguments;
}

// LETTERTRAY_STARTUP_TIMING=1 (scripts/bench, A2): prints when the tray icon is first painted,
// i.e. the tray host has embedded and shown it; the benchmark subtracts its own launch time.
class StartupTiming : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->inherits("QSystemTrayIconSys")) {
            std::fprintf(stderr, "lettertray-startup: tray-icon-painted unix=%.6f\n",
                         double(QDateTime::currentMSecsSinceEpoch()) / 1000.0);
            deleteLater();
        }
        return false;
    }
};

} // namespace

int main(int argc, char *argv[])
{
    const QStringList arguments = argumentsOf(argc, argv);
    if (App::CommandLine::needsNoGui(arguments)) {
        // --help and --version must work without a display (packaging checks, ssh sessions).
        QCoreApplication app(argc, argv);
        setIdentity();
        App::Translations::install(&app, {});
        return App::CommandLine::handleWithoutGui(arguments);
    }

    QApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("LETTERTRAY_STARTUP_TIMING")) {
        app.installEventFilter(new StartupTiming(&app));
    }
    setIdentity();
    QApplication::setApplicationDisplayName(Notifier::ApplicationIdentity::displayName());
    QApplication::setDesktopFileName(Notifier::ApplicationIdentity::applicationId());
    QApplication::setWindowIcon(App::AppIcon::icon());
    QApplication::setQuitOnLastWindowClosed(false);

    QString error;
    const auto options = App::CommandLine::parse(arguments, &error);
    if (!options) {
        QTextStream(stderr) << "lettertray: " << error << '\n';
        return 1;
    }
    // The language (--language, else the one chosen in Settings) is installed by Application,
    // which knows where the settings are; until then Qt's defaults suffice.
    App::Application lettertray(*options);
    QObject::connect(&lettertray, &App::Application::quitRequested, &app, &QApplication::quit,
                     Qt::QueuedConnection);

    // A second launch hands its request to the running instance and leaves; the demo and the
    // self-test run beside a real instance, so they do not take part.
    std::unique_ptr<App::SingleInstance> instance;
    if (options->demo || options->selfTest) {
        lettertray.start();
    } else {
        instance = std::make_unique<App::SingleInstance>(App::SingleInstance::defaultServerName());
        QObject::connect(instance.get(), &App::SingleInstance::becamePrimary, &lettertray,
                         &App::Application::start);
        QObject::connect(instance.get(), &App::SingleInstance::commandReceived, &lettertray,
                         &App::Application::handleCommand);
        QObject::connect(instance.get(), &App::SingleInstance::forwarded, &app,
                         [] { QCoreApplication::exit(0); });
        QObject::connect(instance.get(), &App::SingleInstance::failed, &lettertray,
                         [&lettertray](const QString &reason) {
                             // Better two instances than none: start anyway and say why.
                             QTextStream(stderr)
                                 << "lettertray: single-instance check failed: " << reason << '\n';
                             lettertray.start();
                         });
        instance->start(App::CommandLine::commandFor(*options));
    }
    return app.exec();
}
