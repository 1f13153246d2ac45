// SPDX-License-Identifier: BSD-3-Clause
// SST_SER(field[, options]): serializes one field in the serializer's current mode. What a
// type needs is chosen by serialize_impl<T> (impl/ holds one header per family: trivially
// copyable values, strings, containers, arrays, tuples, smart pointers, ...); a class of the
// element's own provides serialize_order(ser) or derives from serializable.
#ifndef SST_CORE_SERIALIZATION_SERIALIZE_H
#define SST_CORE_SERIALIZATION_SERIALIZE_H

#include "sst/core/serialization/serializer.h"
#include "sst/core/serialization/impl/serialize_utility.h"
#include "sst/core/warnmacros.h"

#include <cstdint>
#include <type_traits>
#include <typeinfo>

namespace SST {

using ser_opt_t = uint32_t;

struct SerOption
{
    enum Options : ser_opt_t {
        none          = 0,
        as_ptr        = 1u << 1, // track this object's address: pointers to it serialized later rebuild to it
        as_ptr_elem   = 1u << 2, // as_ptr for each element of a container
        map_read_only = 1u << 3, // MAP mode only
        no_map        = 1u << 4, // MAP mode only
    };
    static constexpr bool is_set(ser_opt_t flags, Options option) { return flags & static_cast<ser_opt_t>(option); }
};

namespace Core::Serialization {

template <typename T>
constexpr decltype(auto) get_ptr(T& t)
{
    if constexpr ( std::is_pointer_v<T> )
        return t;
    else
        return &t;
}

/** The default: a class (or a pointer to one) with a public serialize_order(ser). */
template <typename T, typename>
class serialize_impl
{
    static_assert(std::is_class_v<std::remove_pointer_t<T>>,
                  "SST_SER: no serialize_impl for this type (or a pointer to it)");
    static_assert(std::is_final_v<std::remove_pointer_t<T>> || !std::is_polymorphic_v<std::remove_pointer_t<T>>,
                  "SST_SER: a polymorphic class must derive from serializable and use ImplementSerializable(), so "
                  "that its dynamic type can be rebuilt");
    static_assert(has_serialize_order_v<std::remove_pointer_t<T>>,
                  "SST_SER: the class has no serialize_order(serializer&) and no serialize_impl specialization");

public:
    void operator()(T& t, serializer& ser, ser_opt_t UNUSED(options))
    {
        if ( ser.mode() == serializer::MAP ) return;
        if constexpr ( std::is_pointer_v<T> ) {
            if ( ser.mode() == serializer::UNPACK ) {
                t = new std::remove_pointer_t<T>();
                ser.unpacker().report_new_pointer(reinterpret_cast<uintptr_t>(t));
            }
        }
        get_ptr(t)->serialize_order(ser);
    }
};

namespace pvt {

template <typename T>
void sst_ser_object(serializer& ser, T&& obj, ser_opt_t options, const char* name);

/** Values: serialize_impl, plus the address when SerOption::as_ptr asks to track it. */
template <class T>
class serialize
{
    template <class U>
    friend void sst_ser_object(serializer& ser, U&& obj, ser_opt_t options, const char* name);

    void operator()(T& t, serializer& ser, ser_opt_t options) { serialize_impl<T>()(t, ser, options); }

    void serialize_and_track_pointer(T& t, serializer& ser, ser_opt_t options)
    {
        if ( !ser.is_pointer_tracking_enabled() ) return serialize_impl<T>()(t, ser, options);
        uintptr_t addr = reinterpret_cast<uintptr_t>(&t);
        switch ( ser.mode() ) {
        case serializer::SIZER:
            ser.sizer().check_pointer_sizer(addr);
            ser.size(addr);
            break;
        case serializer::PACK:
            ser.packer().check_pointer_pack(addr);
            ser.pack(addr);
            break;
        case serializer::UNPACK:
        {
            uintptr_t stored = 0;
            ser.unpack(stored);
            ser.unpacker().report_real_pointer(stored, addr);
            break;
        }
        default:
            break;
        }
        serialize_impl<T>()(t, ser, options);
    }
};

/** Pointers: a null flag, or with pointer tracking the address, written once per object. */
template <class T>
class serialize<T*>
{
    template <class U>
    friend void sst_ser_object(serializer& ser, U&& obj, ser_opt_t options, const char* name);

