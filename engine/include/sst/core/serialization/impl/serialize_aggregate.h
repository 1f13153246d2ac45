// SPDX-License-Identifier: BSD-3-Clause
// Aggregate structs without serialize_order() whose fields are not all trivially
// serializable: each field in turn, found with a structured binding.
#ifndef SST_CORE_SERIALIZATION_IMPL_SERIALIZE_AGGREGATE_H
#define SST_CORE_SERIALIZATION_IMPL_SERIALIZE_AGGREGATE_H

#include "sst/core/serialization/serializer.h"

#include <array>
#include <type_traits>

namespace SST::Core::Serialization {
namespace pvt {

template <typename T, size_t NFIELDS>
struct serialize_aggregate_impl : std::false_type
{};

#define SST_SER_AGGREGATE_FIELDS(NFIELDS, ...)                                                               \
    template <typename T>                                                                                    \
    struct serialize_aggregate_impl<T, NFIELDS> : std::true_type                                             \
    {                                                                                                        \
        void operator()(T& t, serializer& ser, ser_opt_t)                                                    \
        {                                                                                                    \
            if ( ser.mode() == serializer::MAP ) return;                                                     \
            auto& [__VA_ARGS__] = t;                                                                         \
            [&](auto&... field) { (SST_SER(field), ...); }(__VA_ARGS__);                                     \
        }                                                                                                    \
    }

SST_SER_AGGREGATE_FIELDS(1, f0);
SST_SER_AGGREGATE_FIELDS(2, f0, f1);
SST_SER_AGGREGATE_FIELDS(3, f0, f1, f2);
SST_SER_AGGREGATE_FIELDS(4, f0, f1, f2, f3);
SST_SER_AGGREGATE_FIELDS(5, f0, f1, f2, f3, f4);
SST_SER_AGGREGATE_FIELDS(6, f0, f1, f2, f3, f4, f5);
SST_SER_AGGREGATE_FIELDS(7, f0, f1, f2, f3, f4, f5, f6);
SST_SER_AGGREGATE_FIELDS(8, f0, f1, f2, f3, f4, f5, f6, f7);
SST_SER_AGGREGATE_FIELDS(9, f0, f1, f2, f3, f4, f5, f6, f7, f8);
SST_SER_AGGREGATE_FIELDS(10, f0, f1, f2, f3, f4, f5, f6, f7, f8, f9);
SST_SER_AGGREGATE_FIELDS(11, f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10);
SST_SER_AGGREGATE_FIELDS(12, f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11);
SST_SER_AGGREGATE_FIELDS(13, f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12);
SST_SER_AGGREGATE_FIELDS(14, f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13);
SST_SER_AGGREGATE_FIELDS(15, f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14);
SST_SER_AGGREGATE_FIELDS(16, f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15);
#undef SST_SER_AGGREGATE_FIELDS

template <typename T>
struct has_aggregate_fields : serialize_aggregate_impl<T, nfields<T>>
{};
// std::conjunction: the field count is only computed for aggregate classes.
template <typename T>
constexpr bool is_aggregate_serializable_v =
    std::conjunction_v<std::is_class<T>, std::is_aggregate<T>, std::negation<has_serialize_order<T>>,
                       std::negation<is_trivially_serializable<T>>, has_aggregate_fields<T>>;
template <typename T, size_t N>
constexpr bool is_aggregate_serializable_v<std::array<T, N>> = false;

} // namespace pvt

template <typename T>
class serialize_impl<T, std::enable_if_t<pvt::is_aggregate_serializable_v<T>>>
    : pvt::serialize_aggregate_impl<T, nfields<T>>
{
    SST_FRIEND_SERIALIZE();
};

} // namespace SST::Core::Serialization

#endif
