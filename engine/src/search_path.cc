// SPDX-License-Identifier: BSD-3-Clause
#include "search_path.h"

#include <cstdlib>

namespace SST::Engine {

std::vector<std::string> splitPath(const std::string& s)
{
    std::vector<std::string> out;
    size_t                   start = 0;
    while ( start <= s.size() ) {
        size_t colon = s.find(':', start);
        std::string dir = s.substr(start, colon == std::string::npos ? std::string::npos : colon - start);
        if ( !dir.empty() ) out.push_back(dir);
        if ( colon == std::string::npos ) break;
        start = colon + 1;
    }
    return out;
}

std::vector<std::string> elementSearchPath(const std::optional<std::string>& lib_path,
                                           const std::vector<std::string>& added)
{
    std::vector<std::string> dirs;
    if ( lib_path )
        dirs = splitPath(*lib_path);
    else {
        if ( const char* env = std::getenv("SST_LIB_PATH") ) dirs = splitPath(env);
        for ( const auto& d : splitPath(SST_ENGINE_DEFAULT_LIB_PATH) )
            dirs.push_back(d);
    }
    dirs.insert(dirs.end(), added.begin(), added.end());
    return dirs;
}

} // namespace SST::Engine
