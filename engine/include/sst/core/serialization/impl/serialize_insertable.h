// SPDX-License-Identifier: BSD-3-Clause
// Standard containers: the element count, then each element (vectors of trivially
// serializable elements as one block). UNPACK builds elements in place where the container
// allows it, so SerOption::as_ptr_elem tracks their final addresses.
#ifndef SST_CORE_SERIALIZATION_IMPL_SERIALIZE_INSERTABLE_H
#define SST_CORE_SERIALIZATION_IMPL_SERIALIZE_INSERTABLE_H

#include "sst/core/serialization/serializer.h"

#include <deque>
#include <forward_list>
#include <iterator>
#include <list>
#include <map>
#include <set>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace SST::Core::Serialization {

/** A container's element count (std::forward_list has no size()). */
template <class C>
size_t get_size(const C& c)
{
    if constexpr ( is_same_type_template_v<C, std::forward_list> )
        return static_cast<size_t>(std::distance(c.begin(), c.end()));
    else
        return c.size();
}

namespace pvt {

template <class C>
constexpr bool is_sequence_v = is_same_type_template_v<C, std::vector> || is_same_type_template_v<C, std::deque> ||
                               is_same_type_template_v<C, std::list>;
template <class C>
constexpr bool is_keyed_map_v = is_same_type_template_v<C, std::map> || is_same_type_template_v<C, std::multimap> ||
                                is_same_type_template_v<C, std::unordered_map> ||
                                is_same_type_template_v<C, std::unordered_multimap>;
template <class C>
constexpr bool is_keyed_set_v = is_same_type_template_v<C, std::set> || is_same_type_template_v<C, std::multiset> ||
                                is_same_type_template_v<C, std::unordered_set> ||
                                is_same_type_template_v<C, std::unordered_multiset>;
template <class C>
constexpr bool is_insertable_v = is_sequence_v<C> || is_keyed_map_v<C> || is_keyed_set_v<C> ||
                                 is_same_type_template_v<C, std::forward_list>;

template <class C>
size_t container_size(const C& c)
{
    return get_size(c);
}

template <class C>
void serialize_container(C& c, serializer& ser, ser_opt_t opt)
{
    using V            = typename C::value_type;
    const ser_opt_t eo = SerOption::is_set(opt, SerOption::as_ptr_elem) ? SerOption::as_ptr : SerOption::none;
    const auto mode    = ser.mode();
    size_t     n       = mode == serializer::UNPACK ? 0 : container_size(c);
    ser.primitive(n);

    if ( mode != serializer::UNPACK ) {
        if constexpr ( is_same_type_template_v<C, std::vector> && !std::is_same_v<V, bool> &&
                       is_trivially_serializable_v<V> ) {
            if ( n ) ser.raw(c.data(), n * sizeof(V));
        }
        else if constexpr ( is_keyed_map_v<C> ) {
            for ( auto& [key, value] : c ) {
                auto k = key;
                SST_SER(k);
                SST_SER(value, eo);
            }
        }
        else if constexpr ( is_keyed_set_v<C> ) {
            for ( const V& e : c ) {
                V copy = e;
                SST_SER(copy);
            }
        }
        else if constexpr ( std::is_same_v<V, bool> ) {
            for ( bool b : c ) {
                bool copy = b;
                ser.primitive(copy);
            }
        }
        else {
            for ( auto& e : c )
                SST_SER(e, eo);
        }
        return;
    }

    ser.unpacker().check_count(n);
    c.clear();
    if constexpr ( is_same_type_template_v<C, std::vector> && std::is_same_v<V, bool> ) {
        c.resize(n);
        for ( size_t i = 0; i < n; ++i ) {
            bool b = false;
            ser.primitive(b);
            c[i] = b;
        }
    }
    else if constexpr ( is_same_type_template_v<C, std::vector> && is_trivially_serializable_v<V> ) {
        c.resize(n);
        if ( n ) ser.raw(c.data(), n * sizeof(V));
    }
    else if constexpr ( is_sequence_v<C> ) {
        c.resize(n);
        for ( auto& e : c )
            SST_SER(e, eo);
    }
    else if constexpr ( is_same_type_template_v<C, std::forward_list> ) {
        auto pos = c.before_begin();
        for ( size_t i = 0; i < n; ++i ) {
            pos = c.emplace_after(pos);
            SST_SER(*pos, eo);
        }
    }
    else if constexpr ( is_keyed_map_v<C> ) {
        for ( size_t i = 0; i < n; ++i ) {
            std::remove_const_t<typename C::key_type> k{};
            SST_SER(k);
            auto it = c.emplace(std::piecewise_construct, std::forward_as_tuple(std::move(k)), std::forward_as_tuple());
            if constexpr ( std::is_same_v<decltype(it), typename C::iterator> )
                SST_SER(it->second, eo);
            else
                SST_SER(it.first->second, eo);
        }
    }
    else {
        for ( size_t i = 0; i < n; ++i ) {
            V e{};
            SST_SER(e);
            c.insert(std::move(e));
        }
    }
}

} // namespace pvt

template <class T>
class serialize_impl<T, std::enable_if_t<pvt::is_insertable_v<std::remove_pointer_t<T>>>>
{
    void operator()(T& t, serializer& ser, ser_opt_t opt)
    {
        if ( ser.mode() == serializer::MAP ) return;
        if constexpr ( std::is_pointer_v<T> ) {
            if ( ser.mode() == serializer::UNPACK ) t = new std::remove_pointer_t<T>();
        }
        pvt::serialize_container(*get_ptr(t), ser, opt);
    }
    SST_FRIEND_SERIALIZE();
};

} // namespace SST::Core::Serialization

#endif
