// SPDX-License-Identifier: BSD-3-Clause
// For fuzz targets that link serialization (and Output) alone: the Event members that the
// engine's event.cc defines and the hooks into a running simulation, without the rest of
// the engine. None of them is reached by decoding bytes.
#include "engine_hooks.h"
#include "sst/core/event.h"

#include <cstdlib>

namespace SST {
void   Event::execute() { std::abort(); }
Event* Event::clone() { std::abort(); }
} // namespace SST

namespace SST::Engine {
bool      simulationExists() { return false; }
SimTime_t currentCycle() { return 0; }
void      fatalExit(int code) { std::exit(code); }
} // namespace SST::Engine
