// SPDX-License-Identifier: BSD-3-Clause
// std::stack, std::queue, std::priority_queue: their underlying container.
#ifndef SST_CORE_SERIALIZATION_IMPL_SERIALIZE_ADAPTER_H
#define SST_CORE_SERIALIZATION_IMPL_SERIALIZE_ADAPTER_H

#include "sst/core/serialization/serializer.h"

#include <queue>
#include <stack>

namespace SST::Core::Serialization {
namespace pvt {
/** The protected container `c` of a standard adapter. */
template <class A>
struct adapter_access : A
{
    static typename A::container_type& get(A& a) { return a.*(&adapter_access::c); }
};
} // namespace pvt

template <class A>
constexpr bool is_adapter_v = is_same_type_template_v<A, std::stack> || is_same_type_template_v<A, std::queue> ||
                              is_same_type_template_v<A, std::priority_queue>;

template <class T>
class serialize_impl<T, std::enable_if_t<is_adapter_v<std::remove_pointer_t<T>>>>
{
    void operator()(T& t, serializer& ser, ser_opt_t opt)
    {
        using A = std::remove_pointer_t<T>;
        if ( ser.mode() == serializer::MAP ) return;
        if constexpr ( std::is_pointer_v<T> ) {
            if ( ser.mode() == serializer::UNPACK ) t = new A();
        }
        auto& c = pvt::adapter_access<A>::get(*get_ptr(t));
        SST_SER(c, opt);
    }
    SST_FRIEND_SERIALIZE();
};

} // namespace SST::Core::Serialization

#endif
