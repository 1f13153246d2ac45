// SPDX-License-Identifier: BSD-3-Clause
// What the engine knows about one component or SubComponent instance: its id, name, type,
// parameters, links, statistics configuration, and the SubComponents in its slots (user ones
// from the configuration, anonymous ones the component loads itself), as SST Core's ComponentInfo.
#ifndef SST_CORE_COMPONENTINFO_H
#define SST_CORE_COMPONENTINFO_H

#include "sst/core/params.h"
#include "sst/core/serialization/serializer.h"
#include "sst/core/sst_types.h"
#include "sst/core/timeConverter.h"

#include <cinttypes>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

namespace SST {

class BaseComponent;
class LinkMap;

namespace Engine {
class Simulation;
struct ConfigComponent;
struct ConfigStatistic;
struct ConfigPortModule;
struct ComponentRuntime;
} // namespace Engine

class ComponentInfo
{
public:
    static const uint64_t SHARE_PORTS  = 0x1; // a SubComponent may use its parent's ports
    static const uint64_t SHARE_STATS  = 0x2; // ... and its parent's statistics
    static const uint64_t INSERT_STATS = 0x4; // ... and enable them through its parent
    static const uint64_t SHARE_NONE   = 0x0;

private:
    static const uint64_t USER_FLAGS = 0x7;
    friend class BaseComponent;
    friend class Engine::Simulation;
    friend class SubComponentSlotInfo;
    friend struct Engine::ComponentRuntime;

    ComponentId_t     id_;
    ComponentInfo*    parent_info = nullptr;
    const std::string name;
    const std::string type;
    LinkMap*          link_map  = nullptr;
    BaseComponent*    component = nullptr;
    std::map<ComponentId_t, ComponentInfo> subComponents;
    Params*       params = nullptr;
    TimeConverter defaultTimeBase;
    const Engine::ConfigComponent* config = nullptr; // a user (sub)component's configuration
    uint8_t             statLoadLevel = 0;
    std::vector<double> coordinates;
    uint64_t            subIDIndex = 1;
    const std::string   slot_name;
    int                 slot_num    = -1;
    uint64_t            share_flags = 0;

    bool sharesPorts() const { return (share_flags & SHARE_PORTS) != 0; }
    bool sharesStatistics() const { return (share_flags & SHARE_STATS) != 0; }
    bool canInsertStatistics() const { return (share_flags & INSERT_STATS) != 0; }
    void setComponent(BaseComponent* comp) { component = comp; }

    ComponentInfo(ComponentId_t id, const std::string& name);
    ComponentId_t addAnonymousSubComponent(ComponentInfo* parent_info, const std::string& type,
                                           const std::string& slot_name, int slot_num, uint64_t share_flags);

public:
    ComponentInfo();
    /** A component (or user SubComponent) of the configuration, with its SubComponents. */
    ComponentInfo(const Engine::ConfigComponent& ccomp, const std::string& name, ComponentInfo* parent_info);
    /** An anonymous SubComponent. */
    ComponentInfo(ComponentId_t id, ComponentInfo* parent_info, const std::string& type, const std::string& slot_name,
                  int slot_num, uint64_t share_flags);
    ComponentInfo(ComponentInfo&& o);
    ComponentInfo(const ComponentInfo&)            = delete;
    ComponentInfo& operator=(const ComponentInfo&) = delete;
    ~ComponentInfo();

    void serialize_order(Core::Serialization::serializer& ser);
    void serialize_comp(Core::Serialization::serializer& ser);

    bool isAnonymous() const { return COMPDEFINED_SUBCOMPONENT_ID_MASK(id_); }
    bool isUser() const { return !COMPDEFINED_SUBCOMPONENT_ID_MASK(id_); }

    ComponentId_t      getID() const { return id_; }
    /** An anonymous SubComponent has its parent's name. */
    const std::string& getName() const
    {
        if ( name.empty() && parent_info ) return parent_info->getName();
        return name;
    }
    const std::string& getParentComponentName() const
    {
        const ComponentInfo* c = this;
        while ( c->parent_info )
            c = c->parent_info;
        return c->getName();
    }
    std::string        getShortName() const { return name.substr(name.find_last_of(':') + 1); }
    const std::string& getSlotName() const { return slot_name; }
    int                getSlotNum() const { return slot_num; }
    const std::string& getType() const { return type; }
    BaseComponent*     getComponent() const { return component; }
    LinkMap*           getLinkMap();
    const Params*      getParams() const { return params; }
    std::map<ComponentId_t, ComponentInfo>& getSubComponents() { return subComponents; }
    ComponentInfo*     findSubComponent(const std::string& slot, int slot_num);
    ComponentInfo*     findSubComponent(ComponentId_t id);
    bool               hasLinks() const;
    uint8_t            getStatisticLoadLevel() const { return statLoadLevel; }

    // For SST Core's serialization test.
    ComponentInfo(ComponentId_t id, const std::string& name, const std::string& slot_name,
                  TimeConverter tv = TimeConverter());
    ComponentInfo* test_addSubComponentInfo(const std::string& name, const std::string& slot_name,
                                            TimeConverter tv = TimeConverter());
    void           test_printComponentInfoHierarchy(int index = 0);
};

} // namespace SST

#endif
