// SPDX-License-Identifier: BSD-3-Clause
// The configuration model's bookkeeping, with SST Core's ids and rules: component ids in
// creation order, SubComponent ids made from their component's, statistic ids per component,
// statistic configurations stored on the top-level component.
#include "config_model.h"

namespace SST::Engine {

std::string ConfigComponent::fullName() const
{
    if ( !parent ) return name;
    return parent->fullName() + ":" + name + "[" + std::to_string(slot_num) + "]";
}

ConfigComponent* ConfigComponent::addSubComponent(const std::string& slot, const std::string& sub_type, int num)
{
    for ( auto& sc : subComponents )
        if ( sc->name == slot && sc->slot_num == num ) return nullptr;
    ConfigComponent* t  = top();
    auto             sc = std::make_unique<ConfigComponent>();
    sc->id              = SUBCOMPONENT_ID_CREATE(t->id, t->nextSubID++);
    sc->name            = slot;
    sc->slot_num        = num;
    sc->type            = sub_type;
    sc->weight          = weight;
    sc->rank            = rank;
    sc->thread          = thread;
    sc->coords          = coords;
    sc->parent          = this;
    subComponents.push_back(std::move(sc));
    return subComponents.back().get();
}

ConfigComponent* ConfigComponent::findSubComponent(ComponentId_t sid)
{
    if ( sid == id ) return this;
    for ( auto& sc : subComponents )
        if ( auto* found = sc->findSubComponent(sid) ) return found;
    return nullptr;
}

ConfigStatistic* ConfigComponent::enableStatistic(const std::string& stat_name, const Params& stat_params,
                                                  bool recursively)
{
    if ( recursively )
        for ( auto& sc : subComponents )
            sc->enableStatistic(stat_name, stat_params, true);
    if ( stat_name == STATALLFLAG ) {
        enabledAllStats  = true;
        allStatConfig.id = STATALL_ID;
        allStatConfig.params.insert(stat_params);
        return &allStatConfig;
    }
    auto it = enabledStatNames.find(stat_name);
    if ( it == enabledStatNames.end() ) {
        StatisticId_t sid           = nextStatisticId();
        enabledStatNames[stat_name] = sid;
        ConfigStatistic& cs         = top()->statistics[sid];
        cs.id                       = sid;
        cs.params.insert(stat_params);
        return &cs;
    }
    // Enabled again: SST Core adds the params to the top component's configuration only for a
    // top component (a SubComponent's go to a copy nobody reads).
    ConfigStatistic& cs = parent ? orphan_stats_[it->second] : statistics[it->second];
    cs.id               = it->second;
    cs.params.insert(stat_params);
    return &cs;
}

ConfigStatistic* ConfigComponent::createStatistic(const std::string& stat_name, const Params& stat_params)
{
    StatisticId_t    sid = nextStatisticId();
    ConfigStatistic& cs  = top()->statistics[sid];
    cs.id                = sid;
    cs.shared            = true;
    cs.name              = stat_name;
    cs.params.insert(stat_params);
    return &cs;
}

ConfigStatistic* ConfigComponent::findStatistic(const std::string& stat_name)
{
    if ( stat_name == STATALLFLAG ) return &allStatConfig;
    auto it = enabledStatNames.find(stat_name);
    if ( it == enabledStatNames.end() ) return nullptr;
    auto& stats = top()->statistics;
    auto  sit   = stats.find(it->second);
    return sit == stats.end() ? nullptr : &sit->second;
}

void ConfigComponent::reuseStatistic(const std::string& stat_name, StatisticId_t sid)
{
    if ( stat_name == STATALLFLAG ) throw ConfigError("Cannot reuse a Statistic with STATALLFLAG as parameter");
    if ( !top()->statistics.count(sid) ) throw ConfigError("Cannot reuse a statistic that doesn't exist for the parent");
    enabledStatNames[stat_name] = sid;
}

void ConfigComponent::setStatisticLoadLevel(uint8_t level, bool recursively)
{
    statLoadLevel = level;
    if ( recursively )
        for ( auto& sc : subComponents )
            sc->setStatisticLoadLevel(level, true);
}

ConfigComponent* ConfigModel::addComponent(const std::string& comp_name, const std::string& comp_type)
{
    if ( component_names.count(comp_name) ) return nullptr;
    auto c  = std::make_unique<ConfigComponent>();
    c->id   = components.size();
    c->name = comp_name;
    c->type = comp_type;
    component_names[comp_name] = components.size();
    components.push_back(std::move(c));
    return components.back().get();
}

ConfigComponent* ConfigModel::findComponent(ComponentId_t id)
{
    ComponentId_t top = COMPONENT_ID_MASK(id);
    if ( top >= components.size() ) return nullptr;
    return components[top]->findSubComponent(id);
}

ConfigComponent* ConfigModel::findComponentByName(const std::string& full_name)
{
    const size_t colon = full_name.find(':');
    auto         it    = component_names.find(full_name.substr(0, colon));
    if ( it == component_names.end() ) return nullptr;
    ConfigComponent* c = components[it->second].get();
    if ( colon == std::string::npos ) return c;
    // The rest is slot[n]:slot[n]...; "[n]" may be left out for slot 0.
    std::string rest = full_name.substr(colon + 1);
    while ( c && !rest.empty() ) {
        const size_t next = rest.find(':');
        std::string  part = rest.substr(0, next);
        rest              = next == std::string::npos ? "" : rest.substr(next + 1);
        int          num  = 0;
        if ( auto lb = part.find('['); lb != std::string::npos ) {
            try {
                num = std::stoi(part.substr(lb + 1));
            }
            catch ( const std::exception& ) {
                return nullptr;
            }
            part = part.substr(0, lb);
        }
        ConfigComponent* found = nullptr;
        for ( auto& sc : c->subComponents )
            if ( sc->name == part && sc->slot_num == num ) found = sc.get();
        c = found;
    }
    return c;
}

size_t ConfigModel::addLink(const std::string& link_name, const std::string& latency)
{
    auto it = link_names.find(link_name);
    if ( it != link_names.end() ) return it->second;
    ConfigLink l;
    l.name            = link_name;
    l.default_latency = latency;
    link_names[link_name] = links.size();
    links.push_back(std::move(l));
    return links.size() - 1;
}

void ConfigModel::connect(size_t link, ConfigComponent* comp, const std::string& port, const std::string& latency)
{
    ConfigLink& l = links.at(link);
    if ( l.count >= 2 )
        throw ConfigError("Link " + l.name + " connected to more than two ports (" + comp->fullName() + ":" + port +
                          " is a third)");
    l.ends[l.count++] = { comp, port, latency };
    comp->links[port] = link;
}

} // namespace SST::Engine
