// SPDX-License-Identifier: BSD-3-Clause
#ifndef SST_CORE_SERIALIZATION_IMPL_GET_ARRAY_SIZE_H
#define SST_CORE_SERIALIZATION_IMPL_GET_ARRAY_SIZE_H

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <type_traits>

namespace SST::Core::Serialization {

/** An element count as size_t; throws std::range_error with msg if it does not fit (negative or too big). */
template <typename SIZE_T>
std::enable_if_t<std::is_integral_v<SIZE_T>, size_t> get_array_size(SIZE_T size, const char* msg)
{
    bool bad = false;
    if constexpr ( std::is_signed_v<SIZE_T> ) bad = size < 0;
    if constexpr ( sizeof(SIZE_T) > sizeof(size_t) ) bad = bad || static_cast<uintmax_t>(size) > SIZE_MAX;
    if ( bad ) throw std::range_error(msg);
    return static_cast<size_t>(size);
}

} // namespace SST::Core::Serialization

#endif
