// SPDX-License-Identifier: BSD-3-Clause
// Statistics, as SST Core 16 declares them: StatisticBase (name, sub-id, collection count,
// enable state, output mode) and Statistic<T>, which components fill with addData(). Each kind
// of statistic (accumulator, histogram, unique count, null) implements addData_impl() and
// says which fields it outputs.
#ifndef SST_CORE_STATAPI_STATBASE_H
#define SST_CORE_STATAPI_STATBASE_H

#include "sst/core/eli/elementinfo.h"
#include "sst/core/params.h"
#include "sst/core/serialization/serializable.h"
#include "sst/core/sst_types.h"
#include "sst/core/statapi/statfieldinfo.h"
#include "sst/core/warnmacros.h"

#include <cstdint>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>

namespace SST {

class BaseComponent;
class Factory;

namespace Statistics {

class StatisticOutput;
class StatisticFieldsOutput;
class StatisticProcessingEngine;
class StatisticGroup;

class StatisticBase
{
public:
    void         enable() { stat_enabled_ = true; }
    void         disable() { stat_enabled_ = false; }
    virtual void clearStatisticData() {}
    virtual void resetCollectionCount();
    virtual void incrementCollectionCount(uint64_t increment);
    virtual void setCollectionCount(uint64_t new_count);
    virtual void setCollectionCountLimit(uint64_t new_limit);

    void setFlagResetCountOnOutput(bool flag) { reset_count_on_output_ = flag; }
    void setFlagClearDataOnOutput(bool flag) { clear_data_on_output_ = flag; }
    void setFlagOutputAtEndOfSim(bool flag) { output_at_end_of_sim_ = flag; }
    void setPortModName(std::string& port, size_t index) { stat_mod_name_ = "." + port + "." + std::to_string(index); }

    static const std::vector<ElementInfoParam>& ELI_getParams();

    /** The component's name (with a port module's suffix). */
    const std::string  getCompName() const;
    const std::string& getStatName() const { return stat_name_; }
    const std::string& getStatSubId() const { return stat_sub_id_; }
    const std::string  getFullStatName() const
    {
        std::string n = getCompName() + "." + stat_name_;
        if ( !stat_sub_id_.empty() ) n += "." + stat_sub_id_;
        return n;
    }
    virtual std::string        getELIName() const = 0;
    virtual const std::string& getStatTypeName() const { return stat_type_name_; }
    const fieldType_t&         getStatDataType() const { return stat_data_type_; }
    const char* getStatDataTypeShortName() const { return StatisticFieldInfo::getFieldTypeShortName(stat_data_type_); }
    const char* getStatDataTypeFullName() const { return StatisticFieldInfo::getFieldTypeFullName(stat_data_type_); }

    BaseComponent* getComponent() const { return component_; }
    bool           isEnabled() const { return stat_enabled_; }

    bool getStartAtFlag() { return flags_ & Flag::StartAt; }
    void setStartAtFlag() { flags_ |= Flag::StartAt; }
    void unsetStartAtFlag() { flags_ &= ~Flag::StartAt; }
    bool getStopAtFlag() { return flags_ & Flag::StopAt; }
    void setStopAtFlag() { flags_ |= Flag::StopAt; }
    void unsetStopAtFlag() { flags_ &= ~Flag::StopAt; }
    bool getOutputRateFlag() { return flags_ & Flag::OutputRate; }
    void setOutputRateFlag() { flags_ |= Flag::OutputRate; }
    void unsetOutputRateFlag() { flags_ &= ~Flag::OutputRate; }

    SimTime_t getStartAtFactor();
    SimTime_t getStopAtFactor();
    SimTime_t getOutputRateFactor();

    uint64_t getCollectionCountLimit() const { return collection_count_limit_; }
    uint64_t getCollectionCount() const { return current_collection_count_; }
    bool     getFlagResetCountOnOutput() const { return reset_count_on_output_; }
    bool     getFlagClearDataOnOutput() const { return clear_data_on_output_; }
    bool     getFlagOutputAtEndOfSim() const { return output_at_end_of_sim_; }
    bool     isOutputPeriodic() const { return registered_collection_mode_; }
    bool     isOutputEventBased() const { return !registered_collection_mode_; }
    virtual bool isReady() const { return true; }
    virtual bool isNullStatistic() const { return false; }

    virtual void serialize_order(Core::Serialization::serializer& ser);
    virtual ~StatisticBase() = default;

protected:
    friend class SST::Statistics::StatisticProcessingEngine;
    friend class SST::Statistics::StatisticOutput;
    friend class SST::Statistics::StatisticGroup;
    friend class SST::Statistics::StatisticFieldsOutput;

