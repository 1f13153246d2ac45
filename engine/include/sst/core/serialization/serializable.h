// SPDX-License-Identifier: BSD-3-Clause
#ifndef SST_CORE_SERIALIZATION_SERIALIZABLE_H
#define SST_CORE_SERIALIZATION_SERIALIZABLE_H

#include "sst/core/serialization/serializable_base.h"
#include "sst/core/serialization/serialize.h"
#include "sst/core/warnmacros.h"

#include <cstdint>
#include <limits>
#include <type_traits>

namespace SST::Core::Serialization {

class serializable : public serializable_base
{
public:
    static constexpr uint32_t NullClsId = std::numeric_limits<uint32_t>::max();
    ~serializable() override            = default;
};

namespace pvt {
/** A polymorphic object behind a pointer: its class id, then its fields; UNPACK builds it by id. */
void size_serializable(serializable_base* s, serializer& ser);
void pack_serializable(serializable_base* s, serializer& ser);
void unpack_serializable(serializable_base*& s, serializer& ser);
void map_serializable(serializable_base*& s, serializer& ser);
} // namespace pvt

template <class T>
class serialize_impl<T*, std::enable_if_t<std::is_base_of_v<serializable, T>>>
{
    void operator()(T*& t, serializer& ser, ser_opt_t UNUSED(options))
    {
        serializable_base* s = static_cast<serializable_base*>(t);
        switch ( ser.mode() ) {
        case serializer::SIZER:
            pvt::size_serializable(s, ser);
            break;
        case serializer::PACK:
            pvt::pack_serializable(s, ser);
            break;
        case serializer::UNPACK:
            pvt::unpack_serializable(s, ser);
            break;
        default:
            break;
        }
        t = static_cast<T*>(s);
    }
    SST_FRIEND_SERIALIZE();
};

/** A serializable held by value: only its fields (its type is known). */
template <class T>
class serialize_impl<T, std::enable_if_t<std::is_base_of_v<serializable, T>>>
{
    void operator()(T& t, serializer& ser, ser_opt_t UNUSED(options)) { t.serialize_order(ser); }
    SST_FRIEND_SERIALIZE();
};

template <class T>
void serialize_intrusive_ptr(T*& t, serializer& ser)
{
    serializable_base* s = t;
    switch ( ser.mode() ) {
    case serializer::SIZER:
        pvt::size_serializable(s, ser);
        break;
    case serializer::PACK:
        pvt::pack_serializable(s, ser);
        break;
    case serializer::UNPACK:
        pvt::unpack_serializable(s, ser);
        t = dynamic_cast<T*>(s);
        break;
    default:
        break;
    }
}

} // namespace SST::Core::Serialization

#endif
