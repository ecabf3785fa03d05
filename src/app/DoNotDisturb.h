#pragma once

#include <QtCore/QDateTime>
#include <QtCore/QObject>
#include <QtCore/QTimer>

namespace App {

// The tray menu's "Do not disturb": notifications are held back until a moment chosen by the
// user, then come back by themselves. The clock is injectable so tests need not wait an hour.
class DoNotDisturb : public QObject
{
    Q_OBJECT

public:
    using Clock = QDateTime (*)();
    explicit DoNotDisturb(QObject *parent = nullptr, Clock clock = &QDateTime::currentDateTime);

    bool isActive() const;
    QDateTime until() const { return m_until; }

    void enableFor(int minutes);
    void enableUntilTomorrow();
    void enableUntil(const QDateTime &until);
    void disable();

    // "Until tomorrow" ends at 08:00 the next morning in local time (the same morning when
    // asked before 05:00).
    static QDateTime tomorrowMorning(const QDateTime &now);

Q_SIGNALS:
    void changed(bool active);

private:
    void expire();

    Clock m_clock;
    QDateTime m_until;
    QTimer m_timer;
};

} // namespace App
