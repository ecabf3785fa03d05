#pragma once

#include <QtCore/qglobal.h>

#if defined(LETTERTRAY_IMAP_BUILDING)
#define LETTERTRAY_IMAP_EXPORT Q_DECL_EXPORT
#else
#define LETTERTRAY_IMAP_EXPORT Q_DECL_IMPORT
#endif

// Internal classes that only the tests reach: exported in builds with tests, hidden otherwise.
#if defined(LETTERTRAY_IMAP_AUTOTEST_EXPORTS)
#define LETTERTRAY_IMAP_AUTOTEST_EXPORT LETTERTRAY_IMAP_EXPORT
#else
#define LETTERTRAY_IMAP_AUTOTEST_EXPORT
#endif
