// SPDX-License-Identifier: BSD-3-Clause
// How our elements end a simulation on an error, and how they set sst's exit status,
// the same way on every engine.
#ifndef ELEMENTS_COMMON_ELEMENT_ERROR_H
#define ELEMENTS_COMMON_ELEMENT_ERROR_H

#include <sst/core/sst_config.h>

#include <sst/core/output.h>

#if SST_EMBEDDED_ENGINE
#include <sst/core/embedded_engine.h>
#endif

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <string>
#include <unistd.h>

namespace acalsim {

/** "FATAL: NAME: MESSAGE" on stderr, then the engine's fatal shutdown (every component's
 *  emergencyShutdown(), exit with `exit_code`). An Output of our own keeps that first line the
 *  same on every engine: SST Core's getSimulationOutput() adds "# SST Core: " to it. */
[[noreturn]] inline void fatalError(const std::string& component, const std::string& message, int exit_code = 1)
{
    SST::Output out("", 0, 0, SST::Output::STDERR);
    out.fatal(CALL_INFO, exit_code, "%s: %s\n", component.c_str(), message.c_str());
}

/** Makes sst exit with `code` (the first nonzero one asked for) after a run that otherwise ends
 *  normally, statistics written. The embedded engine has a call for it. SST Core 16 returns 0
 *  from main whatever happened, so there the process's normal exit, which comes after SST has
 *  written its statistics and finalized MPI, is turned into _exit(code) by an atexit handler. */
inline void requestExitStatus(int code)
{
    if ( code == 0 ) return;
#if SST_EMBEDDED_ENGINE
    SST::Engine::requestExitCode(code);
#else
    static std::atomic<int> status{ 0 };
    int                     none = 0;
    status.compare_exchange_strong(none, code);
    static std::once_flag registered;
    std::call_once(registered, [] {
        std::atexit([] {
            std::fflush(nullptr);
            ::_exit(status.load());
        });
    });
#endif
}

} // namespace acalsim

#endif
