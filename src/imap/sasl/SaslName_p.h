#pragma once

// Private to the library (not installed): shared by the mechanisms that send a user name in a
// GS2/SCRAM attribute list.

#include <QtCore/QByteArray>
#include <QtCore/QByteArrayView>

namespace Imap::Sasl {

// saslname (RFC 5802 §5.1, also RFC 7628 via RFC 5801): ',' and '=' separate and introduce
// attributes, so they are written =2C and =3D; every other byte is kept.
inline QByteArray escapeSaslName(QByteArrayView name)
{
    QByteArray out;
    out.reserve(name.size());
    for (const char c : name) {
        if (c == ',')
            out.append("=2C");
        else if (c == '=')
            out.append("=3D");
        else
            out.append(c);
    }
    return out;
}

} // namespace Imap::Sasl
