// SPDX-License-Identifier: BSD-3-Clause
// Shared objects (SharedArray, SharedMap, SharedSet): one rank, so publishing is local.
#include "sst/core/shared/sharedObject.h"

#include "simulation.h"

namespace SST::Shared {

namespace Private {
Output&  getSimulationOutput() { return Engine::Simulation::get()->output(); }
RankInfo getNumRanks() { return RankInfo(1, 1); }
} // namespace Private

SharedObjectDataManager& SharedObject::manager()
{
    static SharedObjectDataManager m;
    return m;
}

void SharedObjectDataManager::updateState(bool finalize)
{
    std::lock_guard<std::mutex> lock(mtx);
    for ( auto& [name, data] : shared_data )
        data->fully_published = data->getPublishCount() == data->getShareCount();
    if ( finalize ) {
        for ( auto& [name, data] : shared_data ) {
            data->lock();
            data->fully_published = true;
        }
        locked = true;
    }
}

} // namespace SST::Shared