    StatisticBase(BaseComponent* comp, const std::string& stat_name, const std::string& stat_sub_id,
                  Params& stat_params);
    StatisticBase() = default;
    void setStatisticDataType(const fieldType_t data_type) { stat_data_type_ = data_type; }
    void setStatisticTypeName(const char* type_name) { stat_type_name_ = type_name; }

private:
    friend class SST::BaseComponent;
    void setRegisteredCollectionMode(bool is_periodic) { registered_collection_mode_ = is_periodic; }
    static std::string buildStatisticFullName(const std::string& comp, const std::string& stat,
                                              const std::string& sub_id);
    virtual void registerOutputFields(StatisticFieldsOutput* stat_output)                        = 0;
    virtual void outputStatisticFields(StatisticFieldsOutput* stat_output, bool end_of_sim_flag) = 0;
    virtual bool isStatModeSupported(bool UNUSED(periodic)) const { return true; }
    bool         operator==(StatisticBase& other);
    void         checkEventForOutput();
    const StatisticGroup* getGroup() const { return group_; }
    void                  setGroup(const StatisticGroup* group) { group_ = group; }

    enum Flag : uint8_t { StartAt = 1, StopAt = 2, OutputRate = 4 };

    std::string           stat_name_;
    std::string           stat_sub_id_;
    std::string           stat_type_name_;
    std::string           stat_mod_name_;
    uint8_t               flags_                      = 0;
    bool                  stat_enabled_               = true;
    bool                  registered_collection_mode_ = true;
    uint64_t              current_collection_count_   = 0;
    uint64_t              output_collection_count_    = 0;
    uint64_t              collection_count_limit_     = 0;
    const StatisticGroup* group_                      = nullptr;
    bool                  reset_count_on_output_      = false;
    bool                  clear_data_on_output_       = false;
    bool                  output_at_end_of_sim_       = true;
    BaseComponent*        component_                  = nullptr;
    fieldType_t           stat_data_type_             = 0;
};

/** What a statistic of type T collects: one value (arithmetic T) or several (a tuple). */
template <class T, bool = std::is_arithmetic_v<T>>
struct StatisticCollector;

template <class T>
struct StatisticCollector<T, true>
{
    virtual void addData_impl(T data) = 0;
    virtual void addData_impl_Ntimes(uint64_t N, T data)
    {
        for ( uint64_t i = 0; i < N; ++i )
            addData_impl(data);
    }
    virtual ~StatisticCollector() = default;
};

template <class... Args>
struct StatisticCollector<std::tuple<Args...>, false>
{
    virtual void addData_impl(Args... args) = 0;
    virtual void addData_impl_Ntimes(uint64_t N, Args... args)
    {
        for ( uint64_t i = 0; i < N; ++i )
            addData_impl(args...);
    }
    template <class... InArgs>
    void addData(InArgs&&... args)
    {
        addData_impl(std::make_tuple(std::forward<InArgs>(args)...));
    }
    virtual ~StatisticCollector() = default;
};

template <class T>
struct StatisticCollector<T, false>
{
    virtual void addData_impl(T&& data)      = 0;
    virtual void addData_impl(const T& data) = 0;
    virtual void addData_impl_Ntimes(uint64_t N, T&& data)
    {
        for ( uint64_t i = 0; i < N; ++i )
            addData_impl(data);
    }
    virtual void addData_impl_Ntimes(uint64_t N, const T& data)
    {
        for ( uint64_t i = 0; i < N; ++i )
            addData_impl(data);
    }
    virtual ~StatisticCollector() = default;
};

template <typename T>
class Statistic : public StatisticBase, public StatisticCollector<T>
{
public:
    SST_ELI_DECLARE_BASE(Statistic<T>)
    SST_ELI_DECLARE_INFO(ELI::ProvidesInterface, ELI::ProvidesParams)
    SST_ELI_DECLARE_CTOR(BaseComponent*, const std::string&, const std::string&, SST::Params&)
    SST_ELI_DOCUMENT_PARAMS(
        { "rate", "Frequency at which to output statistic. Must include units. 0ns = output at end of simulation only.", "0ns" },
        { "startat", "Time at which to enable data collection in this statistic. Must include units. 0ns = always enabled.", "0ns" },
        { "stopat", "Time at which to disable data collection in this statistic. 0ns = always enabled.", "0ns" },
        { "resetOnOutput", "Whether to reset the statistic's values after each output.", "False" })

    using Datum = T;
    using StatisticCollector<T>::addData_impl;
    using StatisticCollector<T>::addData_impl_Ntimes;

