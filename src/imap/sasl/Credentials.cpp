#include "imap/sasl/Credentials.h"

#include "imap/sasl/SecureMemory.h"

namespace Imap::Sasl {

Credentials::~Credentials()
{
    SecureMemory::wipe(password);
    SecureMemory::wipe(accessToken);
}

} // namespace Imap::Sasl
