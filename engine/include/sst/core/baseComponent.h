// SPDX-License-Identifier: BSD-3-Clause
// What every Component, SubComponent and ComponentExtension can do, with the access and
// signatures SST Core 16 gives them: configure links, register clocks and time bases, read
// simulated time, register statistics, load SubComponents (from the configuration's slots,
// or anonymously) and Modules, and end the run.
#ifndef SST_CORE_BASECOMPONENT_H
#define SST_CORE_BASECOMPONENT_H

#include "sst/core/clock.h"
#include "sst/core/componentInfo.h"
#include "sst/core/eli/elementinfo.h"
#include "sst/core/event.h"
#include "sst/core/factory.h"
#include "sst/core/link.h"
#include "sst/core/output.h"
#include "sst/core/params.h"
#include "sst/core/portModule.h"
#include "sst/core/rankInfo.h"
#include "sst/core/serialization/serializable_base.h"
#include "sst/core/serialization/serialize.h"
#include "sst/core/sst_types.h"
#include "sst/core/statapi/statbase.h"
#include "sst/core/statapi/statengine.h"
#include "sst/core/timeConverter.h"
#include "sst/core/unitAlgebra.h"
#include "sst/core/warnmacros.h"

#include <cstdarg>
#include <cstdint>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

using namespace SST::Statistics;

namespace SST {

class Component;
class ComponentExtension;
class Module;
class SubComponent;
class SubComponentSlotInfo;
class WatchPoint;

namespace Profile {
class ComponentProfileTool;
}

namespace Core::Serialization::pvt {
class SerializeBaseComponentHelper;
}

class BaseComponent : public Core::Serialization::serializable_base
{
    friend class Component;
    friend class ComponentExtension;
    friend class ComponentInfo;
    friend class SubComponent;
    friend class SubComponentSlotInfo;
    friend class PortModule;
    friend class Engine::Simulation;

protected:
    using StatCreateFunction = std::function<Statistics::StatisticBase*(
        BaseComponent*, Statistics::StatisticProcessingEngine*, const std::string&, const std::string&, Params&)>;

    BaseComponent() = default; // for serialization only

public:
    explicit BaseComponent(ComponentId_t id);
    ~BaseComponent() override;
    BaseComponent(const BaseComponent&)            = delete;
    BaseComponent& operator=(const BaseComponent&) = delete;

    const std::string& getType() const { return my_info_->getType(); }
    ComponentId_t      getId() const { return my_info_->id_; }
    uint8_t            getStatisticLoadLevel() const { return my_info_->statLoadLevel; }
    /** Called when the run ends abnormally (a fatal error, a signal): release external resources. */
    virtual void       emergencyShutdown() {}
    const std::string& getName() const { return my_info_->getName(); }
    const std::string& getParentComponentName() const { return my_info_->getParentComponentName(); }

    /** Untimed phases before setup(): repeated while any link carries untimed data. */
    virtual void init(unsigned int UNUSED(phase)) {}
    /** Untimed phases after the run, before finish(). */
    virtual void complete(unsigned int UNUSED(phase)) {}
    virtual void setup() {}
    virtual void finish() {}
    virtual bool Status() { return false; }
    virtual void printStatus(Output& UNUSED(out)) {}

    UnitAlgebra    getCoreTimeBase() const;
    /** Simulated time in core cycles (the timebase option, default 1ps). */
    SimTime_t      getCurrentSimCycle() const;
    int            getCurrentPriority() const;
    UnitAlgebra    getElapsedSimTime() const;
    SimTime_t      getEndSimCycle() const;
    UnitAlgebra    getEndSimTime() const;
    RankInfo       getRank() const;
    RankInfo       getNumRanks() const;
    static Output& getSimulationOutput();
    /** Simulated time in the component's default time base. */
    SimTime_t getCurrentSimTime() const { return getCurrentSimTime(my_info_->defaultTimeBase); }
    SimTime_t getCurrentSimTime(TimeConverter base) const;
    SimTime_t getCurrentSimTime(const std::string& base) const;
    SimTime_t getCurrentSimTime(const char* base) const { return getCurrentSimTime(std::string(base)); }
    SimTime_t getCurrentSimTimeNano() const;
    SimTime_t getCurrentSimTimeMicro() const;
    SimTime_t getCurrentSimTimeMilli() const;
    double    getRunPhaseElapsedRealTime() const;
    double    getInitPhaseElapsedRealTime() const;
    double    getCompletePhaseElapsedRealTime() const;

