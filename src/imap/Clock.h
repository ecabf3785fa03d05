#pragma once

#include "imap/ImapExport.h"

#include <chrono>

class QObject;

namespace Imap {

class ClockTimer;

// The source of time for every timeout, deadline and renewal in the library. Injectable so
// that tests run long schedules (IDLE renewal after 29 minutes, backoff) in milliseconds.
class LETTERTRAY_IMAP_EXPORT Clock
{
public:
    virtual ~Clock();

    // Monotonic time since an arbitrary origin.
    virtual std::chrono::milliseconds now() const = 0;
    // The timer belongs to parent (Qt ownership) and fires on this clock's time.
    virtual ClockTimer *createTimer(QObject *parent) = 0;

    // The real clock (steady time, QTimer based). Lives as long as the program.
    static Clock *system();
};

} // namespace Imap
