// SPDX-License-Identifier: BSD-3-Clause
// SST's configuration database, as SST Core keeps it: sstsimulator.conf files of [GROUP]
// sections holding KEY=VALUE lines. The engine's own file is PREFIX/etc/sst/sstsimulator.conf
// (PREFIX: the directory above the one holding libsstcore.so), then ~/.sst/sstsimulator.conf,
// then the files in SST_CONFIG_FILE_PATH. sst-config reads it, sst-register writes it, and every
// KEY ending in LIBDIR is a directory on the element search path.
#ifndef SST_ENGINE_ENVIRONMENT_H
#define SST_ENGINE_ENVIRONMENT_H

#include <map>
#include <string>
#include <vector>

namespace SST::Engine {

using ConfigGroups = std::map<std::string, std::map<std::string, std::string>>;

/** The engine's install (or build-tree) prefix. */
std::string enginePrefix();
/** The files read, in order (those that do not exist are left out). */
std::vector<std::string> configFiles();
/** Every file of configFiles() merged; a later file's key replaces an earlier one's. */
ConfigGroups readEnvironment();
/** One file; a missing file is an empty database. */
ConfigGroups readConfigFile(const std::string& path);
/** Writes groups in SST's layout; false (errno set) if the file cannot be written. */
bool writeConfigFile(const std::string& path, const ConfigGroups& groups);
/** The file sst-register edits: the prefix's if it is writable, else the user's (created). */
std::string writableConfigFile();

} // namespace SST::Engine

#endif
