// SPDX-License-Identifier: BSD-3-Clause
#ifndef SST_CORE_STATAPI_STATUNIQUECOUNT_H
#define SST_CORE_STATAPI_STATUNIQUECOUNT_H

#include "sst/core/statapi/statbase.h"
#include "sst/core/statapi/statoutput.h"

#include <set>

namespace SST::Statistics {

/** The number of distinct values added. */
template <typename T>
class UniqueCountStatistic : public Statistic<T>
{
public:
    SST_ELI_DECLARE_STATISTIC_TEMPLATE(UniqueCountStatistic, "sst", "UniqueCountStatistic",
                                       SST_ELI_ELEMENT_VERSION(1, 0, 0), "Track unique occurrences of statistic",
                                       "SST::Statistic<T>")

    UniqueCountStatistic(BaseComponent* comp, const std::string& stat_name, const std::string& stat_sub_id,
                         Params& stat_params)
        : Statistic<T>(comp, stat_name, stat_sub_id, stat_params)
    {}
    UniqueCountStatistic() : Statistic<T>() {}
    ~UniqueCountStatistic() override = default;

    const std::string& getStatTypeName() const override { return stat_type_; }

    void serialize_order(Core::Serialization::serializer& ser) override
    {
        Statistic<T>::serialize_order(ser);
        SST_SER(unique_set_);
    }

protected:
    void addData_impl(T data) override { unique_set_.insert(data); }

private:
    void clearStatisticData() override { unique_set_.clear(); }
    void registerOutputFields(StatisticFieldsOutput* out) override
    {
        unique_count_field_ = out->registerField<uint64_t>("UniqueItems");
    }
    void outputStatisticFields(StatisticFieldsOutput* out, bool UNUSED(end_of_sim_flag)) override
    {
        out->outputField(unique_count_field_, static_cast<uint64_t>(unique_set_.size()));
    }

    std::set<T>                     unique_set_;
    StatisticOutput::fieldHandle_t  unique_count_field_ = 0;
    inline static const std::string stat_type_          = "UniqueCount";
};

} // namespace SST::Statistics

#endif
