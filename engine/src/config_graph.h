// SPDX-License-Identifier: BSD-3-Clause
// The configuration a Python model builds: components, links, statistics
// and program options. Checked against the ELI before anything is built.
#ifndef SST_ENGINE_CONFIG_GRAPH_H
#define SST_ENGINE_CONFIG_GRAPH_H

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace SST::Engine {

/** A configuration mistake: reported as one line naming the culprit, exit 1. */
struct ConfigError : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

struct ConfigComponent
{
    std::string                        name;
    std::string                        type; // "lib.Element"
    std::map<std::string, std::string> params;
    bool                               all_stats = false;
    std::set<std::string>              stats;
    std::optional<unsigned>            stat_load_level; // Component.setStatisticLoadLevel; else the graph's
};

struct ConfigEndpoint
{
    size_t      component;
    std::string port;
    std::string latency;
};

struct ConfigLink
{
    std::string                 name;
    std::string                 default_latency;
    std::vector<ConfigEndpoint> ends;
    bool                        no_cut = false;
};

struct ConfigGraph
{
    std::vector<ConfigComponent>       components;
    std::vector<ConfigLink>            links;
    std::map<std::string, std::string> program_options;
    // As SST Core: statistics enabled with enableAll... are recorded only up to this level
    // (0, SST's default, records none); statistics enabled by name always are.
    unsigned                           stat_load_level = 0;
    std::string                        stat_output = "sst.statOutputConsole";
    std::map<std::string, std::string> stat_output_options;

    size_t addComponent(const std::string& name, const std::string& type)
    {
        for ( const auto& c : components )
            if ( c.name == name ) throw ConfigError("component name '" + name + "' is used twice");
        components.push_back({ name, type, {}, false, {}, std::nullopt });
        return components.size() - 1;
    }
    size_t addLink(const std::string& name, const std::string& latency)
    {
        for ( const auto& l : links )
            if ( l.name == name ) throw ConfigError("link name '" + name + "' is used twice");
        links.push_back({ name, latency, {}, false });
        return links.size() - 1;
    }
};

} // namespace SST::Engine

#endif
