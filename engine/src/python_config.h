// SPDX-License-Identifier: BSD-3-Clause
// Runs an SST Python configuration in an embedded interpreter whose `sst`
// module records components, links, statistics and program options.
#ifndef SST_ENGINE_PYTHON_CONFIG_H
#define SST_ENGINE_PYTHON_CONFIG_H

#include "config_graph.h"

#include <string>
#include <vector>

namespace SST::Engine {

/** sys.argv is {path, args...}. Throws ConfigError with file:line for Python errors. */
ConfigGraph loadPythonConfig(const std::string& path, const std::vector<std::string>& args, bool verbose);

} // namespace SST::Engine

#endif
