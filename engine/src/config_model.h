// SPDX-License-Identifier: BSD-3-Clause
// The configuration a Python (or JSON) model builds: components with their SubComponents,
// links, statistics, statistic groups and outputs, and program options. Nothing here is
// checked against the element libraries yet; the Simulation does that when it builds.
#ifndef SST_ENGINE_CONFIG_MODEL_H
#define SST_ENGINE_CONFIG_MODEL_H

#include "sst/core/params.h"
#include "sst/core/sst_types.h"
#include "sst/core/unitAlgebra.h"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace SST::Engine {

/** A configuration mistake: reported as one line naming the culprit. */
struct ConfigError : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

/** The statistic name the configuration uses for "all statistics". */
inline const std::string STATALLFLAG = "--ALL--";
constexpr uint8_t STATISTICLOADLEVELUNINITIALIZED = 0xff;

struct ConfigStatistic
{
    StatisticId_t id     = 0;
    std::string   name;           // a shared statistic's own name (createStatistic)
    bool          shared = false; // one object for every statistic name it is set for
    Params        params;
};

struct ConfigPortModule
{
    std::string                   type;
    Params                        params;
    uint8_t                       stat_load_level = STATISTICLOADLEVELUNINITIALIZED;
    Params                        all_stat_config;  // enableAllStatistics: params for every statistic
    std::map<std::string, Params> per_stat_configs; // enableStatistic(s)
};

struct ConfigComponent
{
    ComponentId_t                   id = 0;
    std::string                     name;     // a component's name; a SubComponent's slot
    int                             slot_num = -1;
    std::string                     type;
    Params                          params;
    uint8_t                         statLoadLevel = STATISTICLOADLEVELUNINITIALIZED;
    bool                            enabledAllStats = false;
    ConfigStatistic                 allStatConfig;
    std::map<std::string, StatisticId_t>   enabledStatNames;
    std::map<StatisticId_t, ConfigStatistic> statistics; // on a top component only: every enabled stat
    std::vector<std::unique_ptr<ConfigComponent>> subComponents;
    std::map<std::string, std::vector<ConfigPortModule>> port_modules;
    std::vector<double>             coords = std::vector<double>(3, 0.0);
    uint32_t                        rank = 0, thread = 0;
    double                          weight = 1.0;
    ConfigComponent*                parent = nullptr;
    std::map<std::string, size_t>   links; // connected port -> link index
    uint16_t                        nextSubID   = 1; // top component only
    StatisticId_t                   nextStatID  = 1; // top component only

    ConfigComponent* top()
    {
        ConfigComponent* c = this;
        while ( c->parent )
            c = c->parent;
        return c;
    }
    /** "comp:slot[n]:slot[m]", as SST Core names SubComponents. */
    std::string fullName() const;
    ConfigComponent* addSubComponent(const std::string& slot, const std::string& type, int slot_num);
    ConfigComponent* findSubComponent(ComponentId_t id);
    /** Enables a statistic by name (or STATALLFLAG), with params; recursively for SubComponents too. */
    ConfigStatistic* enableStatistic(const std::string& name, const Params& params, bool recursively);
    /** A shared statistic object (sst.Component.createStatistic). */
    ConfigStatistic* createStatistic(const std::string& name, const Params& params);
    /** The configuration of an enabled statistic (or of "all statistics"), or nullptr. */
    ConfigStatistic* findStatistic(const std::string& name);
    /** Uses an existing statistic object for a statistic name (setStatistic); throws ConfigError. */
    void             reuseStatistic(const std::string& name, StatisticId_t id);
    void             setStatisticLoadLevel(uint8_t level, bool recursively);
    StatisticId_t    nextStatisticId() { return top()->nextStatID++; }

private:
    std::map<StatisticId_t, ConfigStatistic> orphan_stats_;
};

struct ConfigLinkEnd
{
    ConfigComponent* component = nullptr;
    std::string      port;
    std::string      latency; // as given (empty: the link's default)
};

struct ConfigLink
{
    std::string   name;
    std::string   default_latency;
    ConfigLinkEnd ends[2];
    int           count    = 0;
    bool          no_cut   = false;
    bool          nonlocal = false;
};

struct ConfigStatOutput
{
    std::string type;
    Params      params;
};

struct ConfigStatGroup
{
    std::string                   name;
    std::map<std::string, Params> statMap;
    std::vector<ComponentId_t>    components;
    size_t                        outputID = 0;
    UnitAlgebra                   outputFrequency;
};

struct StatsConfig
{
    std::vector<ConfigStatOutput>          outputs{ { "sst.statOutputConsole", {} } };
    uint8_t                                load_level = 0;
    std::map<std::string, ConfigStatGroup> groups;
};

class ConfigModel
{
public:
    std::vector<std::unique_ptr<ConfigComponent>> components;
    std::map<std::string, size_t>                 component_names;
    std::vector<ConfigLink>                       links;
    std::map<std::string, size_t>                 link_names;
    StatsConfig                                   stats;
    std::map<std::string, std::string>            program_options;
    std::vector<std::string>                      name_prefixes;

    ConfigComponent* addComponent(const std::string& name, const std::string& type);
    ConfigComponent* findComponent(ComponentId_t id);
    ConfigComponent* findComponentByName(const std::string& name);
    size_t           addLink(const std::string& name, const std::string& latency);
    void             connect(size_t link, ConfigComponent* comp, const std::string& port, const std::string& latency);

    /** Subscribes params to a shared parameter set (sst.addSharedParams). */
    static void addSharedParamSet(Params& params, const std::string& set) { params.addSharedParamSet(set); }
    static void insertShared(const std::string& set, const std::string& k, const std::string& v)
    {
        Params::insert_shared(set, k, v);
    }
    static std::map<std::string, std::string> sharedSet(const std::string& set) { return Params::getSharedParamSet(set); }
    static std::vector<std::string>           sharedSetNames() { return Params::getSharedParamSetNames(); }
    static std::vector<std::string> subscribedSets(const Params& p) { return p.getSubscribedSharedParamSets(); }
    static std::vector<std::string> localKeys(const Params& p) { return p.getLocalKeys(); }
};

} // namespace SST::Engine

#endif
