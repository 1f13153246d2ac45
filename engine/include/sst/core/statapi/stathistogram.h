// SPDX-License-Identifier: BSD-3-Clause
#ifndef SST_CORE_STATAPI_STATHISTOGRAM_H
#define SST_CORE_STATAPI_STATHISTOGRAM_H

#include "sst/core/statapi/statbase.h"
#include "sst/core/statapi/statoutput.h"

#include <cmath>
#include <map>
#include <sstream>
#include <vector>

namespace SST::Statistics {

/** Counts of values in numbins bins of binwidth from minvalue (params), as SST Core's histogram. */
template <class BinDataType>
class HistogramStatistic : public Statistic<BinDataType>
{
    using CountType   = uint64_t;
    using NumBinsType = uint32_t;

public:
    SST_ELI_DECLARE_STATISTIC_TEMPLATE_DERIVED(HistogramStatistic, BinDataType, "sst", "HistogramStatistic",
                                               SST_ELI_ELEMENT_VERSION(1, 0, 0),
                                               "Track distribution of statistic across bins", "SST::Statistic<T>")
    SST_ELI_DOCUMENT_PARAMS(
        { "minvalue", "The minimum data value to include in the histogram.", "0" },
        { "binwidth", "The size of each histogram bin.", "5000" },
        { "numbins", "The number of histogram bins.", "100" },
        { "dumpbinsonoutput", "Whether to output the data range of each bin as well as its value.", "true" },
        { "includeoutofbounds", "Whether to keep track of data that falls below or above the histogram bins in separate out-of-bounds bins.", "true" })

    HistogramStatistic(BaseComponent* comp, const std::string& statName, const std::string& statSubId,
                       Params& statParams)
        : Statistic<BinDataType>(comp, statName, statSubId, statParams)
    {
        statParams.pushAllowedKeys({ "minvalue", "binwidth", "numbins", "dumpbinsonoutput", "includeoutofbounds" });
        m_minValue           = statParams.find<BinDataType>("minvalue", 0);
        m_binWidth           = statParams.find<NumBinsType>("binwidth", 5000);
        m_numBins            = statParams.find<NumBinsType>("numbins", 100);
        m_dumpBinsOnOutput   = statParams.find<bool>("dumpbinsonoutput", true);
        m_includeOutOfBounds = statParams.find<bool>("includeoutofbounds", true);
        this->setCollectionCount(0);
    }
    HistogramStatistic() : Statistic<BinDataType>() {}
    ~HistogramStatistic() override = default;

    const std::string& getStatTypeName() const override { return stat_type_; }

    void serialize_order(Core::Serialization::serializer& ser) override
    {
        Statistic<BinDataType>::serialize_order(ser);
        SST_SER(m_minValue);
        SST_SER(m_binWidth);
        SST_SER(m_numBins);
        SST_SER(m_OOBMinCount);
        SST_SER(m_OOBMaxCount);
        SST_SER(m_itemsBinnedCount);
        SST_SER(m_totalSummed);
        SST_SER(m_totalSummedSqr);
        SST_SER(m_binsMap);
        SST_SER(m_dumpBinsOnOutput);
        SST_SER(m_includeOutOfBounds);
    }

protected:
    void addData_impl_Ntimes(uint64_t N, BinDataType value) override
    {
        if ( value < getBinsMinValue() ) {
            m_OOBMinCount += N;
            return;
        }
        if ( value > getBinsMaxValue() ) {
            m_OOBMaxCount += N;
            return;
        }
        m_totalSummed += N * value;
        m_totalSummedSqr += N * (value * value);
        m_itemsBinnedCount++; // once per call, as SST Core counts it
        BinDataType bin_start =
            static_cast<BinDataType>(m_binWidth * std::floor(static_cast<double>(value) / static_cast<double>(m_binWidth)));
        m_binsMap[bin_start] += N;
    }
    void addData_impl(BinDataType value) override { addData_impl_Ntimes(1, value); }

private:
    BinDataType getBinsMinValue() { return m_minValue; }
    BinDataType getBinsMaxValue() { return (m_binWidth * m_numBins) + m_minValue - 1; }
    CountType   getBinCountByBinStart(BinDataType start)
    {
        auto it = m_binsMap.find(start);
        return it == m_binsMap.end() ? 0 : it->second;
    }