    void addWatchPoint(WatchPoint* pt);
    void removeWatchPoint(WatchPoint* pt);

protected:
    bool         isSimulationRunModeInit() const;
    bool         isSimulationRunModeRun() const;
    bool         isSimulationRunModeBoth() const;
    std::string& getOutputDirectory() const;
    void         requireLibrary(const std::string& name);
    bool         isPortConnected(const std::string& name) const;

    Link* configureLink(const std::string& name, TimeConverter timebase, Event::HandlerBase* handler = nullptr)
    {
        return configureLink_impl(name, timebase.getFactor(), handler);
    }
    Link* configureLink(const std::string& name, Event::HandlerBase* handler = nullptr);
    Link* configureSelfLink(const std::string& name, TimeConverter timebase, Event::HandlerBase* handler = nullptr)
    {
        addSelfLink(name);
        return configureLink(name, timebase, handler);
    }
    Link* configureSelfLink(const std::string& name, Event::HandlerBase* handler = nullptr);

    TimeConverter registerClock(TimeConverter tc, Clock::HandlerBase* handler, bool reg_all = true);
    void          unregisterClock(TimeConverter tc, Clock::HandlerBase* handler);
    /** Puts a handler that returned true (or was unregistered) back on its clock; returns the next cycle. */
    Cycle_t       reregisterClock(TimeConverter freq, Clock::HandlerBase* handler);
    Cycle_t       getNextClockCycle(TimeConverter freq);
    TimeConverter registerTimeBase(const std::string& base, bool reg_all = true);
    TimeConverter getTimeConverter(const std::string& base) const;
    TimeConverter getTimeConverter(const UnitAlgebra& base) const;

    bool isStatisticShared(const std::string& stat_name, bool include_me = false)
    {
        if ( include_me && getStatisticValidityAndLevel(stat_name) != 255 ) return true;
        if ( my_info_->sharesStatistics() ) return my_info_->parent_info->component->isStatisticShared(stat_name, true);
        return false;
    }

    void initiateInteractive(const std::string& msg);

private:
    ImplementSerializable(SST::BaseComponent)
    void serialize_order(Core::Serialization::serializer& ser) override;

    void  registerClock_impl(TimeConverter tc, Clock::HandlerBase* handler, bool reg_all);
    Link* configureLink_impl(const std::string& name, SimTime_t timebase, Event::HandlerBase* handler = nullptr);

    template <typename T>
    Statistics::Statistic<T>* createStatistic(SST::Params& params, StatisticId_t id, const std::string& name,
                                              const std::string& stat_sub_id)
    {
        StatCreateFunction create = [](BaseComponent* comp, Statistics::StatisticProcessingEngine* engine,
                                       const std::string& n, const std::string& sub_id,
                                       SST::Params& p) -> Statistics::StatisticBase* {
            return engine->createStatistic<T>(comp, n, sub_id, p);
        };
        Statistics::StatisticBase* base =
            id == STATALL_ID ? createEnabledAllStatistic(params, name, stat_sub_id, std::move(create))
                             : getParentComponent()->createExplicitlyEnabledStatistic(params, id, name, stat_sub_id,
                                                                                      std::move(create));
        if ( auto* stat = dynamic_cast<Statistics::Statistic<T>*>(base) ) return stat;
        fatal(__LINE__, __FILE__, "createStatistic", 1,
              "failed to cast created statistic '%s' to expected type (one statistic object given two statistic "
              "names of different types?)",
              name.c_str());
    }

