// SPDX-License-Identifier: BSD-3-Clause
// `sst-config [--KEY | GROUP KEY]`: prints a value of SST's configuration database
// (environment.h), as SST Core's sst-config does, so that build systems written for SST Core
// (sst-elements' ./configure --with-sst-core=PREFIX) find the embedded engine's flags.
#include "environment.h"

#include <cstdio>
#include <cstring>
#include <string>

namespace {

[[noreturn]] void usage(FILE* out, int status)
{
    std::fputs("sst-config\n"
               "sst-config --<KEY>\n"
               "sst-config <GROUP> <KEY>\n"
               "\n"
               "<GROUP>    Name of the group the key belongs to (default: SSTCore).\n"
               "<KEY>      Name of the setting to print.\n"
               "With no argument, prints the whole configuration.\n"
               "Return: 0 if the key is found, 1 if the key or group is not found\n",
               out);
    std::exit(status);
}

} // namespace

int main(int argc, char** argv)
{
    for ( int i = 1; i < argc; ++i )
        if ( !std::strcmp(argv[i], "--help") || !std::strcmp(argv[i], "-help") || !std::strcmp(argv[i], "-h") )
            usage(stdout, 0);

    const SST::Engine::ConfigGroups env = SST::Engine::readEnvironment();
    if ( argc == 1 ) {
        for ( auto& [group, keys] : env ) {
            std::printf("[%s]\n", group.c_str());
            for ( auto& [key, value] : keys )
                std::printf("%s=%s\n", key.c_str(), value.c_str());
        }
        return 0;
    }
    std::string group = "SSTCore", key;
    if ( argc == 2 ) {
        key = argv[1];
        if ( key.size() < 3 || key.compare(0, 2, "--") != 0 ) {
            std::fprintf(stderr, "Error: key (%s) is not specified with a group and doesn't start with --\n", argv[1]);
            usage(stderr, 1);
        }
        key = key.substr(2);
    }
    else if ( argc == 3 ) {
        group = argv[1];
        key   = argv[2];
    }
    else {
        std::fprintf(stderr, "Error: you specified an incorrect number of parameters\n");
        usage(stderr, 1);
    }
    auto g = env.find(group);
    if ( g == env.end() ) return 1;
    auto k = g->second.find(key);
    if ( k == g->second.end() ) return 1;
    std::printf("%s\n", k->second.c_str());
    return 0;
}
