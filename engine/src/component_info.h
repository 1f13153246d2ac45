// SPDX-License-Identifier: BSD-3-Clause
// What the engine knows about one component instance.
#ifndef SST_ENGINE_COMPONENT_INFO_H
#define SST_ENGINE_COMPONENT_INFO_H

#include "sst/core/baseComponent.h"
#include "sst/core/elementinfo.h"

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace SST::Engine {

struct ComponentInfo
{
    ComponentId_t                                       id = 0;
    std::string                                         name;
    std::string                                         type;
    const ELI::ComponentDoc*                            doc = nullptr;
    Params                                              params;
    std::map<std::string, Link*>                        ports;      // connected port -> this component's end
    std::map<std::string, std::string>                  port_links; // connected port -> link name
    std::set<std::string>                               configured;
    TimeConverter                                       default_tb;
    bool                                                all_stats = false;
    unsigned                                            stat_load_level = 0; // for all_stats
    std::set<std::string>                               stats;
    std::vector<std::unique_ptr<Statistics::StatisticBase>> statistics;
    std::unique_ptr<BaseComponent>                      component;
    bool                                                primary_waiting = false;
};

} // namespace SST::Engine

#endif
