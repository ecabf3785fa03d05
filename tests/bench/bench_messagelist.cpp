// A3 of scripts/bench: 100,000 messages into the app's message list and the window shown.
//
//   bench-messagelist [count]
//
// Fills a Notifier::MessageListModel with <count> summaries in one upsert (as the monitor hands
// over a folder's first sync), gives it to the app's MessageListWindow, shows the window and
// waits for the list view's first paint. Prints fill_ms (upsert), show_ms (setModel + show to
// the first paint) and total_ms. Needs a display (scripts/lib/session.sh gives it Xvfb).
#include "app/MessageListWindow.h"
#include "notifier/MessageListModel.h"
#include "notifier/MessageSummary.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QTimer>
#include <QtWidgets/QApplication>
#include <QtWidgets/QTreeView>

#include <cstdio>

namespace {

// Sets `painted` at the first paint of the watched widget (the view's viewport).
class PaintWatch : public QObject
{
public:
    bool painted = false;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return false;
    }
};

QList<Notifier::MessageSummary> summaries(int count)
{
    static const char *const names[] = {"Anna Schmidt",  "Bernd Dubois", "Chloé O'Neill",
                                        "Dmitri Tanaka", "Eva García",   "François Novak"};
    static const char *const words[] = {"release", "meeting", "invoice", "update", "build",
                                        "report",  "weekly",  "review",  "patch",  "question"};
    QList<Notifier::MessageSummary> list;
    list.reserve(count);
    const QDateTime base = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    for (int i = 0; i < count; ++i) {
        Notifier::MessageSummary summary;
        summary.key = {{QStringLiteral("bench"), QStringLiteral("INBOX")}, quint32(i + 1)};
        summary.accountName = QStringLiteral("Bench");
        summary.from = QString::fromUtf8(names[i % 6]);
        summary.fromAddress = QStringLiteral("sender%1@example.org").arg(i % 97);
        summary.subject =
            QStringLiteral("%1 %2 %3")
                .arg(QLatin1String(words[i % 10]), QLatin1String(words[(i / 10) % 10]))
                .arg(i);
        summary.preview = QStringLiteral("Hello, this is message %1 of the benchmark.").arg(i);
        summary.date = base.addSecs(qint64(i) * 37);
        summary.size = 2000 + i % 5000;
        summary.seen = i % 5 != 0;
        list.append(summary);
    }
    return list;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    const QList<Notifier::MessageSummary> input =
        summaries(count); // not measured: the network's part

    QElapsedTimer total;
    total.start();
    Notifier::MessageListModel model;
    model.upsert(input);
    const double fillMs = double(total.nsecsElapsed()) / 1e6;

    App::MessageListWindow window;
    PaintWatch watch;
    window.view()->viewport()->installEventFilter(&watch);
    window.setModel(&model);
    window.raiseToFront();
    while (!watch.painted && total.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    const double totalMs = double(total.nsecsElapsed()) / 1e6;
    if (!watch.painted) {
        std::fprintf(stderr, "bench-messagelist: the list was never painted\n");
        return 2;
    }
    std::printf("rows=%d fill_ms=%.1f show_ms=%.1f total_ms=%.1f phase_cpu=0 phase_wall=%.4f\n",
                model.rowCount(), fillMs, totalMs - fillMs, totalMs, totalMs / 1000);
    return 0;
}
