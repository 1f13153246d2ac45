// SPDX-License-Identifier: BSD-3-Clause
// `sst CONFIG.py [-- ARGS]`: runs a Python configuration on the embedded engine.
#include "config_graph.h"
#include "element_registry.h"
#include "model_options.h"
#include "python_config.h"
#include "search_path.h"
#include "simulation.h"

#include <csignal>
#include <cstdio>
#include <cstring>
#include <sys/resource.h>

using namespace SST::Engine;

namespace {

const char* const kUsage =
    "Usage: sst [OPTIONS] CONFIG.py [-- ARGS...]\n"
    "Runs an SST Python configuration on the embedded engine. ARGS become the\n"
    "configuration's sys.argv[1:]. Command-line options override setProgramOption().\n"
    "\n"
    "  --stop-at TIME           end the simulation at TIME (e.g. 10us)\n"
    "  --timebase TIME          core time base (default 1ps)\n"
    "  --heartbeat-period TIME  print progress every TIME of simulated time\n"
    "  -v, --verbose            more engine output (repeatable)\n"
    "  --print-timing-info      print wall-clock timing and event rate at the end\n"
    "  --serialize-events       serialize and rebuild every event sent, as crossing an MPI\n"
    "                           rank would (finds fields missing from serialize_order)\n"
    "  --add-lib-path DIR       also search DIR for element libraries (repeatable)\n"
    "  --lib-path DIRS          element search path (colon-separated), replacing the default\n"
    "  --model-options ARGS     space-separated arguments for the configuration\n"
    "  -n, --num-threads N      only 1: the embedded engine is single-threaded\n"
    "  -V, --version            print the version\n"
    "  -h, --help               print this help\n"
    "Environment: SST_LIB_PATH (colon-separated element directories).\n";

[[noreturn]] void usageError(const std::string& msg)
{
    std::fprintf(stderr, "sst: error: %s\n(see sst --help)\n", msg.c_str());
    std::exit(1);
}

void onSignal(int sig) { g_stop_signal = sig; }

} // namespace

int main(int argc, char** argv)
{
    RunOptions                 cli;
    std::set<std::string>      on_cli;
    std::optional<std::string> lib_path;
    std::vector<std::string>   added_dirs;
    std::string                model_options; // as SST Core collects them (model_options.h)
    std::string                config;

    for ( int i = 1; i < argc; ++i ) {
        std::string arg = argv[i], value;
        bool        has_inline = false;
        if ( arg.rfind("--", 0) == 0 && arg.find('=') != std::string::npos ) {
            value      = arg.substr(arg.find('=') + 1);
            arg        = arg.substr(0, arg.find('='));
            has_inline = true;
        }
        auto next = [&]() -> std::string {
            if ( has_inline ) return value;
            if ( i + 1 >= argc ) usageError("option " + arg + " needs a value");
            return argv[++i];
        };
        if ( arg == "--" ) {
            for ( ++i; i < argc; ++i )
                appendModelOption(model_options, argv[i]);
            break;
        }
        else if ( arg == "-h" || arg == "--help" ) {
            std::fputs(kUsage, stdout);
            return 0;
        }
        else if ( arg == "-V" || arg == "--version" ) {
            std::printf("SST-compatible embedded engine (SST Core %d.%d element API)\n", 16, 0);
            return 0;
        }
        else if ( arg == "--stop-at" ) {
            cli.stop_at = next();
            on_cli.insert("stop-at");
        }
        else if ( arg == "--timebase" ) {
            cli.timebase = next();
            on_cli.insert("timebase");
        }
        else if ( arg == "--heartbeat-period" || arg == "--heartbeat-sim-period" ) {
            cli.heartbeat_period = next();
            on_cli.insert("heartbeat-period");
        }
        else if ( arg == "-v" || arg == "--verbose" ) {
            ++cli.verbose;
            on_cli.insert("verbose");
        }
        else if ( arg == "--print-timing-info" ) {
            cli.print_timing = true;
            on_cli.insert("print-timing-info");
        }
        else if ( arg == "--serialize-events" )
            cli.serialize_events = true;
        else if ( arg == "--add-lib-path" )
            added_dirs.push_back(next());
        else if ( arg == "--lib-path" )
            lib_path = next();
        else if ( arg == "--model-options" )
            appendModelOption(model_options, next());
        else if ( arg == "-n" || arg == "--num-threads" ) {
            if ( next() != "1" ) usageError("the embedded engine runs one thread (use real SST Core for more)");
        }
        else if ( !arg.empty() && arg[0] == '-' )
            usageError("unknown option '" + arg + "'");
        else if ( config.empty() )
            config = arg;
        else
            usageError("more than one configuration file given ('" + config + "' and '" + arg +
                       "'); pass configuration arguments after --");
    }
    if ( config.empty() ) usageError("no configuration file given");

    struct sigaction sa = {};
    sa.sa_handler       = onSignal; // no SA_RESTART: blocking waits see EINTR
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);

    ElementRegistry::instance().setSearchPath(elementSearchPath(lib_path, added_dirs));
    try {
        ConfigGraph graph   = loadPythonConfig(config, splitModelOptions(model_options), cli.verbose > 0);
        RunOptions  options = resolveRunOptions(graph.program_options, cli, on_cli);
        Simulation  sim(graph, options);
        RunResult   r = sim.run();
        SST::UnitAlgebra end = sim.coreTimeBase() * static_cast<long double>(r.end_time);
        std::printf("Simulation is complete, simulated time: %s\n", end.toStringBestSI().c_str());
        if ( options.print_timing ) {
            struct rusage ru = {};
            getrusage(RUSAGE_SELF, &ru);
            std::printf("Timing information:\n"
                        "  Build time:          %.6f s\n"
                        "  Run loop time:       %.6f s\n"
                        "  Simulated time:      %s\n"
                        "  Activities executed: %llu\n"
                        "  Activity rate:       %.0f /s\n"
                        "  Max resident memory: %.1f MiB\n",
                        r.build_seconds, r.run_seconds, end.toStringBestSI().c_str(),
                        static_cast<unsigned long long>(r.activities),
                        r.run_seconds > 0 ? r.activities / r.run_seconds : 0.0, ru.ru_maxrss / 1024.0);
        }
        std::fflush(stdout);
        return r.exit_code;
    }
    catch ( const std::exception& e ) {
        std::fflush(stdout);
        std::fprintf(stderr, "sst: error: %s\n", e.what());
        return 1;
    }
}