    template <typename T>
    Statistics::Statistic<T>* registerStatistic_impl(SST::Params& params, const std::string& stat_name,
                                                     const std::string& stat_sub_id, uint8_t level = 255)
    {
        if ( level == 255 ) level = getStatisticValidityAndLevel(stat_name);
        if ( level == 255 ) {
            if ( my_info_->parent_info && my_info_->sharesStatistics() )
                return my_info_->parent_info->component->registerStatistic_impl<T>(params, stat_name, stat_sub_id);
            fatal(__LINE__, __FILE__, "registerStatistic", 1,
                  "attempting to register a statistic '%s' that is not found in ELI", stat_name.c_str());
        }
        StatisticId_t id = UNSET_STATISTIC_ID;
        if ( explicitlyEnabledStatistic(stat_name, id) ) {
            return getParentComponent()->createStatistic<T>(params, id, stat_name, stat_sub_id);
        }
        if ( enabledAllStatistics() ) {
            if ( level > getStatisticLoadLevel() ) return getStatEngine()->createDisabledStatistic<T>();
            return createStatistic<T>(params, STATALL_ID, stat_name, stat_sub_id);
        }
        if ( my_info_->parent_info && my_info_->canInsertStatistics() )
            return my_info_->parent_info->component->registerStatistic_impl<T>(params, stat_name, stat_sub_id, level);
        return getStatEngine()->createDisabledStatistic<T>();
    }

protected:
    template <typename T>
    Statistics::Statistic<T>* registerStatistic(SST::Params& params, const std::string& stat_name,
                                                const std::string& stat_sub_id = "")
    {
        return registerStatistic_impl<T>(params, stat_name, stat_sub_id);
    }
    template <typename T>
    Statistics::Statistic<T>* registerStatistic(const std::string& stat_name, const std::string& stat_sub_id = "")
    {
        SST::Params empty{};
        return registerStatistic_impl<T>(empty, stat_name, stat_sub_id);
    }
    template <typename... Args>
    Statistics::Statistic<std::tuple<Args...>>* registerMultiStatistic(const std::string& stat_name,
                                                                      const std::string& stat_sub_id = "")
    {
        SST::Params empty{};
        return registerStatistic_impl<std::tuple<Args...>>(empty, stat_name, stat_sub_id);
    }
    template <typename... Args>
    Statistics::Statistic<std::tuple<Args...>>* registerMultiStatistic(SST::Params& params,
                                                                      const std::string& stat_name,
                                                                      const std::string& stat_sub_id = "")
    {
        return registerStatistic_impl<std::tuple<Args...>>(params, stat_name, stat_sub_id);
    }
    template <typename T>
    Statistics::Statistic<T>* registerStatistic(const char* stat_name, const char* stat_sub_id = "")
    {
        return registerStatistic<T>(std::string(stat_name), std::string(stat_sub_id));
    }

    void performStatisticOutput(Statistics::StatisticBase* stat);
    void performGlobalStatisticOutput();

    /** Profile points are for SST Core's profiling tools; the embedded engine attaches none, so nullptr. */
    template <typename T>
    typename T::ProfilePoint* registerProfilePoint(const std::string& UNUSED(point_name))
    {
        return nullptr;
    }

    template <class T, class... ARGS>
    T* loadModule(const std::string& type, Params& params, ARGS... args)
    {
        return Factory::getFactory()->CreateWithParams<T>(type, params, params, args...);
    }

    template <class T, class... ARGS>
    T* loadComponentExtension(ARGS... args)
    {
        ComponentExtension* ret = new T(my_info_->id_, args...);
        return static_cast<T*>(ret);
    }

    template <class T>
    bool isSubComponentLoadableUsingAPI(const std::string& type)
    {
        return Factory::getFactory()->isSubComponentLoadableUsingAPI<T>(type);
    }

    template <class T>
    bool isUserSubComponentLoadableUsingAPI(const std::string& slot_name)
    {
        return isUserSubComponentLoadableUsingAPIByIndex<T>(slot_name, singleSlotIndex(slot_name));
    }

