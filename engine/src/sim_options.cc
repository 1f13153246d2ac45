// SPDX-License-Identifier: BSD-3-Clause
#include "sim_options.h"

#include "model_options.h"

#include "sst/core/from_string.h"
#include "sst/core/unitAlgebra.h"

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <functional>
#include <stdexcept>

namespace SST::Engine {

bool parseWallTime(const std::string& arg, uint32_t& seconds)
{
    char*         pos = nullptr;
    unsigned long s   = std::strtoul(arg.c_str(), &pos, 10);
    if ( pos != arg.c_str() ) {
        while ( std::isspace(static_cast<unsigned char>(*pos)) )
            ++pos;
        if ( *pos == 's' || *pos == 'S' ) {
            ++pos;
            while ( std::isspace(static_cast<unsigned char>(*pos)) )
                ++pos;
        }
        if ( !*pos && s <= UINT32_MAX ) {
            seconds = static_cast<uint32_t>(s);
            return true;
        }
    }
    static const char* templates[] = { "%H:%M:%S", "%M:%S", "%S", "%Hh", "%Mm", "%Ss" };
    for ( const char* t : templates ) {
        struct tm res = {};
        const char* p = strptime(arg.c_str(), t, &res);
        if ( p && *p == '\0' ) {
            seconds = res.tm_sec + res.tm_min * 60 + res.tm_hour * 3600;
            return true;
        }
    }
    return false;
}

namespace {

struct OptionDef
{
    const char* name;
    char        short_name;
    enum Kind { Flag, Arg, OptArg } kind;
    bool        model_settable;
    const char* help;
    std::function<bool(SimOptions&, const std::string&, bool has_value)> set;
};

bool parseBool(const std::string& v, bool& out)
{
    try {
        out = Core::from_string<bool>(v);
        return true;
    }
    catch ( const std::exception& ) {
        return false;
    }
}

template <class T>
bool parseNumber(const std::string& v, T& out)
{
    try {
        size_t idx = 0;
        auto   n   = std::stoll(v, &idx, 0);
        if ( idx != v.size() || n < 0 ) return false;
        out = static_cast<T>(n);
        return true;
    }
    catch ( const std::exception& ) {
        return false;
    }
}

bool checkTime(const std::string& v)
{
    try {
        UnitAlgebra ua(v);
        return ua.hasUnits("s") || ua.hasUnits("Hz") || ua.isValueZero();
    }
    catch ( const std::exception& ) {
        return false;
    }
}

const char* const kUnsupported =
    "is not available on the embedded engine (it runs one rank and one thread, without checkpoints or an "
    "interactive console); run the configuration with SST Core 16 for it";

const std::vector<OptionDef>& optionTable()
{
    using S = SimOptions;
    using K = OptionDef::Kind;
    static const std::vector<OptionDef> table = {
        { "usage", 'h', K::Flag, false, "Print usage information.",
          [](S& o, const std::string&, bool) { return o.usage = true; } },
        { "help", 0, K::Arg, false, "Print extended help information for requested option.",
          [](S& o, const std::string& v, bool) {
              o.help_option = v;
              return true;
          } },
        { "version", 'V', K::Flag, false, "Print SST Release Version",
          [](S& o, const std::string&, bool) { return o.version = true; } },
        { "verbose", 'v', K::OptArg, true, "Print information about core runtimes [level]",
          [](S& o, const std::string& v, bool has) {
              if ( !has ) return ++o.verbose, true;
              return parseNumber(v, o.verbose);
          } },
        { "quiet", 'q', K::Flag, false, "Quiet/print summary only",
          [](S& o, const std::string&, bool) { return o.verbose = 0, true; } },
        { "num-threads", 'n', K::Arg, true, "Number of parallel threads to use per rank (the embedded engine: 1)",
          [](S& o, const std::string& v, bool) { return parseNumber(v, o.num_threads); } },
        { "sdl-file", 0, K::Arg, false, "Specify SST Configuration file.",
          [](S& o, const std::string& v, bool) {
              o.config_file = v;
              return true;
          } },
        { "model-options", 0, K::Arg, false,
          "Provide options to the python configuration script (and any arguments after a final '--').",
          [](S& o, const std::string& v, bool) {
              appendModelOption(o.model_options, v);
              return true;
          } },
        { "print-timing-info", 0, K::OptArg, true, "DEPRECATED: Use '--timing-info' instead.",
          [](S& o, const std::string& v, bool has) {
              if ( !has ) return o.print_timing = 2, true;
              return parseNumber(v, o.print_timing);
          } },
        { "timing-info", 0, K::OptArg, true, "Print SST timing information [level, default 2].",
          [](S& o, const std::string& v, bool has) {
              if ( !has ) return o.print_timing = 2, true;
              return parseNumber(v, o.print_timing);
          } },
        { "stop-at", 0, K::Arg, true, "Set time at which simulation will end execution",
          [](S& o, const std::string& v, bool) {
              o.stop_at = v;
              return checkTime(v);
          } },
        { "exit-after", 0, K::Arg, true,
          "Set the maximum wall time after which simulation will end execution (H:M:S, M:S, S, Hh, Mm, Ss).",
          [](S& o, const std::string& v, bool) { return parseWallTime(v, o.exit_after); } },
        { "partitioner", 0, K::Arg, true, "Select the partitioner to be used (one rank: every component on rank 0).",
          [](S& o, const std::string& v, bool) {
              o.partitioner = v.find('.') == std::string::npos ? "sst." + v : v;
              return true;
          } },
        { "heartbeat-period", 0, K::Arg, true, "Set time for heartbeats to be published (simulated time).",
          [](S& o, const std::string& v, bool) {
              o.heartbeat_sim_period = v;
              return checkTime(v);
          } },
        { "heartbeat-wall-period", 0, K::Arg, true, "Set approximate frequency for heartbeats in wall time.",
          [](S& o, const std::string& v, bool) { return parseWallTime(v, o.heartbeat_wall_period); } },
        { "heartbeat-sim-period", 0, K::Arg, true, "Set approximate frequency for heartbeats in simulated time.",
          [](S& o, const std::string& v, bool) {
              o.heartbeat_sim_period = v;
              return checkTime(v);
          } },
        { "output-directory", 0, K::Arg, true, "Directory into which all SST output files should reside",
          [](S& o, const std::string& v, bool) {
              o.output_directory = v;
              return true;
          } },
        { "output-prefix-core", 0, K::Arg, true, "set the SST::Output prefix for the core",
          [](S& o, const std::string& v, bool) {
              o.output_core_prefix = v;
              return true;
          } },
        { "output-config", 0, K::Arg, true, "File to write SST configuration (in Python format)",
          [](S& o, const std::string& v, bool) {
              o.output_config = v;
              return true;
          } },
        { "output-json", 0, K::Arg, true, "File to write SST configuration graph (in JSON format)",
          [](S& o, const std::string& v, bool) {
              o.output_json = v;
              return true;
          } },
        { "output-dot", 0, K::Arg, true, "File to write SST configuration graph (in GraphViz format)",
          [](S& o, const std::string& v, bool) {
              o.output_dot = v;
              return true;
          } },
        { "dot-verbosity", 0, K::Arg, true, "Amount of detail to include in the dot graph output",
          [](S& o, const std::string& v, bool) { return parseNumber(v, o.dot_verbosity); } },
        { "output-partition", 0, K::OptArg, true, "File to write SST component partitioning information.",
          [](S& o, const std::string& v, bool) {
              o.output_partition = v;
              return true;
          } },
        { "timebase", 0, K::Arg, true, "Set the base time step of the simulation (default: 1ps)",
          [](S& o, const std::string& v, bool) {
              o.timebase = v;
              return checkTime(v);
          } },
        { "debug-file", 0, K::Arg, true, "File where debug output will go",
          [](S& o, const std::string& v, bool) {
              o.debug_file = v;
              return true;
          } },
        { "lib-path", 0, K::Arg, false, "Component library path (overwrites default)",
          [](S& o, const std::string& v, bool) {
              o.lib_path = v;
              return true;
          } },
        { "add-lib-path", 0, K::Arg, false, "Component library path (appends to main path)",
          [](S& o, const std::string& v, bool) {
              o.add_lib_paths.push_back(v);
              return true;
          } },
        { "print-env", 0, K::Flag, false, "Print environment variables SST will see",
          [](S& o, const std::string&, bool) { return o.print_env = true; } },
        { "no-env-config", 0, K::Flag, false, "Disable SST environment configuration",
          [](S& o, const std::string&, bool) { return o.no_env_config = true; } },
        { "enable-profiling", 0, K::Arg, true, "Enables default profiling for the specified points.",
          [](S& o, const std::string& v, bool) {
              o.enabled_profiling = v;
              return true;
          } },
        { "profiling-output", 0, K::Arg, true, "Set output location for profiling and timing data",
          [](S& o, const std::string& v, bool) {
              o.profiling_output = v;
              return true;
          } },
        { "run-mode", 0, K::Arg, true, "Set run mode [ init | run | both (default)]",
          [](S& o, const std::string& v, bool) {
              if ( v == "init" ) o.run_mode = SimulationRunMode::INIT;
              else if ( v == "run" ) o.run_mode = SimulationRunMode::RUN;
              else if ( v == "both" ) o.run_mode = SimulationRunMode::BOTH;
              else {
                  std::fprintf(stderr, "Unknown option for --run-mode: %s\n", v.c_str());
                  return false;
              }
              return true;
          } },
        { "output-undeleted-events", 0, K::Arg, true,
          "file to write information about all undeleted events at the end of simulation (STDOUT and STDERR can be "
          "used to output to console)",
          [](S& o, const std::string& v, bool) {
              o.event_dump_file = v;
              return true;
          } },
        { "disable-signal-handlers", 0, K::Flag, false, "Disable signal handlers",
          [](S& o, const std::string&, bool) { return o.enable_sig_handling = false, true; } },
        { "sigusr1", 0, K::Arg, true, "Select handler for SIGUSR1 signal.",
          [](S& o, const std::string& v, bool) {
              o.sigusr1 = v;
              return true;
          } },
        { "sigusr2", 0, K::Arg, true, "Select handler for SIGUSR2 signal.",
          [](S& o, const std::string& v, bool) {
              o.sigusr2 = v;
              return true;
          } },
        { "sigalrm", 0, K::Arg, true, "Select handlers for SIGALRM signals, with an interval for each.",
          [](S& o, const std::string& v, bool) {
              o.sigalrm = v;
              return true;
          } },
        { "serialize-events", 0, K::Flag, false,
          "Embedded engine: serialize and rebuild every event sent, as crossing an MPI rank would (finds fields "
          "missing from serialize_order)",
          [](S& o, const std::string&, bool) { return o.serialize_events = true; } },
    };
    return table;
}

const std::set<std::string>& unsupportedOptions()
{
    static const std::set<std::string> names = { "checkpoint-enable", "checkpoint-wall-period", "checkpoint-period",
                                                 "checkpoint-sim-period", "load-checkpoint", "checkpoint-prefix",
                                                 "checkpoint-name-format", "interactive-console", "interactive-start",
                                                 "replay-file", "parallel-load", "parallel-output",
                                                 "interthread-links", "timeVortex", "cache-align-mempools",
                                                 "force-rank-seq-startup", "enable-python-coverage" };
    return names;
}

const OptionDef* findLong(const std::string& name)
{
    for ( auto& d : optionTable() )
        if ( name == d.name ) return &d;
    return nullptr;
}

const OptionDef* findShort(char c)
{
    for ( auto& d : optionTable() )
        if ( d.short_name && d.short_name == c ) return &d;
    return nullptr;
}

} // namespace

std::string SimOptions::usageText()
{
    std::string s = "Usage: sst [options] config-file\n"
                    "  Arguments to options contained in [] are optional\n"
                    "  Runs on the embedded SST-compatible engine (one rank, one thread).\n";
    for ( auto& d : optionTable() ) {
        char line[160];
        std::string flag = d.short_name ? std::string("-") + d.short_name + ", " : std::string("    ");
        flag += std::string("--") + d.name;
        if ( d.kind == OptionDef::Arg ) flag += "=ARG";
        if ( d.kind == OptionDef::OptArg ) flag += "[=ARG]";
        std::snprintf(line, sizeof(line), "  %-32s ", flag.c_str());
        s += line;
        s += d.help;
        s += "\n";
    }
    s += "  Not on the embedded engine: ";
    bool first = true;
    for ( auto& n : unsupportedOptions() ) {
        s += (first ? "--" : ", --") + n;
        first = false;
    }
    s += "\nEnvironment: SST_LIB_PATH (colon-separated element directories).\n";
    return s;
}

std::string SimOptions::extendedHelp(const std::string& option)
{
    if ( auto* d = findLong(option) ) return std::string("--") + d->name + ": " + d->help + "\n";
    return "No extended help for option '" + option + "'\n";
}

bool SimOptions::parseCommandLine(int argc, char** argv)
{
    auto apply = [&](const OptionDef& d, const std::string& shown, const std::string& value, bool has) {
        if ( !d.set(*this, value, has) ) {
            std::fprintf(stderr, "ERROR: For option \"%s\", failed to parse \"%s\"\n", shown.c_str(), value.c_str());
            return false;
        }
        set_on_command_line.insert(d.name);
        return true;
    };
    int positional = 0;
    for ( int i = 1; i < argc; ++i ) {
        std::string arg = argv[i];
        if ( arg == "--" ) {
            for ( ++i; i < argc; ++i )
                appendModelOption(model_options, argv[i]);
            break;
        }
        if ( arg.size() > 2 && arg.compare(0, 2, "--") == 0 ) {
            std::string name  = arg.substr(2);
            std::string value;
            bool        has   = false;
            if ( auto eq = name.find('='); eq != std::string::npos ) {
                value = name.substr(eq + 1);
                name  = name.substr(0, eq);
                has   = true;
            }
            if ( unsupportedOptions().count(name) ) {
                std::fprintf(stderr, "ERROR: option --%s %s.\n", name.c_str(), kUnsupported);
                return false;
            }
            const OptionDef* d = findLong(name);
            if ( !d ) {
                std::fprintf(stderr, "sst: unrecognized option '--%s'\nRun 'sst --help' for the options.\n",
                             name.c_str());
                return false;
            }
            if ( d->kind == OptionDef::Flag && has ) {
                bool b = false;
                if ( !parseBool(value, b) ) {
                    std::fprintf(stderr, "ERROR: For option \"--%s\", failed to parse \"%s\" as a boolean\n",
                                 name.c_str(), value.c_str());
                    return false;
                }
                if ( !b ) continue;
            }
            if ( d->kind == OptionDef::Arg && !has ) {
                if ( i + 1 >= argc ) {
                    std::fprintf(stderr, "sst: option '--%s' requires an argument\n", name.c_str());
                    return false;
                }
                value = argv[++i];
                has   = true;
            }
            if ( !apply(*d, "--" + name, value, has) ) return false;
            continue;
        }
        if ( arg.size() >= 2 && arg[0] == '-' && arg[1] != '-' ) {
            for ( size_t k = 1; k < arg.size(); ++k ) {
                const OptionDef* d = findShort(arg[k]);
                if ( !d ) {
                    std::fprintf(stderr, "sst: invalid option -- '%c'\nRun 'sst --help' for the options.\n", arg[k]);
                    return false;
                }
                if ( d->kind == OptionDef::Arg ) {
                    std::string value = arg.substr(k + 1);
                    if ( value.empty() ) {
                        if ( i + 1 >= argc ) {
                            std::fprintf(stderr, "sst: option requires an argument -- '%c'\n", arg[k]);
                            return false;
                        }
                        value = argv[++i];
                    }
                    if ( !apply(*d, std::string("-") + arg[k], value, true) ) return false;
                    break;
                }
                if ( !apply(*d, std::string("-") + arg[k], "", false) ) return false;
            }
            continue;
        }
        if ( positional++ == 0 ) {
            config_file = arg;
        }
        else {
            std::fprintf(stderr, "Error: sdl-file name is the only positional argument allowed.  See help for "
                                 "--model-options for more info on passing parameters to the input script.\n");
            return false;
        }
    }
    if ( usage || version || !help_option.empty() ) return true;
    if ( config_file.empty() ) {
        std::fprintf(stderr, "ERROR: no sdl-file specified\nUsage: sst sdl-file [options]\n");
        return false;
    }
    if ( num_threads != 1 ) {
        std::fprintf(stderr, "ERROR: option --num-threads=%u %s.\n", num_threads, kUnsupported);
        return false;
    }
    return true;
}

bool SimOptions::setFromModel(const std::string& name_in, const std::string& value)
{
    std::string name = name_in == "timeBase" ? "timebase" : name_in;
    if ( set_on_command_line.count(name) ) return true;
    if ( unsupportedOptions().count(name) ) return false;
    const OptionDef* d = findLong(name);
    if ( !d ) throw std::invalid_argument("unknown program option '" + name + "'"); // a typo, most likely
    if ( !d->model_settable ) return false;
    bool has = !value.empty() || d->kind != OptionDef::OptArg;
    if ( !d->set(*this, value, has) )
        throw std::invalid_argument("program option '" + name + "': cannot use value '" + value + "'");
    if ( name == "num-threads" && num_threads != 1 )
        throw std::invalid_argument(std::string("program option 'num-threads' ") + kUnsupported);
    return true;
}

std::map<std::string, std::string> SimOptions::asMap() const
{
    auto mode = run_mode == SimulationRunMode::INIT ? "init" : run_mode == SimulationRunMode::RUN ? "run" : "both";
    return {
        { "verbose", std::to_string(verbose) },
        { "num-ranks", "1" },
        { "num-threads", std::to_string(num_threads) },
        { "sdl-file", config_file },
        { "timing-info", print_timing ? "True" : "False" },
        { "stop-at", stop_at },
        { "exit-after", std::to_string(exit_after) },
        { "partitioner", partitioner },
        { "heartbeat-period", heartbeat_sim_period },
        { "heartbeat-sim-period", heartbeat_sim_period },
        { "heartbeat-wall-period", std::to_string(heartbeat_wall_period) },
        { "output-directory", output_directory },
        { "output-prefix-core", output_core_prefix },
        { "output-config", output_config },
        { "output-json", output_json },
        { "output-dot", output_dot },
        { "dot-verbosity", std::to_string(dot_verbosity) },
        { "output-partition", output_partition },
        { "timebase", timebase },
        { "debug-file", debug_file },
        { "lib-path", lib_path },
        { "enable-profiling", enabled_profiling },
        { "profiling-output", profiling_output },
        { "run-mode", mode },
        { "output-undeleted-events", event_dump_file },
    };
}

} // namespace SST::Engine
