#pragma once

#include <QtGui/QIcon>

namespace App {

// The application icon: the installed theme icon when there is one (so a theme may restyle
// it), otherwise the SVG compiled into the program.
struct AppIcon
{
    static QIcon icon();
};

} // namespace App
