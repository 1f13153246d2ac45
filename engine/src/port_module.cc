// SPDX-License-Identifier: BSD-3-Clause
#include "sst/core/portModule.h"

#include "simulation.h"

#include "sst/core/baseComponent.h"
#include "sst/core/stringize.h"

namespace SST {

PortModule::PortModule()
{
    auto [comp, id] = BaseComponent::port_module_id_;
    if ( comp == UNSET_COMPONENT_ID ) return;
    ComponentInfo* info = Engine::Simulation::get()->componentInfo(comp);
    component_          = info ? info->getComponent() : nullptr;
    id_                 = id;
    if ( component_ ) name_ = component_->getName() + "." + id_.first + "." + std::to_string(id_.second);
}

uintptr_t PortModule::registerLinkAttachTool(const AttachPointMetaData& UNUSED(mdata)) { return 0; }

void PortModule::serializeEventAttachPointKey(Core::Serialization::serializer& ser, uintptr_t& key)
{
    if ( ser.mode() == Core::Serialization::serializer::UNPACK ) key = 0;
}

uintptr_t PortModule::registerHandlerIntercept(const AttachPointMetaData& UNUSED(mdata)) { return 0; }

void PortModule::serializeHandlerInterceptPointKey(Core::Serialization::serializer& ser, uintptr_t& key)
{
    if ( ser.mode() == Core::Serialization::serializer::UNPACK ) key = 0;
}

void PortModule::serialize_order(Core::Serialization::serializer& ser) { SST_SER(name_); }

const std::string& PortModule::getName() const { return name_; }
UnitAlgebra        PortModule::getCoreTimeBase() const { return component_->getCoreTimeBase(); }
SimTime_t          PortModule::getCurrentSimCycle() const { return component_->getCurrentSimCycle(); }
int                PortModule::getCurrentPriority() const { return component_->getCurrentPriority(); }
UnitAlgebra        PortModule::getElapsedSimTime() const { return component_->getElapsedSimTime(); }
Output&            PortModule::getSimulationOutput() const { return component_->getSimulationOutput(); }
SimTime_t          PortModule::getCurrentSimTime(TimeConverter& tc) const { return component_->getCurrentSimTime(tc); }
SimTime_t          PortModule::getCurrentSimTime(TimeConverter* tc) const { return component_->getCurrentSimTime(*tc); }
SimTime_t          PortModule::getCurrentSimTime(const std::string& base) const { return component_->getCurrentSimTime(base); }
SimTime_t          PortModule::getCurrentSimTimeNano() const { return component_->getCurrentSimTimeNano(); }
SimTime_t          PortModule::getCurrentSimTimeMicro() const { return component_->getCurrentSimTimeMicro(); }
SimTime_t          PortModule::getCurrentSimTimeMilli() const { return component_->getCurrentSimTimeMilli(); }

Statistics::StatisticProcessingEngine* PortModule::getStatEngine() const
{
    return &Engine::Simulation::get()->statEngine();
}

uint8_t PortModule::getStatisticValidityAndLevel(const std::string& statistic_name) const
{
    return Factory::getFactory()->GetStatisticValidityAndEnableLevel(getEliType(), statistic_name);
}

std::pair<bool, Params> PortModule::isStatisticEnabled(const std::string& statistic_name, const uint8_t min_level)
{
    const Engine::ConfigPortModule* config = component_ ? component_->portModuleConfig(id_) : nullptr;
    if ( !config ) return { false, Params() };
    auto it = config->per_stat_configs.find(statistic_name);
    if ( it != config->per_stat_configs.end() ) return { true, it->second };
    uint8_t level = config->stat_load_level == Engine::STATISTICLOADLEVELUNINITIALIZED
                        ? getStatEngine()->getStatLoadLevel()
                        : config->stat_load_level;
    if ( level >= min_level ) return { true, config->all_stat_config };
    return { false, Params() };
}

void PortModule::vfatal(uint32_t line, const char* file, const char* func, int exit_code, const char* format,
                        va_list arg) const
{
    Output      abort("Rank: @R,@I, time: @t - called in file: @f, line: @l, function: @p", 5, -1, Output::STDOUT);
    std::string comp_name = component_ ? component_->getName() : "";
    std::string prologue  = format_string("Element name: PortModule, type: %s (Associated component: %s)",
                                          getEliType().c_str(), comp_name.c_str());
    std::string msg       = vformat_string(format, arg);
    abort.fatal(line, file, func, exit_code, "\n%s\n%s\n", prologue.c_str(), msg.c_str());
}

void PortModule::fatal(uint32_t line, const char* file, const char* func, int exit_code, const char* format, ...) const
{
    va_list arg;
    va_start(arg, format);
    vfatal(line, file, func, exit_code, format, arg);
    va_end(arg);
}

void PortModule::sst_assert(bool condition, uint32_t line, const char* file, const char* func, int exit_code,
                            const char* format, ...) const
{
    if ( condition ) return;
    va_list arg;
    va_start(arg, format);
    vfatal(line, file, func, exit_code, format, arg);
    va_end(arg);
}

} // namespace SST
