// SPDX-License-Identifier: BSD-3-Clause
#ifndef SST_ENGINE_SEARCH_PATH_H
#define SST_ENGINE_SEARCH_PATH_H

#include <optional>
#include <string>
#include <vector>

namespace SST::Engine {

/**
 * The element search path, in SST Core's order: the --add-lib-path directories, then either
 * --lib-path or (without it) SST_LIB_PATH, every *LIBDIR key of sstsimulator.conf
 * (environment.h) and the directory the project's elements are built in.
 */
std::vector<std::string> elementSearchPath(const std::optional<std::string>& lib_path,
                                           const std::vector<std::string>& added);
std::vector<std::string> splitPath(const std::string& colon_separated);
std::string              joinPath(const std::vector<std::string>& dirs);

} // namespace SST::Engine

#endif
