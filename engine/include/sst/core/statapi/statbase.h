// SPDX-License-Identifier: BSD-3-Clause
// Statistic<T>: what a component gets from registerStatistic<T>(). A
// statistic that the configuration did not enable is a null statistic whose
// addData() does nothing, so components never test for enablement.
#ifndef SST_CORE_STATAPI_STATBASE_H
#define SST_CORE_STATAPI_STATBASE_H

#include <cstdint>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace SST::Statistics {

/** One output column of a statistic, e.g. {"Sum", "u64", "42"}. */
struct StatisticField
{
    std::string name;
    std::string type; // u32, u64, i32, i64, f32, f64
    std::string value;
};

class StatisticBase
{
public:
    StatisticBase(std::string comp_name, std::string stat_name, std::string sub_id, std::string type_name)
        : comp_name_(std::move(comp_name)),
          stat_name_(std::move(stat_name)),
          sub_id_(std::move(sub_id)),
          type_name_(std::move(type_name))
    {}
    virtual ~StatisticBase() = default;

    const std::string  getCompName() const { return comp_name_; } // by value, as SST Core
    const std::string& getStatName() const { return stat_name_; }
    const std::string& getStatSubId() const { return sub_id_; }
    /** "Accumulator", "NULL", ... */
    virtual const std::string& getStatTypeName() const { return type_name_; }
    const std::string          getFullStatName() const
    {
        return comp_name_ + "." + stat_name_ + (sub_id_.empty() ? "" : "." + sub_id_);
    }
    uint64_t     getCollectionCount() const { return collection_count_; }
    virtual bool isNullStatistic() const { return false; }
    void         enable() { enabled_ = true; }
    void         disable() { enabled_ = false; }
    bool         isEnabled() const { return enabled_; }

    virtual std::vector<StatisticField> getFields() const = 0;
    virtual void                        clearStatisticData() = 0;

protected:
    uint64_t collection_count_ = 0;
    bool     enabled_          = true;

private:
    std::string comp_name_, stat_name_, sub_id_, type_name_;
};

template <typename T>
class Statistic : public StatisticBase
{
public:
    using StatisticBase::StatisticBase;

    // Forwarding references, as SST Core 16 declares them: a value that cannot bind to a
    // reference (a packed struct field) is an error here too.
    template <class... InArgs>
    void addData(InArgs&&... args)
    {
        if ( !enabled_ ) return;
        addData_impl(std::forward<InArgs>(args)...);
        ++collection_count_;
    }
    template <class... InArgs>
    void addDataNTimes(uint64_t n, InArgs&&... args)
    {
        if ( !enabled_ || n == 0 ) return;
        addData_impl_Ntimes(n, std::forward<InArgs>(args)...);
        collection_count_ += n;
    }

protected:
    virtual void addData_impl(T data) = 0;
    virtual void addData_impl_Ntimes(uint64_t n, T data)
    {
        for ( uint64_t i = 0; i < n; ++i )
            addData_impl(data);
    }
};

/** The type tag used in output columns: "u64", "f64", ... */
template <typename T>
std::string fieldTypeName()
{
    if constexpr ( std::is_floating_point_v<T> ) return sizeof(T) == 4 ? "f32" : "f64";
    else if constexpr ( std::is_signed_v<T> ) return sizeof(T) <= 4 ? "i32" : "i64";
    else return sizeof(T) <= 4 ? "u32" : "u64";
}

} // namespace SST::Statistics

#endif
