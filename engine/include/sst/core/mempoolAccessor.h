// SPDX-License-Identifier: BSD-3-Clause
#ifndef SST_CORE_MEMPOOLACCESSOR_H
#define SST_CORE_MEMPOOLACCESSOR_H

#include "sst/core/output.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace SST::Core {

/** What the memory pools hold, per object size. */
class MemPoolAccessor
{
public:
    static size_t   getArenaSize(size_t size);
    static size_t   getNumArenas(size_t size);
    static uint64_t getBytesMemUsedBy(size_t size);
    static void     getMemPoolUsage(int64_t& bytes, int64_t& active_entries);
    static void     initializeGlobalData(int num_threads, bool cache_align = false);
    static void     initializeLocalData(int thread);
    /** Prints each object still alive (its toString()), each line after header. */
    static void     printUndeletedMemPoolItems(const std::string& header, Output& out);
};

} // namespace SST::Core

#endif
