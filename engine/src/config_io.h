// SPDX-License-Identifier: BSD-3-Clause
// Configurations as files: the JSON that --output-json writes (and sst reads back), the Python
// that --output-config writes, and the GraphViz graph of --output-dot; in SST Core's formats.
#ifndef SST_ENGINE_CONFIG_IO_H
#define SST_ENGINE_CONFIG_IO_H

#include "config_model.h"
#include "sim_options.h"

#include <string>

namespace SST::Engine {

void loadJsonConfig(const std::string& path, SimOptions& options, ConfigModel& model);
void writeJsonConfig(const ConfigModel& model, const SimOptions& options, const std::string& path);
void writePythonConfig(const ConfigModel& model, const SimOptions& options, const std::string& path);
void writeDotConfig(const ConfigModel& model, const SimOptions& options, const std::string& path);

} // namespace SST::Engine

#endif
