#pragma once

#include <QString>
#include <QTest>

namespace TestSupport {

// Whether a real service a test needs is there, and if not, why.
struct ServiceStatus
{
    QString name; // "Dovecot", "Secret Service (gnome-keyring)", ...
    bool available = false;
    QString reason; // why not, and how to get it
};

// The real services scripts/lib/session.sh starts, checked the way a test would use them.
class ServiceRequirement
{
public:
    // LETTERTRAY_REQUIRE_SERVICES=1 (set by scripts/test and so CI): a missing service is a
    // failure, not a skip, so that CI cannot go green by skipping.
    static bool servicesRequired();

    static ServiceStatus dovecot();            // LETTERTRAY_DOVECOT_* set and the port answers
    static ServiceStatus keyring();            // org.freedesktop.secrets on the session bus
    static ServiceStatus notificationDaemon(); // org.freedesktop.Notifications on the session bus
    static ServiceStatus display();            // an X display on $DISPLAY accepts connections

    // The message for QSKIP / QFAIL.
    static QString message(const ServiceStatus &status);
};

} // namespace TestSupport

// In a test function (or initTestCase): skip when the service is missing, or fail when
// LETTERTRAY_REQUIRE_SERVICES=1. `status` is a TestSupport::ServiceStatus.
#define LETTERTRAY_REQUIRE(status)                                                                 \
    do {                                                                                           \
        const ::TestSupport::ServiceStatus lettertrayStatus_ = (status);                           \
        if (!lettertrayStatus_.available) {                                                        \
            const QByteArray lettertrayMessage_ =                                                  \
                ::TestSupport::ServiceRequirement::message(lettertrayStatus_).toUtf8();            \
            if (::TestSupport::ServiceRequirement::servicesRequired())                             \
                QFAIL(lettertrayMessage_.constData());                                             \
            QSKIP(lettertrayMessage_.constData());                                                 \
        }                                                                                          \
    } while (false)

// The same for any condition, e.g.
//     LETTERTRAY_REQUIRE_SERVICE("a D-Bus session bus", bus.isConnected());
// (`name` is a string literal.)
#define LETTERTRAY_REQUIRE_SERVICE(name, isAvailable)                                              \
    LETTERTRAY_REQUIRE(                                                                            \
        (::TestSupport::ServiceStatus{QStringLiteral(name), bool(isAvailable), QString()}))