    /** Adds a value, if the statistic is enabled (it may not be yet, with startat). */
    template <class... InArgs>
    void addData(InArgs&&... args)
    {
        if ( isEnabled() ) {
            addData_impl(std::forward<InArgs>(args)...);
            incrementCollectionCount(1);
        }
    }
    template <class... InArgs>
    void addDataNTimes(uint64_t N, InArgs&&... args)
    {
        if ( isEnabled() ) {
            addData_impl_Ntimes(N, std::forward<InArgs>(args)...);
            incrementCollectionCount(N);
        }
    }

    static fieldType_t fieldId() { return StatisticFieldType<T>::id(); }

    void serialize_order(Core::Serialization::serializer& ser) override { StatisticBase::serialize_order(ser); }

protected:
    friend class SST::Factory;
    friend class SST::BaseComponent;
    Statistic(BaseComponent* comp, const std::string& stat_name, const std::string& stat_sub_id, Params& stat_params)
        : StatisticBase(comp, stat_name, stat_sub_id, stat_params)
    {
        setStatisticDataType(StatisticFieldInfo::getFieldTypeFromTemplate<T>());
    }
    ~Statistic() override = default;

private:
    Statistic() = default;
};

/** A statistic that outputs its own way (SST_ELI_REGISTER_CUSTOM_STATISTIC). */
template <>
class Statistic<void> : public StatisticBase
{
public:
    SST_ELI_DECLARE_BASE(Statistic<void>)
    SST_ELI_DECLARE_INFO(ELI::ProvidesInterface, ELI::ProvidesParams)
    SST_ELI_DECLARE_CTOR(BaseComponent*, const std::string&, const std::string&, SST::Params&)

    void registerOutputFields(StatisticFieldsOutput* stat_output) override;
    void outputStatisticFields(StatisticFieldsOutput* stat_output, bool end_of_sim_flag) override;

protected:
    friend class SST::Factory;
    friend class SST::BaseComponent;
    Statistic(BaseComponent* comp, const std::string& stat_name, const std::string& stat_sub_id, Params& stat_params)
        : StatisticBase(comp, stat_name, stat_sub_id, stat_params)
    {}
    ~Statistic() override = default;

private:
    Statistic() = default;
};

using CustomStatistic = Statistic<void>;
template <class... Args>
using MultiStatistic = Statistic<std::tuple<Args...>>;

namespace pvt {
/** A statistic travels as its component's id, name and sub-id; unpacking finds it in this process. */
void           packStatisticReference(StatisticBase* stat, Core::Serialization::serializer& ser);
StatisticBase* unpackStatisticReference(Core::Serialization::serializer& ser);
} // namespace pvt

} // namespace Statistics

namespace Core::Serialization {
template <class T>
class serialize_impl<Statistics::Statistic<T>*>
{
    void operator()(Statistics::Statistic<T>*& s, serializer& ser, ser_opt_t)
    {
        if ( ser.mode() == serializer::UNPACK )
            s = dynamic_cast<Statistics::Statistic<T>*>(Statistics::pvt::unpackStatisticReference(ser));
        else if ( ser.mode() != serializer::MAP )
            Statistics::pvt::packStatisticReference(s, ser);
    }
    SST_FRIEND_SERIALIZE();
};
} // namespace Core::Serialization
} // namespace SST

#define SST_ELI_DECLARE_STATISTIC_TEMPLATE(cls, lib, name, version, desc, interface) \
    SST_ELI_DEFAULT_INFO(lib, name, ELI_FORWARD_AS_ONE(version), desc)               \
    SST_ELI_INTERFACE_INFO(interface)                                                \
    std::string getELIName() const override { return std::string(lib) + "." + (name); }

#define SST_ELI_DECLARE_STATISTIC_TEMPLATE_DERIVED(cls, field, lib, name, version, desc, interface)           \
    using SST::Statistics::Statistic<field>::__EliBaseLevel;                                                  \
    using typename SST::Statistics::Statistic<field>::__LocalEliBase;                                         \
    using typename SST::Statistics::Statistic<field>::__ParentEliBase;                                        \
    [[maybe_unused]] static constexpr int __EliDerivedLevel =                                                 \
        std::is_same_v<SST::Statistics::Statistic<field>, cls<field>> ? __EliBaseLevel : __EliBaseLevel + 1;  \
    SST_ELI_DEFAULT_INFO(lib, name, ELI_FORWARD_AS_ONE(version), desc)                                        \
    SST_ELI_INTERFACE_INFO(interface)                                                                         \
    std::string getELIName() const override { return std::string(lib) + "." + name; }

#define SST_ELI_REGISTER_CUSTOM_STATISTIC(cls, lib, name, version, desc)                                       \
    SST_ELI_REGISTER_DERIVED(SST::Statistics::CustomStatistic, cls, lib, name, ELI_FORWARD_AS_ONE(version), desc) \
    SST_ELI_INTERFACE_INFO("CustomStatistic")

#endif
