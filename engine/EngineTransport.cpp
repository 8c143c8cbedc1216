// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineTransport.h"

#include "SocketTransport.h"
#include "SshTransport.h"

namespace stagecraft::engine {

EngineTransport::~EngineTransport() = default;

EngineTransport *EngineTransport::create(const EngineEndpoint &endpoint, QObject *parent)
{
    if (!endpoint.isValid())
        return nullptr;
    if (endpoint.kind == EngineEndpoint::Kind::Ssh)
        return new SshTransport(endpoint, parent);
    return new SocketTransport(endpoint, parent);
}

} // namespace stagecraft::engine