    void operator()(T*& t, serializer& ser, ser_opt_t options)
    {
        if ( ser.mode() == serializer::MAP ) return;
        if ( !ser.is_pointer_tracking_enabled() ) {
            if ( ser.mode() == serializer::UNPACK ) t = nullptr;
            bool nonnull = t != nullptr;
            ser.primitive(nonnull);
            if ( nonnull ) serialize_impl<T*>()(t, ser, options);
            return;
        }
        uintptr_t addr = reinterpret_cast<uintptr_t>(t);
        switch ( ser.mode() ) {
        case serializer::SIZER:
            ser.size(addr);
            if ( addr && !ser.sizer().check_pointer_sizer(addr) ) serialize_impl<T*>()(t, ser, options);
            break;
        case serializer::PACK:
            ser.pack(addr);
            if ( addr && !ser.packer().check_pointer_pack(addr) ) serialize_impl<T*>()(t, ser, options);
            break;
        case serializer::UNPACK:
        {
            uintptr_t stored = 0;
            ser.unpack(stored);
            if ( stored == 0 ) {
                t = nullptr;
                break;
            }
            if ( uintptr_t rebuilt = ser.unpacker().check_pointer_unpack(stored) ) {
                t = reinterpret_cast<T*>(rebuilt);
                break;
            }
            serialize_impl<T*>()(t, ser, options);
            ser.unpacker().report_real_pointer(stored, reinterpret_cast<uintptr_t>(t));
            break;
        }
        default:
            break;
        }
    }
};

template <class TREF>
void sst_ser_object(serializer& ser, TREF&& obj, ser_opt_t options, const char* UNUSED(name))
{
    using T = std::remove_reference_t<TREF>;
    if ( ser.mode() == serializer::MAP ) return;
    if constexpr ( !std::is_pointer_v<T> ) {
        if ( SerOption::is_set(options, SerOption::as_ptr) ) {
            serialize<T>().serialize_and_track_pointer(obj, ser, options);
            return;
        }
    }
    serialize<T>()(obj, ser, options);
}

template <typename... Args>
constexpr ser_opt_t sst_ser_or_helper(Args... args)
{
    return (static_cast<ser_opt_t>(SerOption::none) | ... | static_cast<ser_opt_t>(args));
}

} // namespace pvt
} // namespace Core::Serialization
} // namespace SST

#define SST_SER(obj, ...)                                                                                    \
    ::SST::Core::Serialization::pvt::sst_ser_object(                                                         \
        ser, (obj), ::SST::Core::Serialization::pvt::sst_ser_or_helper(__VA_ARGS__), #obj)
#define SST_SER_NAME(obj, name, ...)                                                                         \
    ::SST::Core::Serialization::pvt::sst_ser_object(                                                         \
        ser, (obj), ::SST::Core::Serialization::pvt::sst_ser_or_helper(__VA_ARGS__), name)

#define SST_INCLUDING_SERIALIZE_H
#include "sst/core/serialization/impl/serialize_adapter.h"
#include "sst/core/serialization/impl/serialize_aggregate.h"
#include "sst/core/serialization/impl/serialize_array.h"
#include "sst/core/serialization/impl/serialize_atomic.h"
#include "sst/core/serialization/impl/serialize_bitset.h"
#include "sst/core/serialization/impl/serialize_insertable.h"
#include "sst/core/serialization/impl/serialize_optional.h"
#include "sst/core/serialization/impl/serialize_shared_ptr.h"
#include "sst/core/serialization/impl/serialize_string.h"
#include "sst/core/serialization/impl/serialize_trivial.h"
#include "sst/core/serialization/impl/serialize_tuple.h"
#include "sst/core/serialization/impl/serialize_unique_ptr.h"
#include "sst/core/serialization/impl/serialize_valarray.h"
#include "sst/core/serialization/impl/serialize_variant.h"
#undef SST_INCLUDING_SERIALIZE_H

#endif
