// SPDX-License-Identifier: BSD-3-Clause
#ifndef SST_CORE_ELI_STATS_INFO_H
#define SST_CORE_ELI_STATS_INFO_H

#include "sst/core/eli/listInfo.h"

#include <ostream>
#include <vector>

namespace SST::ELI {

SST_ELI_DETECT_LIST(InfoStats, SST::ElementInfoStatistic, ELI_getStatistics)

class ProvidesStats
{
public:
    const std::vector<ElementInfoStatistic>& getValidStats() const { return stats_; }
    void                                     toString(std::ostream& os) const;

protected:
    template <class T>
    explicit ProvidesStats(T*) : stats_(InfoStats<T>::get())
    {}

private:
    std::vector<ElementInfoStatistic> stats_;
};

} // namespace SST::ELI

#define SST_ELI_DOCUMENT_STATISTICS(...) \
    SST_ELI_DOCUMENT_LIST(SST::ElementInfoStatistic, ELI_getStatistics, SST::ELI::InfoStats, __VA_ARGS__)
#define SST_ELI_DELETE_STAT(stat) { stat, nullptr, nullptr, 0 }

#endif