    void clearStatisticData() override
    {
        m_totalSummed      = 0;
        m_totalSummedSqr   = 0;
        m_OOBMinCount      = 0;
        m_OOBMaxCount      = 0;
        m_itemsBinnedCount = 0;
        m_binsMap.clear();
        this->setCollectionCount(0);
    }

    void registerOutputFields(StatisticFieldsOutput* out) override
    {
        m_Fields.push_back(out->registerField<BinDataType>("BinsMinValue"));
        m_Fields.push_back(out->registerField<BinDataType>("BinsMaxValue"));
        m_Fields.push_back(out->registerField<NumBinsType>("BinWidth"));
        m_Fields.push_back(out->registerField<NumBinsType>("TotalNumBins"));
        m_Fields.push_back(out->registerField<BinDataType>("Sum"));
        m_Fields.push_back(out->registerField<BinDataType>("SumSQ"));
        m_Fields.push_back(out->registerField<NumBinsType>("NumActiveBins"));
        m_Fields.push_back(out->registerField<CountType>("NumItemsCollected"));
        m_Fields.push_back(out->registerField<CountType>("NumItemsBinned"));
        if ( m_includeOutOfBounds ) {
            m_Fields.push_back(out->registerField<CountType>("NumOutOfBounds-MinValue"));
            m_Fields.push_back(out->registerField<CountType>("NumOutOfBounds-MaxValue"));
        }
        if ( m_dumpBinsOnOutput ) {
            for ( uint32_t y = 0; y < m_numBins; y++ ) {
                BinDataType        low  = (y * static_cast<uint64_t>(m_binWidth)) + getBinsMinValue();
                BinDataType        high = low + m_binWidth - 1;
                std::ostringstream name;
                name << "Bin" << y << ":" << low << "-" << high;
                m_Fields.push_back(out->registerField<CountType>(name.str().c_str()));
            }
        }
    }

    void outputStatisticFields(StatisticFieldsOutput* out, bool UNUSED(EndOfSimFlag)) override
    {
        StatisticOutput::fieldHandle_t x = 0;
        out->outputField(m_Fields[x++], getBinsMinValue());
        out->outputField(m_Fields[x++], getBinsMaxValue());
        out->outputField(m_Fields[x++], m_binWidth);
        out->outputField(m_Fields[x++], m_numBins);
        out->outputField(m_Fields[x++], m_totalSummed);
        out->outputField(m_Fields[x++], m_totalSummedSqr);
        out->outputField(m_Fields[x++], static_cast<NumBinsType>(m_binsMap.size()));
        out->outputField(m_Fields[x++], static_cast<CountType>(this->getCollectionCount()));
        out->outputField(m_Fields[x++], m_itemsBinnedCount);
        if ( m_includeOutOfBounds ) {
            out->outputField(m_Fields[x++], m_OOBMinCount);
            out->outputField(m_Fields[x++], m_OOBMaxCount);
        }
        if ( m_dumpBinsOnOutput ) {
            BinDataType start = getBinsMinValue();
            for ( uint32_t y = 0; y < m_numBins; y++ ) {
                out->outputField(m_Fields[x++], getBinCountByBinStart(start));
                start += m_binWidth;
            }
        }
    }

    BinDataType                                 m_minValue{};
    NumBinsType                                 m_binWidth = 0;
    NumBinsType                                 m_numBins  = 0;
    CountType                                   m_OOBMinCount      = 0;
    CountType                                   m_OOBMaxCount      = 0;
    CountType                                   m_itemsBinnedCount = 0;
    BinDataType                                 m_totalSummed{};
    BinDataType                                 m_totalSummedSqr{};
    std::map<BinDataType, CountType>            m_binsMap;
    std::vector<StatisticOutput::fieldHandle_t> m_Fields;
    bool                                        m_dumpBinsOnOutput   = true;
    bool                                        m_includeOutOfBounds = true;
    inline static const std::string             stat_type_           = "Histogram";
};

} // namespace SST::Statistics

#endif
