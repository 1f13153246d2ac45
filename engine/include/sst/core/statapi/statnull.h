// SPDX-License-Identifier: BSD-3-Clause
// What registerStatistic() returns for a statistic that is not enabled: addData() does nothing.
#ifndef SST_CORE_STATAPI_STATNULL_H
#define SST_CORE_STATAPI_STATNULL_H

#include "sst/core/sst_types.h"
#include "sst/core/statapi/statbase.h"
#include "sst/core/warnmacros.h"

#include <tuple>

namespace SST::Statistics {

template <class T, bool = std::is_arithmetic_v<T>>
class NullStatisticBase;

template <class T>
class NullStatisticBase<T, true> : public Statistic<T>
{
public:
    NullStatisticBase(BaseComponent* comp, const std::string& n, const std::string& id, Params& p)
        : Statistic<T>(comp, n, id, p)
    {}
    void               addData_impl(T UNUSED(data)) override {}
    void               addData_impl_Ntimes(uint64_t UNUSED(N), T UNUSED(data)) override {}
    const std::string& getStatTypeName() const override { return stat_type_; }

private:
    inline static const std::string stat_type_ = "NULL";
};

template <class... Args>
class NullStatisticBase<std::tuple<Args...>, false> : public Statistic<std::tuple<Args...>>
{
public:
    NullStatisticBase(BaseComponent* comp, const std::string& n, const std::string& id, Params& p)
        : Statistic<std::tuple<Args...>>(comp, n, id, p)
    {}
    void               addData_impl(Args... UNUSED(data)) override {}
    void               addData_impl_Ntimes(uint64_t UNUSED(N), Args... UNUSED(data)) override {}
    const std::string& getStatTypeName() const override { return stat_type_; }

private:
    inline static const std::string stat_type_ = "NULL";
};

template <class T>
class NullStatisticBase<T, false> : public Statistic<T>
{
public:
    NullStatisticBase(BaseComponent* comp, const std::string& n, const std::string& id, Params& p)
        : Statistic<T>(comp, n, id, p)
    {}
    void               addData_impl(T&& UNUSED(data)) override {}
    void               addData_impl(const T& UNUSED(data)) override {}
    void               addData_impl_Ntimes(uint64_t UNUSED(N), T&& UNUSED(data)) override {}
    void               addData_impl_Ntimes(uint64_t UNUSED(N), const T& UNUSED(data)) override {}
    const std::string& getStatTypeName() const override { return stat_type_; }

private:
    inline static const std::string stat_type_ = "NULL";
};

template <class T>
class NullStatistic : public NullStatisticBase<T>
{
public:
    SST_ELI_DECLARE_STATISTIC_TEMPLATE(NullStatistic, "sst", "NullStatistic", SST_ELI_ELEMENT_VERSION(1, 0, 0),
                                       "Null object that ignores all collections", "SST::Statistic<T>")

    NullStatistic(BaseComponent* comp, const std::string& n, const std::string& id, Params& p)
        : NullStatisticBase<T>(comp, n, id, p)
    {}
    ~NullStatistic() override = default;

    void clearStatisticData() override {}
    void registerOutputFields(StatisticFieldsOutput* UNUSED(out)) override {}
    void outputStatisticFields(StatisticFieldsOutput* UNUSED(out), bool UNUSED(end)) override {}
    bool isReady() const override { return true; }
    bool isNullStatistic() const override { return true; }
    static bool isLoaded() { return true; }
};

} // namespace SST::Statistics

#endif