    /** A SubComponent this component chooses itself (type given in code, params passed in). */
    template <class T, class... ARGS>
    T* loadAnonymousSubComponent(const std::string& type, const std::string& slot_name, int slot_num,
                                 uint64_t share_flags, Params& params, ARGS... args)
    {
        share_flags       = share_flags & ComponentInfo::USER_FLAGS;
        ComponentId_t cid = my_info_->addAnonymousSubComponent(my_info_, type, slot_name, slot_num, share_flags);
        ComponentInfo* sub_info = my_info_->findSubComponent(cid);
        if ( !sub_info ) return nullptr;
        if ( !isSubComponentLoadableUsingAPI<T>(type) ) return nullptr;
        return Factory::getFactory()->CreateWithParams<T>(type, params, sub_info->id_, params, args...);
    }

    /** The SubComponent the configuration put in slot_name (setSubComponent), or nullptr. */
    template <class T>
    T* loadUserSubComponent(const std::string& slot_name)
    {
        return loadUserSubComponent<T>(slot_name, ComponentInfo::SHARE_NONE);
    }
    template <class T, class... ARGS>
    T* loadUserSubComponent(const std::string& slot_name, uint64_t share_flags, ARGS... args)
    {
        return loadUserSubComponentByIndex<T, ARGS...>(slot_name, singleSlotIndex(slot_name), share_flags, args...);
    }

    [[noreturn]] void fatal(uint32_t line, const char* file, const char* func, int exit_code, const char* format,
                            ...) const __attribute__((format(printf, 6, 7)));
    void sst_assert(bool condition, uint32_t line, const char* file, const char* func, int exit_code,
                    const char* format, ...) const __attribute__((format(printf, 7, 8)));

private:
    SimTime_t processCurrentTimeWithUnderflowedBase(const std::string& base) const;
    Statistics::StatisticBase* createExplicitlyEnabledStatistic(SST::Params& params, StatisticId_t id,
                                                                const std::string& name,
                                                                const std::string& stat_sub_id,
                                                                StatCreateFunction create);
    Statistics::StatisticBase* createEnabledAllStatistic(SST::Params& params, const std::string& name,
                                                         const std::string& stat_sub_id, StatCreateFunction create);
    /** Whether the configuration enabled stat_name by name for this (sub)component; its config id. */
    bool explicitlyEnabledStatistic(const std::string& stat_name, StatisticId_t& id) const;
    bool enabledAllStatistics() const;
    void setDefaultTimeBaseForLinks(TimeConverter tc);
    void pushValidParams(Params& params, const std::string& type);
    /** The index of the one SubComponent in slot_name (-1 for none); more than one is fatal. */
    int  singleSlotIndex(const std::string& slot_name);

    template <class T, class... ARGS>
    T* loadUserSubComponentByIndex(const std::string& slot_name, int slot_num, uint64_t share_flags, ARGS... args)
    {
        share_flags             = share_flags & ComponentInfo::USER_FLAGS;
        ComponentInfo* sub_info = my_info_->findSubComponent(slot_name, slot_num);
        if ( !sub_info ) return nullptr;
        sub_info->share_flags = share_flags;
        sub_info->parent_info = my_info_;
        if ( !isSubComponentLoadableUsingAPI<T>(sub_info->type) ) return nullptr;
        return Factory::getFactory()->CreateWithParams<T>(sub_info->type, *sub_info->params, sub_info->id_,
                                                          *sub_info->params, args...);
    }

    template <class T>
    bool isUserSubComponentLoadableUsingAPIByIndex(const std::string& slot_name, int slot_num)
    {
        ComponentInfo* sub_info = my_info_->findSubComponent(slot_name, slot_num);
        if ( !sub_info ) return false;
        return isSubComponentLoadableUsingAPI<T>(sub_info->type);
    }

    [[noreturn]] void vfatal(uint32_t line, const char* file, const char* func, int exit_code, const char* format,
                             va_list arg) const __attribute__((format(printf, 6, 0)));

