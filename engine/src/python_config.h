// SPDX-License-Identifier: BSD-3-Clause
// Runs an SST Python configuration in an embedded interpreter whose `sst` module fills a
// ConfigModel (and sets program options the configuration may set).
#ifndef SST_ENGINE_PYTHON_CONFIG_H
#define SST_ENGINE_PYTHON_CONFIG_H

#include "config_model.h"
#include "sim_options.h"

#include <string>
#include <vector>

namespace SST::Engine {

/** sys.argv is {"sstsim.x", args...}, as SST Core sets it. A Python error prints its traceback and is fatal. */
void loadPythonConfig(const std::string& path, const std::vector<std::string>& args, SimOptions& options,
                      ConfigModel& model);

} // namespace SST::Engine

#endif
