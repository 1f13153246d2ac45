// SPDX-License-Identifier: BSD-3-Clause
// The two statics SST Core 16's interface headers declare (StandardMem's request id counter,
// SimpleNetwork's broadcast address); the headers themselves are SST's, from its release.
#include "sst/core/interfaces/simpleNetwork.h"
#include "sst/core/interfaces/stdMem.h"

std::atomic<SST::Interfaces::StandardMem::Request::id_t> SST::Interfaces::StandardMem::Request::main_id(0);

namespace SST::Interfaces {
const SimpleNetwork::nid_t SimpleNetwork::INIT_BROADCAST_ADDR = 0xffffffffffffffffl;
} // namespace SST::Interfaces
