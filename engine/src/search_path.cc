// SPDX-License-Identifier: BSD-3-Clause
#include "search_path.h"

#include "environment.h"

#include <cstdlib>

namespace SST::Engine {

std::vector<std::string> splitPath(const std::string& s)
{
    std::vector<std::string> out;
    size_t                   start = 0;
    while ( start <= s.size() ) {
        size_t      colon = s.find(':', start);
        std::string dir   = s.substr(start, colon == std::string::npos ? std::string::npos : colon - start);
        if ( !dir.empty() ) out.push_back(dir);
        if ( colon == std::string::npos ) break;
        start = colon + 1;
    }
    return out;
}

std::string joinPath(const std::vector<std::string>& dirs)
{
    std::string s;
    for ( auto& d : dirs )
        s += (s.empty() ? "" : ":") + d;
    return s;
}

std::vector<std::string> elementSearchPath(const std::optional<std::string>& lib_path,
                                           const std::vector<std::string>& added)
{
    std::vector<std::string> dirs = added;
    auto                     add  = [&](const std::vector<std::string>& more) { dirs.insert(dirs.end(), more.begin(), more.end()); };
    if ( lib_path ) {
        add(splitPath(*lib_path));
        return dirs;
    }
    if ( const char* env = std::getenv("SST_LIB_PATH") ) add(splitPath(env));
    for ( auto& [group, keys] : readEnvironment() )
        for ( auto& [key, value] : keys )
            if ( key.size() >= 6 && key.compare(key.size() - 6, 6, "LIBDIR") == 0 && !value.empty() ) dirs.push_back(value);
    add(splitPath(SST_ENGINE_DEFAULT_LIB_PATH));
    return dirs;
}

} // namespace SST::Engine
