// SPDX-License-Identifier: BSD-3-Clause
// What the element API's out-of-line code needs from the running simulation.
#ifndef SST_ENGINE_ENGINE_HOOKS_H
#define SST_ENGINE_ENGINE_HOOKS_H

#include "sst/core/sst_types.h"

namespace SST::Engine {

bool      simulationExists();
/** The current simulated time in core cycles (0 before a simulation runs). */
SimTime_t currentCycle();
/** Ends the process after a fatal error: emergencyShutdown() on every component, then exit(code). */
[[noreturn]] void fatalExit(int code);

} // namespace SST::Engine

#endif
