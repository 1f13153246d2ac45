// SPDX-License-Identifier: BSD-3-Clause
// libFuzzer target: rebuilding events from bytes (what crossing a rank, or
// --serialize-events, does). Malformed input must be rejected with an
// exception, never crash or read out of bounds.
#include "../../elements/events/cosim_events.h"

#include "../../engine/src/object_bytes.h"

#include <stdexcept>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // Make sure the event classes are registered (their ids are 0.. in registration order).
    static cosim::DmaRequestEvent keep_dma;
    static cosim::MemoryTransactionEvent keep_tx;
    (void)keep_dma.cls_id(), (void)keep_tx.cls_id();
    if ( size > 1 << 20 ) return 0;
    std::vector<char> bytes(data, data + size);
    try {
        auto obj = SST::Engine::unpackObject(bytes);
        // What unpacks must pack back to the same bytes.
        if ( SST::Engine::packObject(*obj) != bytes ) std::abort();
    }
    catch ( const std::exception& ) {
    }
    return 0;
}
