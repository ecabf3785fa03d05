#pragma once

#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

namespace App {

// What `lettertray` was asked to do on its command line.
struct LaunchOptions
{
    bool minimized = false; // start in the tray without opening any window
    bool checkNow = false;  // check every account right away (also sent to a running instance)
    bool demo = false;      // watch the demo server from LETTERTRAY_DEMO_* instead of real accounts
    bool selfTest = false;  // report tray registration on stdout; quit on "quit" from stdin
    QString language;       // override of the system language, e.g. "de"
};

// Parses the command line. --help and --version are answered before any window system is
// touched, so `lettertray --version` works on a machine without a display (packaging checks).
class CommandLine
{
public:
    // Returns true when argv only asks for --help or --version (or is malformed): the caller
    // then runs handleWithoutGui() under a QCoreApplication and exits.
    static bool needsNoGui(const QStringList &arguments);
    static int handleWithoutGui(const QStringList &arguments);

    // Parses a command line that needs the GUI; an error message when it is invalid.
    static std::optional<LaunchOptions> parse(const QStringList &arguments, QString *error);

    // The command a second launch sends to the running instance for these options.
    static QString commandFor(const LaunchOptions &options);
};

} // namespace App
