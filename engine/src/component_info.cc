// SPDX-License-Identifier: BSD-3-Clause
#include "sst/core/componentInfo.h"

#include "config_model.h"

#include "sst/core/baseComponent.h"
#include "sst/core/link.h"
#include "sst/core/linkMap.h"
#include "sst/core/serialization/serialize.h"

#include <cinttypes>
#include <cstdio>
#include <tuple>

namespace SST {

ComponentInfo::ComponentInfo(ComponentId_t id, const std::string& name) :
    id_(id), name(name), coordinates(3, 0.0)
{}

ComponentInfo::ComponentInfo() : id_(static_cast<ComponentId_t>(-1)), coordinates(3, 0.0) {}

ComponentInfo::ComponentInfo(ComponentId_t id, ComponentInfo* parent_info, const std::string& type,
                             const std::string& slot_name, int slot_num, uint64_t share_flags) :
    id_(id),
    parent_info(parent_info),
    type(type),
    coordinates(parent_info->coordinates),
    slot_name(slot_name),
    slot_num(slot_num),
    share_flags(share_flags)
{}

ComponentInfo::ComponentInfo(const Engine::ConfigComponent& ccomp, const std::string& name,
                             ComponentInfo* parent_info) :
    id_(ccomp.id),
    parent_info(parent_info),
    name(name),
    type(ccomp.type),
    link_map(new LinkMap()),
    params(const_cast<Params*>(&ccomp.params)),
    config(&ccomp),
    statLoadLevel(ccomp.statLoadLevel),
    coordinates(ccomp.coords),
    slot_name(ccomp.name),
    slot_num(ccomp.slot_num)
{
    std::map<std::string, int> counts;
    for ( auto& sc : ccomp.subComponents )
        counts[sc->name]++;
    for ( auto& sc : ccomp.subComponents ) {
        std::string sub_name = name + ":" + sc->name;
        if ( counts[sc->name] > 1 ) sub_name += "[" + std::to_string(sc->slot_num) + "]";
        subComponents.emplace_hint(subComponents.end(), std::piecewise_construct, std::make_tuple(sc->id),
                                   std::forward_as_tuple(*sc, sub_name, this));
    }
}

ComponentInfo::ComponentInfo(ComponentInfo&& o) :
    id_(o.id_),
    parent_info(o.parent_info),
    name(o.name),
    type(o.type),
    link_map(o.link_map),
    component(o.component),
    subComponents(std::move(o.subComponents)),
    params(o.params),
    defaultTimeBase(o.defaultTimeBase),
    config(o.config),
    statLoadLevel(o.statLoadLevel),
    coordinates(std::move(o.coordinates)),
    subIDIndex(o.subIDIndex),
    slot_name(o.slot_name),
    slot_num(o.slot_num),
    share_flags(o.share_flags)
{
    for ( auto& [id, sub] : subComponents )
        sub.parent_info = this;
    o.parent_info = nullptr;
    o.link_map    = nullptr;
    o.component   = nullptr;
    o.defaultTimeBase.reset();
}

ComponentInfo::~ComponentInfo()
{
    delete link_map;
    if ( component ) {
        component->my_info_ = nullptr;
        delete component;
    }
}

LinkMap* ComponentInfo::getLinkMap()
{
    if ( !link_map ) link_map = new LinkMap();
    return link_map;
}

ComponentId_t ComponentInfo::addAnonymousSubComponent(ComponentInfo* parent_info, const std::string& type,
                                                      const std::string& slot_name, int slot_num, uint64_t share_flags)
{
    ComponentInfo* top = this;
    while ( top->parent_info )
        top = top->parent_info;
    uint64_t      sub_id = top->subIDIndex++;
    ComponentId_t cid    = COMPDEFINED_SUBCOMPONENT_ID_CREATE(COMPONENT_ID_MASK(id_), sub_id);
    subComponents.emplace_hint(subComponents.end(), std::piecewise_construct, std::make_tuple(cid),
                               std::forward_as_tuple(cid, parent_info, type, slot_name, slot_num, share_flags));
    return cid;
}

ComponentInfo* ComponentInfo::findSubComponent(ComponentId_t id)
{
    if ( id == id_ ) return this;
    if ( COMPONENT_ID_MASK(id) != COMPONENT_ID_MASK(id_) ) return nullptr;
    for ( auto& [sid, sub] : subComponents )
        if ( ComponentInfo* found = sub.findSubComponent(id) ) return found;
    return nullptr;
}

ComponentInfo* ComponentInfo::findSubComponent(const std::string& slot, int num)
{
    for ( auto& [sid, sub] : subComponents )
        if ( sub.slot_name == slot && sub.slot_num == num ) return &sub;
    return nullptr;
}

bool ComponentInfo::hasLinks() const
{
    if ( link_map && !link_map->empty() ) return true;
    for ( auto& [sid, sub] : subComponents )
        if ( sub.hasLinks() ) return true;
    return false;
}

void ComponentInfo::serialize_comp(Core::Serialization::serializer& ser)
{
    SST_SER(component);
    for ( auto& [sid, sub] : subComponents )
        sub.serialize_comp(ser);
}

void ComponentInfo::serialize_order(Core::Serialization::serializer& ser)
{
    SST_SER(const_cast<ComponentId_t&>(id_));
    SST_SER(parent_info);
    SST_SER(const_cast<std::string&>(name));
    SST_SER(const_cast<std::string&>(type));
    SST_SER(defaultTimeBase);
    SST_SER(subIDIndex);
    SST_SER(const_cast<std::string&>(slot_name));
    SST_SER(slot_num);
    SST_SER(share_flags);
    SST_SER(statLoadLevel);
    SST_SER(subComponents, SerOption::as_ptr_elem);
}

ComponentInfo::ComponentInfo(ComponentId_t id, const std::string& name, const std::string& slot_name,
                             TimeConverter tv) :
    id_(id), name(name), defaultTimeBase(tv), coordinates(3, 0.0), slot_name(slot_name)
{}

ComponentInfo* ComponentInfo::test_addSubComponentInfo(const std::string& name, const std::string& slot_name,
                                                       TimeConverter tv)
{
    ComponentInfo* top = this;
    while ( top->parent_info )
        top = top->parent_info;
    auto ret = subComponents.emplace(std::piecewise_construct, std::forward_as_tuple(top->subIDIndex),
                                     std::forward_as_tuple(top->subIDIndex, name, slot_name, tv));
    top->subIDIndex++;
    ret.first->second.parent_info = this;
    return &ret.first->second;
}

void ComponentInfo::test_printComponentInfoHierarchy(int indent)
{
    for ( int i = 0; i < indent; ++i )
        std::printf("  ");
    std::printf("id = %" PRIu64 ", name = %s, slot_name = %s", id_, name.c_str(), slot_name.c_str());
    if ( defaultTimeBase.isInitialized() ) std::printf(", defaultTimeBase = %" PRIu64, defaultTimeBase.getFactor());
    if ( parent_info ) std::printf(", parent_id = %" PRIu64, parent_info->id_);
    std::printf("\n");
    for ( auto& [sid, sub] : subComponents )
        sub.test_printComponentInfoHierarchy(indent + 1);
}

} // namespace SST