    Statistics::StatisticProcessingEngine* getStatEngine();

public:
    /** The SubComponents the configuration put in slot name, or nullptr if none. */
    SubComponentSlotInfo* getSubComponentSlotInfo(const std::string& name, bool fatalOnEmptyIndex = false);
    const std::vector<double>& getCoordinates() const { return my_info_->coordinates; }

protected:
    friend class SST::Statistics::StatisticProcessingEngine;
    friend class SST::Statistics::StatisticBase;

    bool                isAnonymous() { return my_info_->isAnonymous(); }
    bool                isUser() { return my_info_->isUser(); }
    void                setDefaultTimeBase(TimeConverter tc) { my_info_->defaultTimeBase = tc; }
    TimeConverter       getDefaultTimeBase() { return my_info_->defaultTimeBase; }
    const TimeConverter getDefaultTimeBase() const { return my_info_->defaultTimeBase; }
    bool                doesSubComponentExist(const std::string& type);
    /** The statistic's ELI enable level, or 255 if the element does not document it. */
    uint8_t getStatisticValidityAndLevel(const std::string& statisticName) const;
    std::vector<Profile::ComponentProfileTool*> getComponentProfileTools(const std::string& point);

    /** A primary component decides when the simulation may end. */
    void registerAsPrimaryComponent();
    /** This component needs the simulation to go on. */
    void primaryComponentDoNotEndSim();
    /** This component no longer needs the simulation: when all say so, it ends. */
    void primaryComponentOKToEndSim();

private:
    enum class ComponentState : uint8_t { None = 0, Primary = 1, DoNotEndSim = 2, OKToEndSim = 4, Extension = 8 };
    // Not "set" and "has": derived elements write set<T> after "using namespace std" (memHierarchy).
    bool hasState(ComponentState s) const { return static_cast<uint8_t>(component_state_) & static_cast<uint8_t>(s); }
    void setState(ComponentState s, bool on)
    {
        auto v           = static_cast<uint8_t>(component_state_);
        v                = on ? (v | static_cast<uint8_t>(s)) : (v & ~static_cast<uint8_t>(s));
        component_state_ = static_cast<ComponentState>(v);
    }
    bool isStatePrimary() const { return hasState(ComponentState::Primary); }
    bool isStateDoNotEndSim() const { return hasState(ComponentState::DoNotEndSim); }
    bool isStateOKToEndSim() const { return hasState(ComponentState::OKToEndSim); }
    bool isExtension() const { return hasState(ComponentState::Extension); }
    void setAsExtension() { setState(ComponentState::Extension, true); }

    friend class Core::Serialization::pvt::SerializeBaseComponentHelper;

    ComponentInfo*       my_info_         = nullptr;
    Engine::Simulation*  sim_             = nullptr;
    ComponentState       component_state_ = ComponentState::None;
    std::vector<Clock::HandlerBase*> clock_handlers_;
    std::set<SimTime_t>              registered_clocks_;

    void  addSelfLink(const std::string& name);
    Link* getLinkFromParentSharedPort(const std::string& port, std::vector<const Engine::ConfigPortModule*>& modules);

    using StatNameMap = std::map<std::string, std::map<std::string, Statistics::StatisticBase*>>;
    std::vector<PortModule*>                            port_modules_;
    std::map<StatisticId_t, Statistics::StatisticBase*> explicitly_enabled_shared_stats_;
    std::map<StatisticId_t, StatNameMap>                explicitly_enabled_unique_stats_;
    StatNameMap                                         enabled_all_stats_;
    // The configuration's PortModules, by port; those of a port given to a SubComponent move with it.
    std::map<std::string, std::vector<const Engine::ConfigPortModule*>> port_module_configs_;
    // Which PortModule is being built (its constructor reads it), as in SST Core.
    static thread_local std::pair<ComponentId_t, PortModuleId_t> port_module_id_;
    const Engine::ConfigPortModule* portModuleConfig(const PortModuleId_t& id) const;

