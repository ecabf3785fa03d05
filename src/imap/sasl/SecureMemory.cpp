#include "imap/sasl/SecureMemory.h"

namespace Imap::Sasl {

namespace {

void zero(void *data, size_t size)
{
    // A volatile pointer keeps the compiler from removing stores to memory about to be freed.
    volatile unsigned char *p = static_cast<volatile unsigned char *>(data);
    while (size--)
        *p++ = 0;
}

} // namespace

void SecureMemory::wipe(QByteArray &bytes)
{
    if (bytes.isDetached() && !bytes.isEmpty())
        zero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

void SecureMemory::wipe(QString &text)
{
    if (text.isDetached() && !text.isEmpty())
        zero(text.data(), size_t(text.size()) * sizeof(QChar));
    text.clear();
}

bool SecureMemory::equalConstantTime(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= uchar(a.at(i)) ^ uchar(b.at(i));
    return diff == 0;
}

} // namespace Imap::Sasl
