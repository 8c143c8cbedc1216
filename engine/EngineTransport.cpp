// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineTransport.h"

#include "SocketTransport.h"

namespace stagecraft::engine {

EngineTransport::~EngineTransport() = default;

EngineTransport *EngineTransport::create(const EngineEndpoint &endpoint, QObject *parent)
{
    if (!endpoint.isValid())
        return nullptr;
    return new SocketTransport(endpoint, parent);
}

} // namespace stagecraft::engine
