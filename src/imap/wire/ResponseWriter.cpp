#include "imap/wire/ResponseWriter.h"

namespace Imap::Wire {

QByteArray ResponseWriter::write(const Response &response)
{
    return write(response.value);
}

QByteArray ResponseWriter::write(const Response::Value &value)
{
    Q_UNUSED(value)
    return {};
}

} // namespace Imap::Wire
