// SPDX-License-Identifier: BSD-3-Clause
// C arrays, std::array, and heap arrays named with SST::Core::Serialization::array(ptr, size).
#ifndef SST_CORE_SERIALIZATION_IMPL_SERIALIZE_ARRAY_H
#define SST_CORE_SERIALIZATION_IMPL_SERIALIZE_ARRAY_H

#include "sst/core/serialization/serializer.h"

#include <array>
#include <cstddef>
#include <type_traits>

namespace SST::Core::Serialization {
namespace pvt {

template <typename ELEM_T, typename SIZE_T>
struct array_wrapper
{
    ELEM_T*& ptr;
    SIZE_T&  size;
};

template <typename ELEM_T>
struct raw_ptr_wrapper
{
    ELEM_T*& ptr;
};

/** Each element in turn (what cannot be copied as one block). */
void serialize_array(serializer& ser, void* data, ser_opt_t opt, size_t size,
                     void serialize_array_element(serializer& ser, void* data, ser_opt_t opt, size_t index));

template <typename ELEM_T>
void serialize_array_element(serializer& ser, void* data, ser_opt_t opt, size_t index)
{
    SST_SER(static_cast<ELEM_T*>(data)[index], opt);
}

template <typename ELEM_T>
void serialize_elements(serializer& ser, ELEM_T* data, size_t n, ser_opt_t elem_opt)
{
    if constexpr ( is_trivially_serializable_v<ELEM_T> ) {
        if ( n ) ser.raw(data, n * sizeof(ELEM_T));
    }
    else {
        serialize_array(ser, data, elem_opt, n, serialize_array_element<ELEM_T>);
    }
}

template <typename OBJ_TYPE, typename ELEM_T, size_t SIZE>
struct serialize_impl_fixed_array
{
    void operator()(OBJ_TYPE& ary, serializer& ser, ser_opt_t opt)
    {
        using T = std::remove_pointer_t<OBJ_TYPE>;
        if ( ser.mode() == serializer::MAP ) return;
        ser_opt_t elem_opt = SerOption::is_set(opt, SerOption::as_ptr_elem) ? SerOption::as_ptr : SerOption::none;
        if constexpr ( std::is_pointer_v<OBJ_TYPE> ) {
            if ( ser.mode() == serializer::UNPACK ) {
                if constexpr ( std::is_array_v<T> )
                    ary = reinterpret_cast<OBJ_TYPE>(new std::remove_extent_t<T>[std::extent_v<T>]);
                else
                    ary = new T;
            }
        }
        auto* p = get_ptr(ary);
        serialize_elements(ser, &(*p)[0], SIZE, elem_opt);
    }
};

} // namespace pvt

template <typename ELEM_T, typename SIZE_T>
pvt::array_wrapper<ELEM_T, SIZE_T> array(ELEM_T*& ptr, SIZE_T& size)
{
    return { ptr, size };
}
template <typename SIZE_T>
pvt::array_wrapper<void, SIZE_T> buffer(void*& ptr, SIZE_T& size)
{
    return { ptr, size };
}
/** The pointer value itself, not what it points to. */
template <typename ELEM_T>
pvt::raw_ptr_wrapper<ELEM_T> raw_ptr(ELEM_T*& ptr)
{
    return { ptr };
}

template <typename ELEM_T, size_t SIZE>
class serialize_impl<ELEM_T[SIZE]> : pvt::serialize_impl_fixed_array<ELEM_T[SIZE], ELEM_T, SIZE>
{
    SST_FRIEND_SERIALIZE();
};
template <typename ELEM_T, size_t SIZE>
class serialize_impl<std::array<ELEM_T, SIZE>> : pvt::serialize_impl_fixed_array<std::array<ELEM_T, SIZE>, ELEM_T, SIZE>
{
    SST_FRIEND_SERIALIZE();
};
template <typename ELEM_T, size_t SIZE>
class serialize_impl<ELEM_T (*)[SIZE]> : pvt::serialize_impl_fixed_array<ELEM_T (*)[SIZE], ELEM_T, SIZE>
{
    SST_FRIEND_SERIALIZE();
};
template <typename ELEM_T, size_t SIZE>
class serialize_impl<std::array<ELEM_T, SIZE>*>
    : pvt::serialize_impl_fixed_array<std::array<ELEM_T, SIZE>*, ELEM_T, SIZE>
{
    SST_FRIEND_SERIALIZE();
};

template <typename ELEM_T, typename SIZE_T>
class serialize_impl<pvt::array_wrapper<ELEM_T, SIZE_T>>
{
    void operator()(pvt::array_wrapper<ELEM_T, SIZE_T>& ary, serializer& ser, ser_opt_t opt)
    {
        const auto mode = ser.mode();
        if ( mode == serializer::MAP ) return;
        if constexpr ( std::is_void_v<ELEM_T> || is_trivially_serializable_v<ELEM_T> ) {
            ser.binary(ary.ptr, ary.size);
        }
        else {
            ser_opt_t elem_opt = SerOption::is_set(opt, SerOption::as_ptr_elem) ? SerOption::as_ptr : SerOption::none;
            ser.primitive(ary.size);
            size_t n = get_array_size(ary.size, "serialization: SST::Core::Serialization::array() size does not fit "
                                                "in size_t");
            if ( mode == serializer::UNPACK ) {
                ser.unpacker().check_count(n);
                ary.ptr = n ? new ELEM_T[n] : nullptr;
            }
            pvt::serialize_elements(ser, ary.ptr, n, elem_opt);
        }
    }
    SST_FRIEND_SERIALIZE();
};

template <typename ELEM_T>
class serialize_impl<pvt::raw_ptr_wrapper<ELEM_T>>
{
    void operator()(pvt::raw_ptr_wrapper<ELEM_T>& a, serializer& ser, ser_opt_t) { ser.primitive(a.ptr); }
    SST_FRIEND_SERIALIZE();
};

} // namespace SST::Core::Serialization

#endif