    BaseComponent* getParentComponent()
    {
        ComponentInfo* info = my_info_;
        while ( info->parent_info )
            info = info->parent_info;
        return info->component;
    }
};

/** The SubComponents the configuration put in one slot, by index. */
class SubComponentSlotInfo
{
    BaseComponent* comp;
    std::string    slot_name;
    int            max_slot_index = -1;

public:
    ~SubComponentSlotInfo() = default;
    SubComponentSlotInfo(BaseComponent* comp, const std::string& slot_name) : comp(comp), slot_name(slot_name)
    {
        for ( auto& [id, ci] : comp->my_info_->getSubComponents() )
            if ( ci.getSlotName() == slot_name && ci.getSlotNum() > max_slot_index ) max_slot_index = ci.getSlotNum();
    }

    const std::string& getSlotName() const { return slot_name; }
    bool               isPopulated(int slot_num) const
    {
        return slot_num <= max_slot_index && comp->my_info_->findSubComponent(slot_name, slot_num) != nullptr;
    }
    bool isAllPopulated() const
    {
        for ( int i = 0; i < max_slot_index; ++i )
            if ( !comp->my_info_->findSubComponent(slot_name, i) ) return false;
        return true;
    }
    int getMaxPopulatedSlotNumber() const { return max_slot_index; }

    template <class T>
    bool isLoadableUsingAPI(int slot_num)
    {
        return comp->isUserSubComponentLoadableUsingAPIByIndex<T>(slot_name, slot_num);
    }
    template <typename T>
    T* create(int slot_num) const
    {
        return comp->loadUserSubComponentByIndex<T>(slot_name, slot_num, ComponentInfo::SHARE_NONE);
    }
    template <class T, class... ARGS>
    T* create(int slot_num, uint64_t share_flags, ARGS... args) const
    {
        return comp->loadUserSubComponentByIndex<T, ARGS...>(slot_name, slot_num, share_flags, args...);
    }
    template <typename T, class... ARGS>
    void createAll(std::vector<T*>& vec, uint64_t share_flags, ARGS... args) const
    {
        for ( int i = 0; i <= getMaxPopulatedSlotNumber(); ++i )
            vec.push_back(create<T>(i, share_flags, args...));
    }
    template <typename T, class... ARGS>
    void createAllSparse(std::vector<std::pair<int, T*>>& vec, uint64_t share_flags, ARGS... args) const
    {
        for ( int i = 0; i <= getMaxPopulatedSlotNumber(); ++i )
            if ( T* sub = create<T>(i, share_flags, args...) ) vec.emplace_back(i, sub);
    }
    template <typename T, class... ARGS>
    void createAllSparse(std::vector<T*>& vec, uint64_t share_flags, ARGS... args) const
    {
        for ( int i = 0; i <= getMaxPopulatedSlotNumber(); ++i )
            if ( T* sub = create<T>(i, share_flags, args...) ) vec.push_back(sub);
    }
};

namespace Core::Serialization {
namespace pvt {
/** Components are not rebuilt from bytes (they are the simulation): their id travels instead. */
class SerializeBaseComponentHelper
{
public:
    static void size_basecomponent(serializable_base* s, serializer& ser);
    static void pack_basecomponent(serializable_base* s, serializer& ser);
    static void unpack_basecomponent(serializable_base*& s, serializer& ser);
};
} // namespace pvt

template <class T>
class serialize_impl<T*, std::enable_if_t<std::is_base_of_v<SST::BaseComponent, T>>>
{
    void operator()(T*& s, serializer& ser, ser_opt_t UNUSED(options))
    {
        serializable_base* sp = static_cast<serializable_base*>(s);
        switch ( ser.mode() ) {
        case serializer::SIZER:
            pvt::SerializeBaseComponentHelper::size_basecomponent(sp, ser);
            break;
        case serializer::PACK:
            pvt::SerializeBaseComponentHelper::pack_basecomponent(sp, ser);
            break;
        case serializer::UNPACK:
            pvt::SerializeBaseComponentHelper::unpack_basecomponent(sp, ser);
            break;
        default:
            break;
        }
        s = dynamic_cast<T*>(static_cast<BaseComponent*>(sp));
    }
    SST_FRIEND_SERIALIZE();
};
} // namespace Core::Serialization

} // namespace SST

#endif
