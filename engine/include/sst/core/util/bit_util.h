// SPDX-License-Identifier: BSD-3-Clause
#ifndef SST_CORE_UTIL_BIT_UTIL_H
#define SST_CORE_UTIL_BIT_UTIL_H

#include <cstdint>
#include <limits>
#include <type_traits>

namespace SST::bit_util {

template <typename T>
constexpr T type_max = std::numeric_limits<T>::max();

/** The top N bits set (default: the upper half). */
template <typename T, unsigned N = sizeof(T) * 4>
inline constexpr T upper_mask = static_cast<T>(~static_cast<std::make_unsigned_t<T>>(0) << (sizeof(T) * 8 - N));

/** The bottom N bits set (default: the lower half). */
template <typename T, unsigned N = sizeof(T) * 4>
inline constexpr T lower_mask = static_cast<T>(~static_cast<std::make_unsigned_t<T>>(0) >> (sizeof(T) * 8 - N));

} // namespace SST::bit_util

#endif
