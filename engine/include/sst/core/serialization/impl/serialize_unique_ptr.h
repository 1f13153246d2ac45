// SPDX-License-Identifier: BSD-3-Clause
// std::unique_ptr: the owned object (or, with SST::Core::Serialization::unique_ptr(ptr, size),
// an owned array of size elements); a custom deleter is given with the wrapper.
#ifndef SST_CORE_SERIALIZATION_IMPL_SERIALIZE_UNIQUE_PTR_H
#define SST_CORE_SERIALIZATION_IMPL_SERIALIZE_UNIQUE_PTR_H

#include "sst/core/serialization/serializer.h"

#include <memory>
#include <new>
#include <type_traits>
#include <utility>

namespace SST::Core::Serialization {
namespace pvt {

template <class PTR_TYPE, class DELETER = std::default_delete<PTR_TYPE>, class SIZE_T = void>
struct unique_ptr_wrapper
{
    std::unique_ptr<PTR_TYPE, DELETER>& ptr;
    DELETER                             del{};
};

template <class ELEM_TYPE, class DELETER, class SIZE_T>
struct unique_ptr_wrapper<ELEM_TYPE[], DELETER, SIZE_T>
{
    std::unique_ptr<ELEM_TYPE[], DELETER>& ptr;
    SIZE_T&                                size;
    DELETER                                del{};
};

} // namespace pvt

template <class PTR_TYPE, class DELETER, class SIZE_T>
class serialize_impl<pvt::unique_ptr_wrapper<PTR_TYPE, DELETER, SIZE_T>>
{
    using OWNER_TYPE = std::remove_cv_t<PTR_TYPE>;
    using ELEM_TYPE  = std::remove_cv_t<std::remove_pointer_t<typename std::unique_ptr<PTR_TYPE, DELETER>::pointer>>;

    void operator()(pvt::unique_ptr_wrapper<PTR_TYPE, DELETER, SIZE_T>& w, serializer& ser, ser_opt_t opt)
    {
        const auto mode = ser.mode();
        if ( mode == serializer::MAP ) return;
        const ser_opt_t elem_opt = SerOption::is_set(opt, SerOption::as_ptr_elem) ? SerOption::as_ptr : SerOption::none;

        size_t n = 0;
        if constexpr ( is_unbounded_array_v<PTR_TYPE> ) {
            if ( mode != serializer::UNPACK && w.ptr )
                n = get_array_size(w.size, "serialization: SST::Core::Serialization::unique_ptr() size does not fit "
                                           "in size_t");
            ser.primitive(n);
            if ( mode == serializer::UNPACK ) {
                ser.unpacker().check_count(n);
                w.size = static_cast<SIZE_T>(n);
            }
        }

        uintptr_t stored = mode == serializer::UNPACK ? 0 : reinterpret_cast<uintptr_t>(w.ptr.get());
        ser.primitive(stored);
        uintptr_t real  = stored;
        bool      write = false;
        switch ( mode ) {
        case serializer::SIZER:
            write = stored && !ser.sizer().check_pointer_sizer(stored);
            break;
        case serializer::PACK:
            write = stored && !ser.packer().check_pointer_pack(stored);
            break;
        case serializer::UNPACK:
            // As SST Core: the old object is destroyed (its deleter runs), and the pointer rebuilt in place
            // (assignment would need an assignable deleter).
            w.ptr.~unique_ptr();
            real = 0;
            if ( stored ) {
                real = ser.unpacker().check_pointer_unpack(stored);
                if ( !real ) {
                    if constexpr ( is_unbounded_array_v<PTR_TYPE> )
                        real = reinterpret_cast<uintptr_t>(new ELEM_TYPE[n]());
                    else if constexpr ( std::is_array_v<PTR_TYPE> )
                        real = reinterpret_cast<uintptr_t>(new ELEM_TYPE[std::extent_v<PTR_TYPE>]());
                    else
                        real = reinterpret_cast<uintptr_t>(new OWNER_TYPE());
                    ser.unpacker().report_real_pointer(stored, real);
                    write = true;
                }
            }
            new (&w.ptr) std::unique_ptr<PTR_TYPE, DELETER>(reinterpret_cast<ELEM_TYPE*>(real),
                                                            std::forward<DELETER>(w.del));
            break;
        default:
            break;
        }
        if ( !write ) return;
        if constexpr ( !is_unbounded_array_v<PTR_TYPE> )
            SST_SER(*reinterpret_cast<OWNER_TYPE*>(real));
        else
            pvt::serialize_elements(ser, reinterpret_cast<ELEM_TYPE*>(real), n, elem_opt);
    }
    SST_FRIEND_SERIALIZE();
};

template <class PTR_TYPE>
class serialize_impl<std::unique_ptr<PTR_TYPE>, std::enable_if_t<!is_unbounded_array_v<PTR_TYPE>>>
{
    void operator()(std::unique_ptr<PTR_TYPE>& ptr, serializer& ser, ser_opt_t opt)
    {
        pvt::unique_ptr_wrapper<PTR_TYPE> w{ ptr };
        serialize_impl<pvt::unique_ptr_wrapper<PTR_TYPE>>()(w, ser, opt);
    }
    SST_FRIEND_SERIALIZE();
};

template <class ELEM_TYPE, class DELETER, class SIZE_T>
std::enable_if_t<std::is_integral_v<SIZE_T>, pvt::unique_ptr_wrapper<ELEM_TYPE[], DELETER, SIZE_T>>
unique_ptr(std::unique_ptr<ELEM_TYPE[], DELETER>& ptr, SIZE_T& size)
{
    return { ptr, size };
}
template <class PTR_TYPE, class DELETER, class DEL>
std::enable_if_t<!is_unbounded_array_v<PTR_TYPE> && std::is_constructible_v<DELETER, DEL&&>,
                 pvt::unique_ptr_wrapper<PTR_TYPE, DELETER>>
unique_ptr(std::unique_ptr<PTR_TYPE, DELETER>& ptr, DEL&& del)
{
    return { ptr, DELETER(std::forward<DEL>(del)) };
}
template <class ELEM_TYPE, class DELETER, class SIZE_T, class DEL>
std::enable_if_t<std::is_integral_v<SIZE_T> && std::is_constructible_v<DELETER, DEL&&>,
                 pvt::unique_ptr_wrapper<ELEM_TYPE[], DELETER, SIZE_T>>
unique_ptr(std::unique_ptr<ELEM_TYPE[], DELETER>& ptr, SIZE_T& size, DEL&& del)
{
    return { ptr, size, DELETER(std::forward<DEL>(del)) };
}
template <class PTR_TYPE, class DELETER>
std::unique_ptr<PTR_TYPE, DELETER>& unique_ptr(std::unique_ptr<PTR_TYPE, DELETER>& ptr)
{
    return ptr;
}

} // namespace SST::Core::Serialization

#endif
