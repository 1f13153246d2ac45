// SPDX-License-Identifier: BSD-3-Clause
#ifndef SST_CORE_STATAPI_STATACCUMULATOR_H
#define SST_CORE_STATAPI_STATACCUMULATOR_H

#include "sst/core/statapi/statbase.h"

#include <limits>
#include <sstream>

namespace SST::Statistics {

/** Count, sum, sum of squares, min and max of the data added, as SST's Accumulator. */
template <typename T>
class AccumulatorStatistic : public Statistic<T>
{
public:
    AccumulatorStatistic(std::string comp, std::string name, std::string sub_id)
        : Statistic<T>(std::move(comp), std::move(name), std::move(sub_id), "Accumulator")
    {
        clearStatisticData();
    }

    T        getSum() const { return sum_; }
    T        getSumSquared() const { return sum_sq_; }
    T        getMin() const { return count_ ? min_ : T{}; }
    T        getMax() const { return count_ ? max_ : T{}; }
    uint64_t getCount() const { return count_; }

    std::vector<StatisticField> getFields() const override
    {
        const std::string t = fieldTypeName<T>();
        return { { "Sum", t, str(sum_) },
                 { "SumSQ", t, str(sum_sq_) },
                 { "Count", "u64", str(count_) },
                 { "Min", t, str(getMin()) },
                 { "Max", t, str(getMax()) } };
    }

    void clearStatisticData() override
    {
        sum_ = sum_sq_ = T{};
        count_         = 0;
        min_           = std::numeric_limits<T>::max();
        max_           = std::numeric_limits<T>::lowest();
    }

protected:
    void addData_impl(T v) override { addData_impl_Ntimes(1, v); }
    void addData_impl_Ntimes(uint64_t n, T v) override
    {
        sum_ += static_cast<T>(n) * v;
        sum_sq_ += static_cast<T>(n) * v * v;
        count_ += n;
        if ( v < min_ ) min_ = v;
        if ( v > max_ ) max_ = v;
    }

private:
    template <typename U>
    static std::string str(U v)
    {
        std::ostringstream os;
        if constexpr ( std::is_floating_point_v<U> ) os.precision(17);
        os << +v;
        return os.str();
    }

    T        sum_, sum_sq_, min_, max_;
    uint64_t count_;
};

/** Returned for statistics the configuration did not enable: records nothing. */
template <typename T>
class NullStatistic : public Statistic<T>
{
public:
    NullStatistic(std::string comp, std::string name, std::string sub_id)
        : Statistic<T>(std::move(comp), std::move(name), std::move(sub_id), "NULL")
    {
        this->disable();
    }
    bool                        isNullStatistic() const override { return true; }
    std::vector<StatisticField> getFields() const override { return {}; }
    void                        clearStatisticData() override {}

protected:
    void addData_impl(T) override {}
};

} // namespace SST::Statistics

#endif
