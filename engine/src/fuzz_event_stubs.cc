// SPDX-License-Identifier: BSD-3-Clause
// For fuzz targets that link serialization alone: the Event members that the
// engine's event.cc defines, without the rest of the engine.
#include "sst/core/event.h"

#include <cstdlib>

namespace SST {
void   Event::execute() { std::abort(); }
Event* Event::clone() { std::abort(); }
} // namespace SST
