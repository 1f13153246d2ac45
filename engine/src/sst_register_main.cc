// SPDX-License-Identifier: BSD-3-Clause
// `sst-register NAME NAME_LIBDIR=DIR`: records an element library's directory in SST's
// configuration database (environment.h), as SST Core's sst-register does, so that `sst` and
// `sst-info` find it without --add-lib-path. `-u NAME` removes it, `-l` lists what is recorded.
#include "environment.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <sys/stat.h>

namespace {

void usage(FILE* out)
{
    std::fputs("Usage: sst-register <Dependency Name> (<VAR>=<VALUE>)*\n"
               "       sst-register -u <Dependency Name>   removes a registered name\n"
               "       sst-register -l                     lists the registered element directories\n"
               "Example: sst-register mylib mylib_LIBDIR=/path/to/lib\n",
               out);
}

bool save(const std::string& file, const SST::Engine::ConfigGroups& groups)
{
    if ( SST::Engine::writeConfigFile(file, groups) ) return true;
    std::fprintf(stderr, "sst-register: cannot write %s: %s\n", file.c_str(), std::strerror(errno));
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    if ( argc < 2 ) {
        usage(stderr);
        return 1;
    }
    const std::string first = argv[1];
    if ( first == "-h" || first == "--help" ) {
        usage(stdout);
        return 0;
    }
    const std::string file   = SST::Engine::writableConfigFile();
    auto              groups = SST::Engine::readConfigFile(file);
    if ( first == "-l" ) {
        for ( auto& [group, keys] : SST::Engine::readEnvironment() )
            for ( auto& [key, value] : keys )
                if ( key.size() >= 6 && key.compare(key.size() - 6, 6, "LIBDIR") == 0 ) {
                    struct stat sb;
                    std::printf("%s: %s%s\n", group.c_str(), value.c_str(),
                                ::stat(value.c_str(), &sb) == 0 ? "" : " (INVALID: no such directory)");
                }
        return 0;
    }
    if ( first == "-u" ) {
        if ( argc != 3 ) {
            usage(stderr);
            return 1;
        }
        if ( groups.erase(argv[2]) == 0 ) {
            std::fprintf(stderr, "sst-register: '%s' is not registered in %s\n", argv[2], file.c_str());
            return 1;
        }
        return save(file, groups) ? 0 : 1;
    }
    if ( argc < 3 ) {
        usage(stderr);
        return 1;
    }
    for ( int i = 2; i < argc; ++i ) {
        const std::string pair = argv[i];
        const size_t      eq   = pair.find('=');
        if ( eq == std::string::npos || eq == 0 ) {
            std::fprintf(stderr, "sst-register: '%s' is not VAR=VALUE\n", argv[i]);
            return 1;
        }
        groups[first][pair.substr(0, eq)] = pair.substr(eq + 1);
    }
    if ( !save(file, groups) ) return 1;
    std::printf("Registered %s in %s\n", first.c_str(), file.c_str());
    return 0;
}
