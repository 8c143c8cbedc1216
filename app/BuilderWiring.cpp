// SPDX-License-Identifier: GPL-3.0-or-later
#include "BuilderWiring.h"

#include "app/DiagnosticsPanel.h"
#include "app/DocumentController.h"
#include "app/EngineConnection.h"
#include "engine/BuildKitFrontend.h"
#include "views/panels/BuildPanel.h"

namespace stagecraft::app {

BuilderWiring::BuilderWiring(EngineConnection *connection, DocumentController *controller,
                             views::BuildPanel *build, DiagnosticsPanel *diagnostics,
                             QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_controller(controller)
    , m_build(build)
    , m_diagnostics(diagnostics)
{
    connect(build, &views::BuildPanel::builderChosen, connection, &EngineConnection::setBuilder);
    // changed() follows a new builder, a new engine (Preferences) and every check's result.
    connect(connection, &EngineConnection::changed, this, &BuilderWiring::update);
    connect(controller, &DocumentController::analysisChanged, this, &BuilderWiring::update);
    update();
}

void BuilderWiring::update()
{
    m_build->setBuilder(m_connection->engineSettings().builder);
    std::vector<engine::FrontendLimit> limits;
    const std::shared_ptr<const model::Analysis> &analysis = m_controller->analysis();
    // Only an engine that answered says which builder a build gets and which frontend it has.
    if (analysis && analysis->tree() && m_connection->state() == EngineConnection::State::Connected
        && m_connection->builderInUse() == engine::Builder::BuildKit)
        limits = engine::builtinFrontendLimits(*analysis->tree(), m_connection->serverVersion());
    m_diagnostics->setFrontendLimits(limits);
}

} // namespace stagecraft::app
