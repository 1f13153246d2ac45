// SPDX-License-Identifier: BSD-3-Clause
// A PortModule sits on a port (Component.addPortModule in the configuration): it sees, and may
// change, replace or drop, every event sent from the port (installOnSend) or delivered to it
// (installOnReceive).
#ifndef SST_CORE_PORTMODULE_H
#define SST_CORE_PORTMODULE_H

#include "sst/core/eli/elementinfo.h"
#include "sst/core/event.h"
#include "sst/core/link.h"
#include "sst/core/output.h"
#include "sst/core/params.h"
#include "sst/core/serialization/serializable.h"
#include "sst/core/sst_types.h"
#include "sst/core/statapi/statbase.h"
#include "sst/core/statapi/statengine.h"
#include "sst/core/timeConverter.h"

#include <cstdarg>
#include <string>
#include <tuple>
#include <utility>

namespace SST {

class BaseComponent;

class PortModule : public Event::HandlerBase::InterceptPoint,
                   public Link::AttachPoint,
                   public Core::Serialization::serializable
{
public:
    SST_ELI_DECLARE_BASE(PortModule)
    SST_ELI_DECLARE_CTOR_EXTERN(SST::Params&)
    SST_ELI_DECLARE_INFO_EXTERN(ELI::ProvidesParams, ELI::ProvidesStats, ELI::ProvidesAttributes)

    PortModule();
    ~PortModule() override = default;

    uintptr_t registerLinkAttachTool(const AttachPointMetaData& mdata) override;
    void      eventSent(uintptr_t key, Event*& ev) override = 0;
    void      serializeEventAttachPointKey(Core::Serialization::serializer& ser, uintptr_t& key) override;

    uintptr_t registerHandlerIntercept(const AttachPointMetaData& mdata) override;
    void      interceptHandler(uintptr_t key, Event*& data, bool& cancel) override = 0;
    void      serializeHandlerInterceptPointKey(Core::Serialization::serializer& ser, uintptr_t& key) override;

    virtual bool installOnReceive() { return false; }
    virtual bool installOnSend() { return false; }

    const std::string& getName() const;

protected:
    void serialize_order(Core::Serialization::serializer& ser) override;

    UnitAlgebra getCoreTimeBase() const;
    SimTime_t   getCurrentSimCycle() const;
    int         getCurrentPriority() const;
    UnitAlgebra getElapsedSimTime() const;
    Output&     getSimulationOutput() const;
    [[deprecated("Use of shared TimeConverter objects is deprecated. Use 'getCurrentSimTime(TimeConverter& "
                 "timebase)' (i.e., no pointer) instead.")]]
    SimTime_t getCurrentSimTime(TimeConverter* tc) const;
    SimTime_t getCurrentSimTime(TimeConverter& tc) const;
    SimTime_t getCurrentSimTime(const std::string& base) const;
    SimTime_t getCurrentSimTimeNano() const;
    SimTime_t getCurrentSimTimeMicro() const;
    SimTime_t getCurrentSimTimeMilli() const;

    [[noreturn]] void fatal(uint32_t line, const char* file, const char* func, int exit_code, const char* format,
                            ...) const __attribute__((format(printf, 6, 7)));
    void sst_assert(bool condition, uint32_t line, const char* file, const char* func, int exit_code,
                    const char* format, ...) const __attribute__((format(printf, 7, 8)));

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

    virtual std::string getEliType() const { return ""; }

private:
    friend class BaseComponent;
    BaseComponent* component_ = nullptr;
    PortModuleId_t id_;
    std::string    name_;

    [[noreturn]] void vfatal(uint32_t line, const char* file, const char* func, int exit_code, const char* format,
                             va_list arg) const __attribute__((format(printf, 6, 0)));

    template <typename T>
    Statistics::Statistic<T>* registerStatistic_impl(SST::Params& params, const std::string& stat_name,
                                                     const std::string& stat_sub_id)
    {
        uint8_t level = getStatisticValidityAndLevel(stat_name);
        if ( level == 255 )
            fatal(__LINE__, __FILE__, "registerStatistic", 1,
                  "attempting to register a statistic '%s' that is not found in ELI", stat_name.c_str());
        auto [enabled, cfg_params] = isStatisticEnabled(stat_name, level);
        if ( !enabled ) return getStatEngine()->createDisabledStatistic<T>();
        cfg_params.insert(params);
        auto* stat = getStatEngine()->createStatistic<T>(component_, stat_name, stat_sub_id, cfg_params);
        stat->setPortModName(id_.first, id_.second);
        return stat;
    }
    Statistics::StatisticProcessingEngine* getStatEngine() const;
    uint8_t                                getStatisticValidityAndLevel(const std::string& statistic_name) const;
    std::pair<bool, Params> isStatisticEnabled(const std::string& statistic_name, const uint8_t min_level);
};

} // namespace SST

#define SST_ELI_REGISTER_PORTMODULE(cls, lib, name, version, desc)                                  \
    SST_ELI_REGISTER_DERIVED(SST::PortModule, cls, lib, name, ELI_FORWARD_AS_ONE(version), desc)   \
    std::string getEliType() const override { return std::string(lib) + "." + name; }

#endif
