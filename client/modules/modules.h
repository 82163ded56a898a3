#pragma once

namespace Ebilim::Client::Modules {

/// Registers every module's screen with Ui::ScreenRegistry (call once at start-up).
void registerClientModules();

} // namespace Ebilim::Client::Modules
