// SPDX-License-Identifier: BSD-3-Clause
// A serializable object as bytes (its class id, then its fields) and back: what an event
// crossing an MPI rank becomes, and what --serialize-events does to every event sent.
#ifndef SST_ENGINE_OBJECT_BYTES_H
#define SST_ENGINE_OBJECT_BYTES_H

#include "sst/core/serialization/serializable.h"

#include <memory>
#include <vector>

namespace SST::Engine {

std::vector<char> packObject(Core::Serialization::serializable& obj);
/** Rebuilds what packObject() wrote; throws (std::runtime_error, std::out_of_range) on malformed input. */
std::unique_ptr<Core::Serialization::serializable> unpackObject(const std::vector<char>& bytes);

} // namespace SST::Engine

#endif
