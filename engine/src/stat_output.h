// SPDX-License-Identifier: BSD-3-Clause
// Statistic output modules: sst.statOutputConsole, sst.statOutputCSV and
// sst.statOutputJSON, written once at the end of the run.
#ifndef SST_ENGINE_STAT_OUTPUT_H
#define SST_ENGINE_STAT_OUTPUT_H

#include "config_graph.h"

#include "sst/core/statapi/statbase.h"
#include "sst/core/sst_types.h"

#include <vector>

namespace SST::Engine::stat_output {

/** Checks the output module name and options; throws ConfigError. */
void validate(const ConfigGraph& graph);
/** Writes the statistics; throws std::runtime_error if a file cannot be written. */
void write(const ConfigGraph& graph, const std::vector<const Statistics::StatisticBase*>& stats, SimTime_t now);

} // namespace SST::Engine::stat_output

#endif
