// SPDX-License-Identifier: BSD-3-Clause
// `sst [options] config-file`: runs a configuration (Python, or JSON as --output-json writes it) on
// the embedded engine, with SST Core 16's options, phases and messages.
#include "config_io.h"
#include "model_checks.h"
#include "model_options.h"
#include "perf_report.h"
#include "python_config.h"
#include "real_time.h"
#include "search_path.h"
#include "sim_options.h"
#include "simulation.h"

#include "sst/core/factory.h"
#include "sst/core/mempoolAccessor.h"
#include "sst/core/output.h"

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <sys/resource.h>
#include <sys/stat.h>
#include <memory>
#include <unistd.h>

using namespace SST;
using namespace SST::Engine;

namespace {

bool endsWith(const std::string& s, const std::string& suffix)
{
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

/** mkdir -p; the absolute path, or "" if it cannot be made. */
std::string makeOutputDirectory(const std::string& dir)
{
    std::string path = dir;
    if ( path.empty() ) {
        char cwd[PATH_MAX];
        return getcwd(cwd, sizeof(cwd)) ? std::string(cwd) : std::string(".");
    }
    if ( path[0] != '/' ) {
        char cwd[PATH_MAX];
        if ( !getcwd(cwd, sizeof(cwd)) ) return "";
        path = std::string(cwd) + "/" + path;
    }
    for ( size_t pos = 1; pos <= path.size(); ++pos ) {
        if ( pos != path.size() && path[pos] != '/' ) continue;
        std::string part = path.substr(0, pos);
        struct stat sb;
        if ( ::stat(part.c_str(), &sb) == 0 ) {
            if ( !S_ISDIR(sb.st_mode) ) return "";
            continue;
        }
        if ( ::mkdir(part.c_str(), 0755) != 0 && errno != EEXIST ) return "";
    }
    if ( ::access(path.c_str(), W_OK) != 0 ) return "";
    while ( path.size() > 1 && path.back() == '/' )
        path.pop_back();
    return path;
}

/** The checks SST Core makes on the model before it builds anything. */
/** The default Output (what SST Core calls g_output): the core prefix, the verbosity. */
void setCoreOutput(const SimOptions& options)
{
    Output& out = Output::getDefaultObject();
    out.setPrefix(options.output_core_prefix);
    out.setVerboseLevel(options.verbose);
}

uint64_t maxRssKiB()
{
    struct rusage ru = {};
    getrusage(RUSAGE_SELF, &ru);
    return static_cast<uint64_t>(ru.ru_maxrss);
}

} // namespace

int main(int argc, char** argv)
{
    const double start = wallTime();
    SimOptions   options;
    if ( !options.parseCommandLine(argc, argv) ) return 1;
    if ( options.usage ) {
        std::fputs(SimOptions::usageText().c_str(), stdout);
        return 0;
    }
    if ( options.version ) {
        std::printf("SST-Core Version (16.0.0, embedded engine)\n");
        return 0;
    }
    if ( !options.help_option.empty() ) {
        std::fputs(SimOptions::extendedHelp(options.help_option).c_str(), stdout);
        return 0;
    }

    setCoreOutput(options);
    Factory::createFactory(joinPath(elementSearchPath(options.lib_path.empty() ? std::optional<std::string>()
                                                                                : std::optional<std::string>(options.lib_path),
                                                      options.add_lib_paths)));
    if ( options.enable_sig_handling ) RealTimeManager::installSignalHandlers();

    struct stat sb;
    if ( ::stat(options.config_file.c_str(), &sb) != 0 ) {
        std::fprintf(stderr, "File [%s] cannot be found: %s\n", options.config_file.c_str(), std::strerror(errno));
        return 1;
    }
    if ( !S_ISREG(sb.st_mode) ) {
        std::fprintf(stderr, "File [%s] is not a regular file.\n", options.config_file.c_str());
        return 1;
    }
    if ( ::access(options.config_file.c_str(), R_OK) != 0 ) {
        std::fprintf(stderr, "File [%s] is not readable.\n", options.config_file.c_str());
        return 1;
    }

    ConfigModel model;
    if ( endsWith(options.config_file, ".py") )
        loadPythonConfig(options.config_file, splitModelOptions(options.model_options), options, model);
    else if ( endsWith(options.config_file, ".json") )
        loadJsonConfig(options.config_file, options, model);
    else
        Output::getDefaultObject().fatal(CALL_INFO, 1,
                                         "Unsupported SDL file type: \"%s\" (the embedded engine reads .py and .json "
                                         "configurations)\n",
                                         options.config_file.c_str());

    setCoreOutput(options);
    if ( options.num_threads != 1 )
        Output::getDefaultObject().fatal(CALL_INFO, 1,
                                         "ERROR: num-threads=%u: the embedded engine runs one thread; run the "
                                         "configuration with SST Core 16 for more\n",
                                         options.num_threads);

    auto sim_ptr = std::make_unique<Simulation>(options, model);
    Simulation& sim = *sim_ptr;
    checkModel(model);

    std::string out_dir = makeOutputDirectory(options.output_directory);
    if ( out_dir.empty() ) {
        std::fprintf(stderr,
                     "ERROR: Directory specified with --output-directory (%s) is not valid.  Most likely causes are "
                     "that the user does not have permissions to write to this path, or a file of the same name "
                     "exists.\n",
                     options.output_directory.c_str());
        return 1;
    }
    sim.outputDirectory() = out_dir;
    auto inOutputDir      = [&](const std::string& f) { return f.empty() || f[0] == '/' ? f : out_dir + "/" + f; };
    if ( !options.output_config.empty() ) {
        if ( !endsWith(options.output_config, ".py") )
            Output::getDefaultObject().fatal(CALL_INFO, 1, "--output-config requires a filename with a .py extension\n");
        writePythonConfig(model, options, inOutputDir(options.output_config));
    }
    if ( !options.output_json.empty() ) {
        if ( !endsWith(options.output_json, ".json") )
            Output::getDefaultObject().fatal(CALL_INFO, 1, "--output-json requires a filename with a .json extension\n");
        writeJsonConfig(model, options, inOutputDir(options.output_json));
    }
    if ( !options.output_dot.empty() ) writeDotConfig(model, options, inOutputDir(options.output_dot));

    sim.build();
    sim.run();

    std::printf("Simulation is complete, simulated time: %s\n", sim.getEndSimTime().toStringBestSI().c_str());

    PerfReport report(options.profiling_output.empty() ? "stdout" : options.profiling_output, out_dir);
    if ( options.verbose || options.print_timing ) {
        int64_t mempool = 0, active = 0;
        Core::MemPoolAccessor::getMemPoolUsage(mempool, active);
        const uint64_t rss = maxRssKiB();
        report.addTiming(sim, start, wallTime());
        PerfRecord& r = report.record("resources", "Simulation Resource Information");
        r.add("local_max_rss", "Max Resident Set Size", "", UnitAlgebra(std::to_string(rss) + "KiB"));
        r.add("global_max_rss", "Approx. Global Max RSS Size", "", UnitAlgebra(std::to_string(rss) + "KiB"));
        struct rusage ru = {};
        getrusage(RUSAGE_SELF, &ru);
        r.add("local_max_page_faults", "Max Local Page Faults", "faults", static_cast<uint64_t>(ru.ru_majflt));
        r.add("global_page_faults", "Global Page Faults", "faults", static_cast<uint64_t>(ru.ru_majflt));
        r.add("global_max_io_in", "Max Output Blocks", "blocks", static_cast<uint64_t>(ru.ru_inblock));
        r.add("global_max_io_out", "Max Input Blocks", "blocks", static_cast<uint64_t>(ru.ru_oublock));
        r.add("global_max_sync_data_size", "Max Sync data size", "B", uint64_t(0));
        r.add("global_sync_data_size", "Global Sync data size", "B", uint64_t(0));
        r.add("max_mempool_size", "Max mempool usage", "", UnitAlgebra(std::to_string(mempool) + "B"));
        r.add("global_mempool_size", "Global mempool usage", "", UnitAlgebra(std::to_string(mempool) + "B"));
        r.add("global_undeleted_activities", "Global undeleted activities", "", static_cast<uint64_t>(active));
        r.add("global_current_timevortex_depth", "Current global TimeVortex depth", "entries", sim.timeVortexDepth());
        r.add("global_max_timevortex_depth", "Max TimeVortex depth", "entries", sim.timeVortexMaxDepth());
    }
    sim.profiling().report(report);
    const int exit_code = sim.exitCode();
    if ( report.recordCount() > 0 ) {
        PerfRecord& meta = report.record("metadata", "Simulation Summary");
        meta.add("ranks", "Ranks", "", uint64_t(1));
        meta.add("threads", "Threads", "", uint64_t(1));
        meta.add("simulation_time", "Simulated time", "", sim.getEndSimTime());
        meta.add("input_file", "Simulation Input File", "", options.config_file);
    }
    // The simulation goes first, so that only what components leaked is left in the pools.
    sim_ptr.reset();
    const std::string& dump = options.event_dump_file;
    if ( !dump.empty() ) {
        Output out("", 0, 0, Output::FILE, dump);
        bool   console = dump == "STDOUT" || dump == "stdout" || dump == "STDERR" || dump == "stderr";
        if ( dump == "STDOUT" || dump == "stdout" ) out.setOutputLocation(Output::STDOUT);
        if ( dump == "STDERR" || dump == "stderr" ) out.setOutputLocation(Output::STDERR);
        if ( console ) out.output("\nUndeleted Mempool Items:\n");
        Core::MemPoolAccessor::printUndeletedMemPoolItems("  ", out);
    }
    std::fflush(stdout);
    report.output();
    return exit_code;
}
