// SPDX-License-Identifier: BSD-3-Clause
#ifndef SST_CORE_STATAPI_STATACCUMULATOR_H
#define SST_CORE_STATAPI_STATACCUMULATOR_H

#include "sst/core/statapi/statbase.h"
#include "sst/core/statapi/statoutput.h"

#include <cmath>
#include <limits>

namespace SST::Statistics {

/** Sum, sum of squares, count, minimum and maximum of the values added. */
template <typename NumberBase>
class AccumulatorStatistic : public Statistic<NumberBase>
{
public:
    SST_ELI_DECLARE_STATISTIC_TEMPLATE(AccumulatorStatistic, "sst", "AccumulatorStatistic",
                                       SST_ELI_ELEMENT_VERSION(1, 0, 0), "Accumulate all contributions to a statistic",
                                       "SST::Statistic<T>")

    AccumulatorStatistic(BaseComponent* comp, const std::string& statName, const std::string& statSubId,
                         Params& statParams)
        : Statistic<NumberBase>(comp, statName, statSubId, statParams)
    {
        clearValues();
    }
    AccumulatorStatistic() : Statistic<NumberBase>() {}
    ~AccumulatorStatistic() override = default;

    const std::string& getStatTypeName() const override { return stat_type_; }

    void serialize_order(Core::Serialization::serializer& ser) override
    {
        Statistic<NumberBase>::serialize_order(ser);
        SST_SER(m_sum);
        SST_SER(m_sum_sq);
        SST_SER(m_min);
        SST_SER(m_max);
    }

    NumberBase getSum() { return m_sum; }
    NumberBase getMax() { return m_max; }
    NumberBase getMin() { return m_min; }
    NumberBase getSumSquared() { return m_sum_sq; }
    NumberBase getArithmeticMean()
    {
        uint64_t count = getCount();
        return count > 0 ? m_sum / static_cast<NumberBase>(count) : 0;
    }
    NumberBase getVariance()
    {
        uint64_t count = getCount();
        return count > 0 ? (m_sum_sq * count) - (m_sum * m_sum) : 0;
    }
    NumberBase getStandardDeviation() { return static_cast<NumberBase>(std::sqrt(static_cast<double>(getVariance()))); }
    uint64_t   getCount() { return this->getCollectionCount(); }

    void clearStatisticData() override
    {
        clearValues();
        this->setCollectionCount(0);
    }

    void registerOutputFields(StatisticFieldsOutput* statOutput) override
    {
        h_sum   = statOutput->registerField<NumberBase>("Sum");
        h_sumsq = statOutput->registerField<NumberBase>("SumSQ");
        h_count = statOutput->registerField<uint64_t>("Count");
        h_min   = statOutput->registerField<NumberBase>("Min");
        h_max   = statOutput->registerField<NumberBase>("Max");
    }
    void outputStatisticFields(StatisticFieldsOutput* statOutput, bool UNUSED(EndOfSimFlag)) override
    {
        statOutput->outputField(h_sum, m_sum);
        statOutput->outputField(h_sumsq, m_sum_sq);
        statOutput->outputField(h_count, getCount());
        if ( getCount() == 0 ) { // an int 0 whatever the type, as SST Core writes it
            statOutput->outputField(h_min, 0);
            statOutput->outputField(h_max, 0);
        }
        else {
            statOutput->outputField(h_min, m_min);
            statOutput->outputField(h_max, m_max);
        }
    }

protected:
    void addData_impl(NumberBase value) override
    {
        m_sum += value;
        m_sum_sq += value * value;
        m_min = value < m_min ? value : m_min;
        m_max = value > m_max ? value : m_max;
    }
    void addData_impl_Ntimes(uint64_t N, NumberBase value) override
    {
        m_sum += N * value;
        m_sum_sq += N * value * value;
        m_min = value < m_min ? value : m_min;
        m_max = value > m_max ? value : m_max;
    }

private:
    void clearValues()
    {
        m_sum    = 0;
        m_sum_sq = 0;
        m_min    = std::numeric_limits<NumberBase>::max();
        m_max    = std::numeric_limits<NumberBase>::min(); // as SST Core (the smallest positive for floats)
    }

    NumberBase m_sum{}, m_sum_sq{}, m_min{}, m_max{};
    StatisticOutput::fieldHandle_t h_sum = 0, h_sumsq = 0, h_count = 0, h_max = 0, h_min = 0;
    inline static const std::string stat_type_ = "Accumulator";
};

} // namespace SST::Statistics

#endif
