#pragma once

#include "imap/ImapExport.h"

#include <QtCore/QObject>

#include <chrono>

namespace Imap {

// A single-shot timer that runs on a Clock's time. The library never uses QTimer directly so
// that a test can drive a 29-minute schedule by advancing a FakeClock.
class LETTERTRAY_IMAP_EXPORT ClockTimer : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~ClockTimer() override;

    // (Re)starts the timer; a running timer is restarted from now.
    virtual void start(std::chrono::milliseconds interval) = 0;
    virtual void stop() = 0;
    virtual bool isActive() const = 0;

Q_SIGNALS:
    void timeout();
};

} // namespace Imap
