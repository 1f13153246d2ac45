// SPDX-License-Identifier: BSD-3-Clause
// Small string helpers the engine's parsers share (sstsimulator.conf, --enable-profiling).
#ifndef SST_ENGINE_TEXT_H
#define SST_ENGINE_TEXT_H

#include <string>
#include <string_view>
#include <vector>

namespace SST::Engine {

/** s without leading and trailing blanks (spaces, tabs, carriage returns). */
inline std::string trim(std::string_view s)
{
    const size_t b = s.find_first_not_of(" \t\r");
    if ( b == std::string_view::npos ) return "";
    return std::string(s.substr(b, s.find_last_not_of(" \t\r") - b + 1));
}

/** The sep-separated fields of s, each trimmed; empty fields are dropped. */
inline std::vector<std::string> splitTrimmed(std::string_view s, char sep)
{
    std::vector<std::string> out;
    size_t                   start = 0;
    for ( size_t i = 0; i <= s.size(); ++i )
        if ( i == s.size() || s[i] == sep ) {
            if ( auto t = trim(s.substr(start, i - start)); !t.empty() ) out.push_back(t);
            start = i + 1;
        }
    return out;
}

} // namespace SST::Engine

#endif
