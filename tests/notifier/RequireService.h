#pragma once

#include <QtCore/QByteArray>
#include <QtTest/QTest>

// A test that needs a real service skips when run by hand without it, but fails when the
// harness promised the services (LETTERTRAY_REQUIRE_SERVICES=1), so that CI cannot go green
// by skipping.
#define LETTERTRAY_REQUIRE_SERVICE(available, what)                                                \
    do {                                                                                           \
        if (!(available)) {                                                                        \
            if (qgetenv("LETTERTRAY_REQUIRE_SERVICES") == QByteArrayLiteral("1"))                  \
                QFAIL("required service missing: " what);                                          \
            QSKIP("service not available (scripts/test starts it): " what);                        \
        }                                                                                          \
    } while (false)
