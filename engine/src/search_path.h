// SPDX-License-Identifier: BSD-3-Clause
#ifndef SST_ENGINE_SEARCH_PATH_H
#define SST_ENGINE_SEARCH_PATH_H

#include <optional>
#include <string>
#include <vector>

namespace SST::Engine {

/** The element search path: --lib-path (or else SST_LIB_PATH and the built-in directory), then --add-lib-path dirs. */
std::vector<std::string> elementSearchPath(const std::optional<std::string>& lib_path,
                                           const std::vector<std::string>& added);
std::vector<std::string> splitPath(const std::string& colon_separated);

} // namespace SST::Engine

#endif
