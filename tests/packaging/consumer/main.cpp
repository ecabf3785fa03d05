// Prints the version of the Lettertray IMAP library it was linked against: proof that the
// installed headers, CMake package and shared library fit together.
#include "imap/LibraryInfo.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream(stdout) << Imap::LibraryInfo::userAgentName() << ' ' << Imap::LibraryInfo::version()
                        << '\n';
    return Imap::LibraryInfo::version().isEmpty() ? 1 : 0;
}
