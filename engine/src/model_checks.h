// SPDX-License-Identifier: BSD-3-Clause
// What is checked of a configuration before any component is built: SST Core's structural
// checks (dangling and unused links, unknown ports, a port on two links), and the embedded
// engine's own, which SST Core finds later or not at all: unknown libraries and elements, and
// latencies that are not times or are negative. Each is one FATAL line naming the component or
// link, and exit status 1.
#ifndef SST_ENGINE_MODEL_CHECKS_H
#define SST_ENGINE_MODEL_CHECKS_H

#include "config_model.h"

namespace SST::Engine {

void checkModel(ConfigModel& model);

} // namespace SST::Engine

#endif
