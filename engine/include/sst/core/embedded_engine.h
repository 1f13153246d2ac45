// SPDX-License-Identifier: BSD-3-Clause
// Extensions of the embedded engine that real SST Core does not have.
// Element code uses them only under #if SST_EMBEDDED_ENGINE.
#ifndef SST_CORE_EMBEDDED_ENGINE_H
#define SST_CORE_EMBEDDED_ENGINE_H

namespace SST::Engine {

/** Sets the exit status of `sst` for a run that otherwise ends normally
 *  (statistics are still written). The first nonzero request wins. */
void requestExitCode(int code);

/** Core time of the earliest pending activity (or of --stop-at, if sooner); MAX_SIMTIME_T if none. */
unsigned long long nextActivityTime();

} // namespace SST::Engine

#endif
