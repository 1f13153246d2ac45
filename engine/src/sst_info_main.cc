// SPDX-License-Identifier: BSD-3-Clause
// `sst-info [LIB | LIB.Element ...]`: prints the ELI documentation of element libraries.
#include "config_graph.h"
#include "element_registry.h"
#include "search_path.h"

#include <cstdio>
#include <string>

using namespace SST::Engine;

namespace {

const char* category(uint32_t c)
{
    switch ( c ) {
    case COMPONENT_CATEGORY_PROCESSOR:
        return "PROCESSOR COMPONENT";
    case COMPONENT_CATEGORY_MEMORY:
        return "MEMORY COMPONENT";
    case COMPONENT_CATEGORY_NETWORK:
        return "NETWORK COMPONENT";
    case COMPONENT_CATEGORY_SYSTEM:
        return "SYSTEM COMPONENT";
    default:
        return "UNCATEGORIZED COMPONENT";
    }
}

void print(const SST::ELI::ComponentDoc& d, size_t index)
{
    std::string version;
    for ( int v : d.version )
        version += (version.empty() ? "" : ".") + std::to_string(v);
    std::printf("      Component %zu: %s\n", index, d.name.c_str());
      std::printf("      CATEGORY: %s\n", category(d.category));
    std::printf("         Description: %s\n", d.description.c_str());
    std::printf("         Version: %s\n", version.c_str());
    std::printf("         NUM PARAMETERS = %zu\n", d.params.size());
    for ( size_t i = 0; i < d.params.size(); ++i ) {
        const auto& p = d.params[i];
        std::printf("            PARAMETER %zu = %s (%s) [%s]\n", i, p.name, p.description,
                    p.defaultValue ? p.defaultValue : "REQUIRED");
    }
    std::printf("         NUM PORTS = %zu\n", d.ports.size());
    for ( size_t i = 0; i < d.ports.size(); ++i ) {
        const auto& p = d.ports[i];
        std::printf("            PORT %zu [%zu Valid Events] = %s (%s)\n", i, p.validEvents.size(), p.name,
                    p.description);
        for ( size_t e = 0; e < p.validEvents.size(); ++e )
            std::printf("               VALID EVENT %zu = %s\n", e, p.validEvents[e].c_str());
    }
    std::printf("         NUM STATISTICS = %zu\n", d.statistics.size());
    for ( size_t i = 0; i < d.statistics.size(); ++i ) {
        const auto& s = d.statistics[i];
        std::printf("            STATISTIC %zu = %s [%s] (%s) Enable Level = %u\n", i, s.name, s.units,
                    s.description, static_cast<unsigned>(s.enableLevel));
    }
}

} // namespace

int main(int argc, char** argv)
{
    std::optional<std::string> lib_path;
    std::vector<std::string>   added, wanted;
    for ( int i = 1; i < argc; ++i ) {
        std::string arg = argv[i];
        if ( arg == "-h" || arg == "--help" ) {
            std::puts("Usage: sst-info [--add-lib-path DIR] [--lib-path DIRS] [LIB | LIB.Element ...]\n"
                      "Prints each element's documented parameters, ports and statistics.\n"
                      "With no LIB, prints every library on the element search path.");
            return 0;
        }
        if ( (arg == "--add-lib-path" || arg == "--lib-path") && i + 1 < argc ) {
            (arg == "--lib-path" ? (void)(lib_path = argv[++i]) : added.push_back(argv[++i]));
            continue;
        }
        if ( !arg.empty() && arg[0] == '-' ) {
            std::fprintf(stderr, "sst-info: error: unknown option '%s'\n", arg.c_str());
            return 1;
        }
        wanted.push_back(arg);
    }
    auto& registry = ElementRegistry::instance();
    registry.setSearchPath(elementSearchPath(lib_path, added));
    if ( wanted.empty() ) wanted = registry.availableLibraries();

    int status = 0;
    for ( size_t n = 0; n < wanted.size(); ++n ) {
        const std::string lib     = wanted[n].substr(0, wanted[n].find('.'));
        const std::string element = wanted[n].find('.') == std::string::npos ? "" : wanted[n].substr(wanted[n].find('.') + 1);
        try {
            if ( !element.empty() ) registry.require(wanted[n]);
            registry.loadLibrary(lib);
        }
        catch ( const ConfigError& e ) {
            std::fprintf(stderr, "sst-info: error: %s\n", e.what());
            status = 1;
            continue;
        }
        auto comps = registry.components(lib);
        std::printf("================================================================================\n");
        std::printf("ELEMENT LIBRARY %zu = %s\n", n, lib.c_str());
        std::printf("   Num Components = %zu\n", comps.size());
        for ( size_t i = 0; i < comps.size(); ++i )
            if ( element.empty() || comps[i]->name == element ) print(*comps[i], i);
    }
    return status;
}
