// SPDX-License-Identifier: BSD-3-Clause
// The options of `sst`, with SST Core 16's names, defaults and value formats. The command line
// sets them, and so may a configuration (sst.setProgramOption) for the options SST lets a model
// set; what the command line set wins.
#ifndef SST_ENGINE_SIM_OPTIONS_H
#define SST_ENGINE_SIM_OPTIONS_H

#include "sst/core/sst_types.h"

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace SST::Engine {

struct SimOptions
{
    std::string       config_file;
    std::string       model_options;
    uint32_t          verbose      = 0;
    uint32_t          num_threads  = 1;
    int               print_timing = 0;
    std::string       profiling_output;
    std::string       stop_at    = "0ns";
    uint32_t          exit_after = 0; // wall seconds, 0: none
    std::string       heartbeat_sim_period;
    uint32_t          heartbeat_wall_period = 0;
    std::string       output_directory;
    std::string       output_core_prefix = "#@x SST Core: ";
    std::string       output_config;
    std::string       output_json;
    std::string       output_dot;
    uint32_t          dot_verbosity = 0;
    std::string       output_partition;
    std::string       timebase   = "1ps";
    std::string       partitioner = "sst.linear";
    std::string       debug_file  = "/dev/null";
    std::string       lib_path;
    std::vector<std::string> add_lib_paths;
    bool              print_env     = false;
    bool              no_env_config = false;
    std::string       enabled_profiling;
    SimulationRunMode run_mode = SimulationRunMode::BOTH;
    std::string       event_dump_file;
    bool              enable_sig_handling = true;
    std::string       sigusr1 = "sst.rt.status.core";
    std::string       sigusr2 = "sst.rt.status.all";
    std::string       sigalrm;
    bool              serialize_events = false; // embedded engine: pack and unpack every event sent
    bool              usage   = false;
    bool              version = false;
    std::string       help_option;

    /** Options the command line set (a configuration cannot change them). */
    std::set<std::string> set_on_command_line;

    /** Parses argv as sst does; false (with the message printed) on a bad command line. */
    bool parseCommandLine(int argc, char** argv);
    /** sst.setProgramOption: false if SST does not let a model set the option; throws on a bad value. */
    bool setFromModel(const std::string& name, const std::string& value);
    /** The options a configuration sees in sst.getProgramOptions(). */
    std::map<std::string, std::string> asMap() const;
    static std::string usageText();
    /** --help OPTION. */
    static std::string extendedHelp(const std::string& option);
};

/** "H:M:S", "M:S", "S", "Hh", "Mm", "Ss" as seconds; false if it is none of them. */
bool parseWallTime(const std::string& arg, uint32_t& seconds);

} // namespace SST::Engine

#endif
